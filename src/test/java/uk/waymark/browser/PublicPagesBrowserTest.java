package uk.waymark.browser;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.waymark.content.Pack;
import uk.waymark.support.NeutralSite;
import uk.waymark.support.PortalPages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page, in a real Chromium: accessible at phone and desktop widths, no request to any
 * other host, no font file, no script error, no cookie and no web storage.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicPagesBrowserTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;

    @Inject
    Pack pack;

    private final Browser browser = Browser.withJavaScript();

    @Override
    public Map<String, String> getProperties() {
        return Map.of("waymark.site.exit-url", NeutralSite.shared().url());
    }

    List<String> pages() {
        return PortalPages.of(pack);
    }

    @ParameterizedTest
    @MethodSource("pages")
    void everyPagePassesAxeAtPhoneAndDesktopWidthsAndReflowsAt320(String path) {
        List<String> failures = new ArrayList<>();
        for (int width : new int[] {320, 1280}) {
            browser.width(width).open(url(path));
            browser.axeViolations().forEach(v -> failures.add(width + "px " + url(path) + ": " + v));
            if (width == 320) {
                long scrollWidth = (Long) browser.script("return document.documentElement.scrollWidth");
                if (scrollWidth > 320) {
                    failures.add("320px " + url(path) + ": page is " + scrollWidth + "px wide, so it scrolls sideways");
                }
            }
        }
        browser.width(1280);
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    @ParameterizedTest
    @MethodSource("pages")
    void everyPageLoadsOnlyFromItsOwnOriginWithNoFontAndNoScriptError(String path) {
        browser.fresh().open(url(path));
        List<String> requests = browser.drainRequests();
        assertTrue(requests.size() >= 4, "expected the page, its CSS and its scripts, got " + requests);
        // blob: addresses of the portal's own origin are the scripts start.js runs from memory.
        List<String> elsewhere = requests.stream()
                .filter(r -> !r.startsWith(origin() + "/") && !r.startsWith("blob:" + origin() + "/")).toList();
        assertEquals(List.of(), elsewhere, "requests off the portal's origin from " + path);
        List<String> fonts = requests.stream().filter(r -> r.matches("(?i).*\\.(woff2?|ttf|otf|eot)(\\?.*)?$")).toList();
        assertEquals(List.of(), fonts, "font files requested by " + path);
        List<String> problems = browser.drainConsole().stream()
                .filter(m -> !(path.equals(PortalPages.MISSING) && m.contains("404")))
                .toList();
        assertEquals(List.of(), problems, "console messages on " + path);
        assertTrue((Boolean) browser.script("return document.body.classList.contains('govuk-frontend-supported')"),
                "the portal's script ran on " + path);
    }

    @Test
    void noPageLeavesACookieOrAnythingInWebStorage() {
        browser.fresh();
        for (String path : pages()) {
            browser.open(url(path));
            assertEquals("", browser.script("return document.cookie"), "document.cookie on " + path);
            assertEquals(0L, browser.script("return window.localStorage.length + window.sessionStorage.length"),
                    "web storage on " + path);
        }
        assertEquals(0, browser.driver().manage().getCookies().size(), "cookies after visiting every page");
    }

    private String origin() {
        return "http://" + server.getHost() + ":" + server.getPort();
    }

    private String url(String path) {
        return origin() + path;
    }
}
