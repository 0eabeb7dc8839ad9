package uk.waymark.openreferral;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.exceptions.HttpStatusException;
import uk.waymark.web.Precompressed;

/**
 * The directory, read-only, for other directories and case systems to read: the Open Referral
 * UK API's root, service list and single service. Public data only, so it may be cached and read
 * from any site.
 */
@Controller("/open-referral")
@Produces(MediaType.ALL) // whatever the Accept header says: see README, Decisions
final class OpenReferralController {

    private static final String ONE_HOUR = "public, max-age=3600";

    private final OpenReferralFeed feed;

    OpenReferralController(OpenReferralFeed feed) {
        this.feed = feed;
    }

    @Get
    HttpResponse<byte[]> about(HttpRequest<?> request) {
        return publicJson(feed.about(), request);
    }

    @Get("/services")
    HttpResponse<byte[]> services(HttpRequest<?> request) {
        return publicJson(feed.services(), request);
    }

    @Get("/services/{id}")
    HttpResponse<byte[]> service(@PathVariable String id, HttpRequest<?> request) {
        return publicJson(feed.service(id).orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "No such service")), request);
    }

    private static MutableHttpResponse<byte[]> publicJson(Precompressed body, HttpRequest<?> request) {
        return body.respond(request)
                .header(HttpHeaders.CACHE_CONTROL, ONE_HOUR)
                .header(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
    }
}
