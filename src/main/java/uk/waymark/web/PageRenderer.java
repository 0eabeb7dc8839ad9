package uk.waymark.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.ViewsRenderer;
import jakarta.inject.Singleton;
import uk.waymark.config.RecaptchaConfiguration;
import uk.waymark.config.SiteConfiguration;
import uk.waymark.content.Pack;
import uk.waymark.content.Page;
import uk.waymark.content.Provider;
import uk.waymark.content.SitePage;
import uk.waymark.web.assets.Assets;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders a view inside the shared layout. Every page goes through here, so the layout's
 * promises (exit link, help strip, neutral title) hold everywhere.
 */
@Singleton
public final class PageRenderer {

    private static final DateTimeFormatter GOVUK_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final ViewsRenderer<Map<String, Object>, HttpRequest<?>> views;
    private final Pack pack;
    private final SiteConfiguration site;
    private final Layout.AssetUrls assetUrls;
    private final boolean recaptcha;
    private final String formats;

    PageRenderer(ViewsRenderer<Map<String, Object>, HttpRequest<?>> views, Pack pack, SiteConfiguration site, Assets assets,
                 RecaptchaConfiguration recaptchaConfiguration) {
        this.recaptcha = recaptchaConfiguration.enabled();
        this.formats = pack.provider().formatsInWords();
        this.views = views;
        this.pack = pack;
        this.site = site;
        this.assetUrls = new Layout.AssetUrls(assets.url("waymark.css"),
                assets.url("start.js"));
    }

    /**
     * What a page tells the layout about itself.
     *
     * @param path         the page's own path, for marking the current navigation item
     * @param browserTitle the neutral start of the tab title
     * @param source       what the page footer says about where the page comes from
     * @param thirdPartyScript a script from another site the page needs (reCAPTCHA on forms,
     *                     when a provider turns it on), or null: almost always null
     * @param description  the page's neutral description for search results and link previews, or null
     */
    public record Frame(String path, String browserTitle, Source source, String thirdPartyScript, String description) {

        public Frame(String path, String browserTitle, Source source) {
            this(path, browserTitle, source, null, null);
        }

        public Frame(String path, String browserTitle, Source source, String thirdPartyScript) {
            this(path, browserTitle, source, thirdPartyScript, null);
        }

        public Frame withDescription(String text) {
            return new Frame(path, browserTitle, source, thirdPartyScript, text);
        }
    }

    /** Where a page's words come from, as its footer says. */
    public enum Source {
        /** Drawn from the provider's policy: cite it, and say when the pack was last reviewed. */
        POLICY,
        /** Written for the portal, not from the policy: say only when it was last reviewed. */
        PACK,
        /** Not content at all (error pages). */
        NONE
    }

    public String render(String view, Frame frame, Object page) {
        Map<String, Object> model = new HashMap<>();
        model.put("layout", layout(frame));
        model.put("page", page);
        model.put("provider", pack.provider());
        var out = new StringWriter(16 * 1024);
        try {
            views.render(view, model, null).writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** A page rendered to be kept and sent many times, compressed ahead in every coding. */
    public Precompressed renderPage(String view, Frame frame, Object page) {
        return Precompressed.html(render(view, frame, page));
    }

    /** A page rendered for this request alone, compressed only in the coding it is sent. */
    public MutableHttpResponse<byte[]> respond(HttpRequest<?> request, HttpStatus status, String view, Frame frame, Object page) {
        return Precompressed.once(request, status, Precompressed.HTML, render(view, frame, page).getBytes(StandardCharsets.UTF_8));
    }

    private Layout layout(Frame frame) {
        Provider provider = pack.provider();
        return new Layout(
                frame.browserTitle() + " – " + provider.name(),
                provider.name(),
                items(Navigation.HEADER, frame.path()),
                items(Navigation.FOOTER, frame.path()),
                provider.helpline24h().name(),
                provider.helpline24h().phones().get(0),
                site.exitUrl(),
                SitePage.ONLINE_SAFETY.path() + "#" + Page.headingId("the-exit-button"),
                SitePage.OTHER_FORMATS.path(),
                SitePage.ONLINE_SAFETY.path(),
                assetUrls,
                frame.source() == Source.POLICY ? citation(provider.policy()) : null,
                frame.source() == Source.NONE ? null : date(provider.lastReviewed()),
                frame.thirdPartyScript(),
                frame.description(),
                formats,
                recaptcha);
    }

    private static List<Layout.NavItem> items(List<Navigation.Link> links, String path) {
        return links.stream()
                .map(link -> new Layout.NavItem(link.page().path(), link.text(), Navigation.isCurrent(link.page(), path)))
                .toList();
    }

    private String citation(Provider.Policy policy) {
        return "This page is based on " + pack.provider().name() + "’s " + policy.title()
                + " (" + policy.version() + ", " + policy.date() + ").";
    }

    public static String date(LocalDate date) {
        return date.format(GOVUK_DATE);
    }
}
