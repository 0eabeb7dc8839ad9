package uk.waymark.web.assets;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.exceptions.HttpStatusException;
import uk.waymark.web.KeptPages;
import uk.waymark.web.Precompressed;

/**
 * Serves versioned static files, compressed when the browser accepts it, and never cached: a
 * file in the browser's disk cache names the portal's address to anyone who looks. With
 * JavaScript a visit is one document, so each file loads once per visit anyway.
 *
 * <p>There is no icon, not even at {@code /favicon.ico}: the layout names an empty one, so the
 * browser's favicon database never ties the portal's pages to an icon.
 */
@Controller
@Produces(MediaType.ALL) // whatever the Accept header says: see README, Decisions
final class AssetController implements KeptPages {

    private final Assets assets;

    AssetController(Assets assets) {
        this.assets = assets;
    }

    @Get("/assets/{version}/{name}")
    HttpResponse<byte[]> asset(@PathVariable String version, @PathVariable String name, HttpRequest<?> request) {
        return assets.find(version, name)
                .orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "No such asset"))
                .respond(request);
    }

    /** An asset, asked for by its own path alone. */
    @Override
    public Precompressed kept(String path, String rawQuery) {
        return rawQuery == null ? assets.at(path).orElse(null) : null;
    }
}
