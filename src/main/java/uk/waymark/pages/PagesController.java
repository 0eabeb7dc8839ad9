package uk.waymark.pages;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.exceptions.HttpStatusException;
import uk.waymark.config.RecaptchaConfiguration;
import uk.waymark.content.Audience;
import uk.waymark.content.Pack;
import uk.waymark.content.Page;
import uk.waymark.content.Service;
import uk.waymark.content.SitePage;
import uk.waymark.web.KeptPages;
import uk.waymark.web.Precompressed;
import uk.waymark.web.PageRenderer;
import uk.waymark.web.PageRenderer.Frame;
import uk.waymark.web.PageRenderer.Source;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * The pack's information pages. None depends on the request, so each is rendered once, before
 * the first visitor asks ({@link #keep}), and then served from memory (by {@link KeptPages},
 * straight from the connection).
 */
@Controller
@Produces(MediaType.ALL) // whatever the Accept header says: see README, Decisions
final class PagesController implements KeptPages {

    private final Pack pack;
    private final PageRenderer renderer;
    private final RecaptchaConfiguration recaptcha;
    private final Map<String, Precompressed> rendered = new ConcurrentHashMap<>();

    PagesController(Pack pack, PageRenderer renderer, RecaptchaConfiguration recaptcha) {
        this.pack = pack;
        this.renderer = renderer;
        this.recaptcha = recaptcha;
    }

    @Get("/")
    HttpResponse<byte[]> home(HttpRequest<?> request) {
        return home().respond(request);
    }

    @Get("/information")
    HttpResponse<byte[]> policy(HttpRequest<?> request) {
        return policy().respond(request);
    }

    @Get("/information/{section}")
    HttpResponse<byte[]> policySection(@PathVariable String section, HttpRequest<?> request) {
        Page page = pack.policySection(section)
                .orElseThrow(() -> new HttpStatusException(HttpStatus.NOT_FOUND, "No such section"));
        return policySection(page).respond(request);
    }

    @Get("/changing")
    HttpResponse<byte[]> behaviour(HttpRequest<?> request) {
        return behaviour().respond(request);
    }

    @Get("/bsl-and-relay-uk")
    HttpResponse<byte[]> bsl(HttpRequest<?> request) {
        return bsl().respond(request);
    }

    @Get("/another-format")
    HttpResponse<byte[]> otherFormats(HttpRequest<?> request) {
        return otherFormats().respond(request);
    }

    @Get("/online")
    HttpResponse<byte[]> onlineSafety(HttpRequest<?> request) {
        return onlineSafety().respond(request);
    }

    @Get("/accessibility")
    HttpResponse<byte[]> accessibility(HttpRequest<?> request) {
        return accessibility().respond(request);
    }

    @Get("/privacy")
    HttpResponse<byte[]> privacy(HttpRequest<?> request) {
        return privacy().respond(request);
    }

    /** Every page, rendered before the first visitor asks for one. */
    @Override
    public void keep() {
        home();
        policy();
        pack.policySections().forEach(this::policySection);
        behaviour();
        bsl();
        otherFormats();
        onlineSafety();
        accessibility();
        privacy();
    }

    private Precompressed home() {
        return keptOrRendered(SitePage.HOME.path(), () -> {
            Page page = pack.page(SitePage.HOME);
            // The ways in and their words come from the pack (home.md's routes:), which the pack check requires.
            List<Service> helplines = pack.allDayHelplines();
            return renderer.renderPage("pages/home", frame(page),
                    new PageViews.HomeView(page, page.routes(), pack.emergencyRoutes(), helplines));
        });
    }

    private Precompressed policy() {
        return keptOrRendered(SitePage.POLICY.path(), () -> {
            Page page = pack.page(SitePage.POLICY);
            return renderer.renderPage("pages/policy-index", frame(page),
                    new PageViews.PolicyIndexView(page, pack.policySections()));
        });
    }

    private Precompressed policySection(Page page) {
        return keptOrRendered(page.path(), () -> {
            List<Page> sections = pack.policySections();
            int at = sections.indexOf(page);
            List<PageViews.SectionLink> contents = IntStream.range(0, sections.size())
                    .mapToObj(i -> new PageViews.SectionLink(sections.get(i), i == at)).toList();
            return renderer.renderPage("pages/policy-section", frame(page), new PageViews.PolicySectionView(page,
                    contents, at > 0 ? sections.get(at - 1) : null, at < sections.size() - 1 ? sections.get(at + 1) : null));
        });
    }

    private Precompressed behaviour() {
        List<Service> programmes = pack.directory().stream()
                .filter(s -> s.audiences().contains(Audience.STOP_ABUSING)).toList();
        return content(SitePage.BEHAVIOUR, false, programmes, null);
    }

    private Precompressed bsl() {
        return content(SitePage.BSL, true, List.of(), null);
    }

    private Precompressed otherFormats() {
        return content(SitePage.OTHER_FORMATS, true, List.of(), null);
    }

    private Precompressed onlineSafety() {
        return content(SitePage.ONLINE_SAFETY, false, List.of(), null);
    }

    private Precompressed accessibility() {
        return content(SitePage.ACCESSIBILITY, false, List.of(), null);
    }

    private Precompressed privacy() {
        // The notice names Google exactly when the forms load its reCAPTCHA script.
        return content(SitePage.PRIVACY, false, List.of(), recaptcha.enabled() ? pack.privacyRecaptcha() : null);
    }

    private Precompressed content(SitePage sitePage, boolean contactRoutes, List<Service> services, Page more) {
        return keptOrRendered(sitePage.path(), () -> {
            Page page = pack.page(sitePage);
            return renderer.renderPage("pages/content", frame(page), new PageViews.ContentView(page,
                    contactRoutes ? pack.provider().contact() : null, services,
                    sitePage == SitePage.BEHAVIOUR ? SitePage.BEHAVIOUR.path() + "/questions" : null, more));
        });
    }

    /** A page once rendered, asked for by its own path alone. */
    @Override
    public Precompressed kept(String path, String rawQuery) {
        return rawQuery == null ? rendered.get(path) : null;
    }

    private static Frame frame(Page page) {
        return new Frame(page.path(), page.browserTitle(), page.basedOnPolicy() ? Source.POLICY : Source.PACK)
                .withDescription(page.description());
    }

    private Precompressed keptOrRendered(String path, java.util.function.Supplier<Precompressed> render) {
        return rendered.computeIfAbsent(path, p -> render.get());
    }
}
