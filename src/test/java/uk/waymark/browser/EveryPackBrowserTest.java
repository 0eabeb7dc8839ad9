package uk.waymark.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.waymark.content.Pack;
import uk.waymark.content.SitePage;
import uk.waymark.support.PackPortal;
import uk.waymark.support.PortalPages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every pack, as a provider deploys it: one page of every type passes axe at 320 px and
 * 1280 px, and so do the behaviour questions in their error and answered states. The default
 * pack's every single page is covered by {@link PublicPagesBrowserTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EveryPackBrowserTest {

    private static final String DEFAULT_PACK = "bolsover";

    private final Browser browser = Browser.withJavaScript();
    private final List<PackPortal> started = new ArrayList<>();

    List<String> packs() {
        return PackPortal.packs();
    }

    @AfterAll
    void stop() {
        started.forEach(PackPortal::close);
    }

    @ParameterizedTest
    @MethodSource("packs")
    void everyPageTypePassesAxeAtBothWidths(String id) {
        PackPortal portal = PackPortal.start(id, Map.of());
        started.add(portal);
        Pack pack = portal.pack();
        // One page of each template; the default pack's every page is in PublicPagesBrowserTest.
        List<String> paths = id.equals(DEFAULT_PACK) ? List.of() : List.of(
                SitePage.HOME.path(),
                SitePage.POLICY.path(),
                pack.policySections().get(0).path(),
                SitePage.CONTACT.path(),
                SitePage.BEHAVIOUR.path(),
                SitePage.SERVICES.path() + "?for=women&contact=phone&open=now"
                        + (pack.provider().areas().isEmpty() ? "" : "&area=" + pack.provider().areas().get(0).id()),
                PortalPages.MISSING);

        List<String> failures = new ArrayList<>();
        for (int width : new int[] {320, 1280}) {
            browser.width(width);
            for (String path : paths) {
                browser.open(portal.url(path));
                failures.addAll(violations(width, portal.url(path)));
            }
            browser.open(portal.url("/changing/questions"));
            browser.find("#age-2").click();
            browser.find("form[action='/changing/questions'] button").click();
            browser.waitFor(d -> d.getTitle().startsWith("Error: "));
            failures.addAll(violations(width, "questions with errors"));
            browser.find("#police-2").click();
            browser.find("#recognise").click();
            browser.find("#harm-3").click();
            browser.find("form[action='/changing/questions'] button").click();
            browser.waitFor(d -> !d.getTitle().startsWith("Error: "));
            failures.addAll(violations(width, "questions answered"));
        }
        browser.width(1280);
        assertEquals(List.of(), failures, id);
    }

    private List<String> violations(int width, String where) {
        List<String> found = new ArrayList<>();
        browser.axeViolations().forEach(v -> found.add(width + "px " + where + ": " + v));
        long scrollWidth = (Long) browser.script("return document.documentElement.scrollWidth");
        if (scrollWidth > width) {
            found.add(width + "px " + where + ": page is " + scrollWidth + "px wide, so it scrolls sideways");
        }
        return found;
    }
}
