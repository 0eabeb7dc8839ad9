package uk.waymark.directory;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import uk.waymark.content.Audience;
import uk.waymark.content.Channel;
import uk.waymark.content.Pack;
import uk.waymark.content.Page;
import uk.waymark.content.SitePage;
import uk.waymark.web.PageRenderer;

import java.util.Arrays;
import java.util.List;

/** The support services directory, filtered on the server so it works without JavaScript. */
@Controller
final class DirectoryController {

    private final Pack pack;
    private final PageRenderer renderer;

    DirectoryController(Pack pack, PageRenderer renderer) {
        this.pack = pack;
        this.renderer = renderer;
    }

    @Get("/support-services")
    HttpResponse<byte[]> services(@Nullable @QueryValue("for") List<String> forValues,
                                  @Nullable @QueryValue("contact") List<String> contactValues,
                                  HttpRequest<?> request) {
        var filter = DirectoryFilter.from(orEmpty(forValues), orEmpty(contactValues));
        Page page = pack.page(SitePage.SERVICES);
        var view = new DirectoryView(page,
                Arrays.stream(Audience.values())
                        .map(a -> new DirectoryView.Option(a.id(), a.label(), filter.audiences().contains(a))).toList(),
                Arrays.stream(Channel.values())
                        .map(c -> new DirectoryView.Option(c.id(), c.label(), filter.channels().contains(c))).toList(),
                filter.apply(pack.directory()),
                !filter.isEmpty(),
                pack.allDayHelplines(),
                pack.emergencyRoutes());
        var frame = new PageRenderer.Frame(page.path(), page.browserTitle(), PageRenderer.Source.PACK);
        return renderer.renderPage("directory/support-services", frame, view).respond(request);
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }
}
