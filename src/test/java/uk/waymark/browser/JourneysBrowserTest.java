package uk.waymark.browser;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import uk.waymark.content.Audience;
import uk.waymark.content.Channel;
import uk.waymark.content.Pack;
import uk.waymark.content.SitePage;
import uk.waymark.support.NeutralSite;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whole journeys as a visitor makes them: keyboard only, with and without JavaScript. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JourneysBrowserTest implements TestPropertyProvider {

    @Inject
    EmbeddedServer server;

    @Inject
    Pack pack;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("waymark.site.exit-url", NeutralSite.shared().url());
    }

    @Test
    void aWholeVisitLeavesOneHistoryEntry() {
        Browser browser = Browser.withJavaScript().fresh().open(url("/"));
        long entries = (Long) browser.script("return history.length");

        browser.find(".govuk-service-navigation a[href='" + SitePage.POLICY.path() + "']").click();
        browser.waitFor(d -> browser.address().equals(url(SitePage.POLICY.path())));
        String section = pack.policySections().get(0).path();
        browser.find("main a[href='" + section + "']").click();
        browser.waitFor(d -> browser.address().equals(url(section)));
        browser.find(".govuk-footer a[href='" + SitePage.BSL.path() + "']").click();
        browser.waitFor(d -> browser.address().equals(url(SitePage.BSL.path())));
        browser.open(url(SitePage.SERVICES.path()));
        entries++; // typed into the address bar: the browser's own entry, not the portal's
        browser.find("#for-women").click();
        browser.find(".waymark-filters button").click();
        browser.waitFor(d -> browser.address().contains("for=women"));

        assertEquals(entries, browser.script("return history.length"), "history entries after moving around");
        browser.driver().navigate().back();
        browser.waitFor(d -> !browser.address().contains("for=women"));
        assertEquals(url("/"), browser.address(),
                "Back skips every page reached in place: it returns to the address the visit started at");
    }

    @ParameterizedTest
    @ValueSource(ints = {320, 1280})
    void noFocusedElementIsHiddenBehindTheExitButtonOrAnythingElse(int width) {
        Browser browser = Browser.withJavaScript().fresh().width(width).open(url(pack.policySections().get(0).path()));
        int focusable = ((Long) browser.script(
                "return document.querySelectorAll('a[href], button, input, select, textarea').length")).intValue();
        List<String> hidden = new ArrayList<>();
        for (int i = 0; i < focusable; i++) {
            browser.press(Keys.TAB);
            Object covered = browser.script("""
                    const el = document.activeElement;
                    if (el === document.body) return null; // past the last element, before the address bar
                    const r = el.getBoundingClientRect();
                    const points = [[r.left + r.width / 2, r.top + r.height / 2], [r.left + 2, r.top + 2],
                                    [r.right - 2, r.bottom - 2], [r.left + 2, r.bottom - 2], [r.right - 2, r.top + 2]];
                    const seen = points.some(([x, y]) => {
                      const top = document.elementFromPoint(x, y);
                      return top && (el === top || el.contains(top) || top.contains(el));
                    });
                    return seen ? null : (el.outerHTML.slice(0, 120) + ' under ' +
                      (document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) || {outerHTML: 'nothing'}).outerHTML.slice(0, 80));
                    """);
            if (covered != null) {
                hidden.add(covered.toString());
            }
        }
        browser.width(1280);
        assertTrue(focusable > 20, "the page has links and buttons to tab through");
        assertEquals(List.of(), hidden, "focused elements entirely hidden at " + width + "px");
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void theDirectoryCanBeFilteredWithTheKeyboardAlone(boolean javascript) {
        Browser browser = (javascript ? Browser.withJavaScript() : Browser.withoutJavaScript()).fresh()
                .open(url(SitePage.SERVICES.path()));
        browser.tabTo("#for-women");
        browser.press(Keys.SPACE);
        browser.tabTo("#contact-phone");
        browser.press(Keys.SPACE);
        browser.tabTo(".waymark-filters button");
        browser.press(Keys.ENTER);
        browser.waitFor(d -> browser.address().contains("?"));

        assertEquals(url(SitePage.SERVICES.path() + "?for=women&contact=phone"), browser.address());
        long expected = pack.directory().stream()
                .filter(s -> s.isFor(Audience.WOMEN) && s.channels().contains(Channel.PHONE)).count();
        assertTrue(expected > 0, "the pack has phone services for women");
        List<WebElement> cards = browser.findAll("main .waymark-service");
        assertEquals(expected, cards.size(), "services shown");
        assertEquals(expected + " services match your filters", browser.find("#results").getText());
        assertTrue(browser.find("#for-women").isSelected() && browser.find("#contact-phone").isSelected(),
                "the ticked boxes stay ticked");
        assertTrue(cards.stream().allMatch(c -> !c.findElements(org.openqa.selenium.By.cssSelector("a[href^='tel:']")).isEmpty()),
                "every service shown can be phoned");
    }

    private String url(String path) {
        return "http://localhost:" + server.getPort() + path;
    }
}
