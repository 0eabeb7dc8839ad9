package uk.waymark.web.assets;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.exceptions.HttpStatusException;
import uk.waymark.web.Precompressed;

/** Serves versioned static files, compressed when the browser accepts it, cached for a year. */
@Controller
@Produces(MediaType.ALL) // whatever the Accept header says: see README, Decisions
final class AssetController {

    private static final String ONE_YEAR = "public, max-age=31536000, immutable";

    private final Assets assets;

    AssetController(Assets assets) {
        this.assets = assets;
    }

    @Get("/assets/{version}/{name}")
    HttpResponse<byte[]> asset(@PathVariable String version, @PathVariable String name, HttpRequest<?> request) {
        return serve(assets.find(version, name)
                .orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "No such asset")), request);
    }

    private static HttpResponse<byte[]> serve(Precompressed asset, HttpRequest<?> request) {
        return asset.respond(request).header(HttpHeaders.CACHE_CONTROL, ONE_YEAR);
    }

    /** Browsers ask for this path on their own; it answers with the portal's neutral icon. */
    @Get("/favicon.ico")
    HttpResponse<byte[]> favicon(HttpRequest<?> request) {
        return serve(assets.named("favicon.svg"), request);
    }
}
