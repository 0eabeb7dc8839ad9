package uk.waymark.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import uk.waymark.content.SitePage;
import uk.waymark.support.FakeSiteverify;
import uk.waymark.support.NeutralSite;
import uk.waymark.support.PackPortal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a page change must do for everyone when pages are swapped in place: a keyboard-only
 * journey, focus and announcements, the skip link, in-page links, GOV.UK components and the exit
 * button on the new content, axe at both widths, and the fall-back to an ordinary navigation.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InPlaceNavigationBrowserTest {

    private PackPortal portal;

    @BeforeAll
    void start() {
        portal = PackPortal.start("bolsover", Map.of("waymark.forms.rate-limit", 1000));
    }

    @AfterAll
    void stop() {
        portal.close();
    }

    @Test
    void aKeyboardOnlyJourneyThroughPagesSwappedInPlace() {
        Browser browser = Browser.withJavaScript().fresh().open(portal.url("/"));
        long entries = (Long) browser.script("return history.length");
        List<String> failures = new ArrayList<>();

        browser.tabTo(".govuk-service-navigation a[href='" + SitePage.CONTACT.path() + "']");
        browser.press(Keys.ENTER);
        browser.waitFor(d -> browser.address().endsWith(SitePage.CONTACT.path()));
        assertEquals("Contact us safely", browser.heading());
        assertTrue((Boolean) browser.script("return document.activeElement === document.querySelector('main h1')"),
                "focus moves to the new page's heading");
        assertEquals(0L, browser.script("return window.scrollY"), "the new page starts at the top");
        String title = browser.driver().getTitle();
        assertTrue(title.startsWith("Contact us – "), title);
        browser.waitFor(d -> title.equals(browser.script(
                "return document.querySelector('main [aria-live=polite]').textContent")));
        failures.addAll(violations(browser, "contact form, swapped in"));

        browser.find("label[for='method']").click();
        assertTrue(browser.find("#phone").isDisplayed(), "GOV.UK's radios reveal their questions on the new content");

        browser.tabTo("#send");
        browser.press(Keys.ENTER);
        browser.waitFor(d -> d.getTitle().startsWith("Error: "));
        assertTrue((Boolean) browser.script("return document.activeElement.closest('.govuk-error-summary') !== null"),
                "focus moves to the error summary");
        failures.addAll(violations(browser, "contact form with errors, swapped in"));
        browser.tabTo(".govuk-error-summary__list a");
        browser.press(Keys.ENTER);
        assertEquals("input", browser.script("return document.activeElement.tagName.toLowerCase()"),
                "an error summary link focuses its question");

        assertEquals("govuk-skip-link", browser.script(
                "return document.querySelector('a[href], button, input:not([type=hidden]), textarea, select').className"),
                "the skip link comes first on the swapped-in page");
        browser.script("document.querySelector('a.govuk-skip-link').focus()"); // where Tab from the address bar lands
        browser.press(Keys.ENTER);
        assertEquals("main-content", browser.script("return document.activeElement.id"), "the skip link moves focus to the content");

        assertEquals(entries, browser.script("return history.length"), "no history entry was added");
        assertEquals(portal.url("/"), browser.driver().getCurrentUrl(), "the address stays where the visit started");
        assertEquals(List.of(), failures);
    }

    @Test
    void shiftPressedThreeTimesStillLeavesAfterPagesWereSwapped() {
        Browser browser = Browser.withJavaScript().fresh().open(portal.url("/"));
        for (String path : List.of(SitePage.POLICY.path(), SitePage.SERVICES.path())) {
            browser.find(".govuk-service-navigation a[href='" + path + "']").click();
            browser.waitFor(d -> browser.address().endsWith(path));
        }
        var actions = new Actions(browser.driver());
        for (int i = 0; i < 3; i++) {
            actions.keyDown(Keys.SHIFT).keyUp(Keys.SHIFT);
        }
        actions.perform();
        browser.waitFor(d -> d.getCurrentUrl().equals(NeutralSite.shared().url()));
        browser.driver().navigate().back();
        browser.waitFor(d -> !d.getCurrentUrl().equals(NeutralSite.shared().url()));
        assertFalse(browser.driver().getCurrentUrl().startsWith(portal.url("")), "Back returned to the portal");
    }

    @Test
    void anAnswerThatIsNotAPageFallsBackToAnOrdinaryNavigation() {
        Browser browser = Browser.withJavaScript().fresh().open(portal.url("/"));
        browser.script("""
                const link = document.createElement('a');
                link.href = '/open-referral/services'; link.id = 'feed'; link.textContent = 'feed';
                document.querySelector('main').appendChild(link);""");
        browser.find("#feed").click();
        browser.waitFor(d -> d.getCurrentUrl().endsWith("/open-referral/services"));
        assertTrue(browser.driver().getPageSource().contains("\"contents\""), "the feed itself is shown");
    }

    @Test
    void anInPageLinkMovesFocusWithoutChangingTheAddress() {
        Browser browser = Browser.withJavaScript().fresh().open(portal.url(SitePage.POLICY.path()));
        String section = portal.pack().policySections().get(0).path();
        browser.find("main a[href='" + section + "']").click();
        browser.waitFor(d -> browser.address().endsWith(section));
        long entries = (Long) browser.script("return history.length");
        browser.find("a.govuk-skip-link").sendKeys(Keys.ENTER);
        assertEquals("main-content", browser.script("return document.activeElement.id"));
        assertEquals(entries, browser.script("return history.length"));
        assertEquals(portal.url(SitePage.POLICY.path()), browser.driver().getCurrentUrl());
    }

    @Test
    void reCaptchaIsLoadedWhenAFormIsSwappedIn_andAFormSentWithoutItsAnswerStillOpensACase() {
        try (FakeSiteverify siteverify = new FakeSiteverify();
             PackPortal guarded = PackPortal.start("bolsover", Map.of("waymark.recaptcha.enabled", true,
                     "waymark.recaptcha.site-key", "site-key", "waymark.recaptcha.secret", "secret",
                     "waymark.recaptcha.verify-url", siteverify.url()))) {
            Browser browser = Browser.withJavaScript().fresh().open(guarded.url("/"));
            assertEquals(0L, browser.script("return document.querySelectorAll('script[src*=recaptcha]').length"),
                    "not on pages without a form");
            browser.find(".govuk-service-navigation a[href='" + SitePage.CONCERN.path() + "']").click();
            browser.waitFor(d -> browser.address().endsWith(SitePage.CONCERN.path()));
            assertEquals(1L, browser.script("return document.querySelectorAll('head script[src^=\"https://www.recaptcha.net/\"]').length"),
                    "the form page's script is loaded once it is shown");
            browser.find("label[for='relationship']").click();
            browser.find("#noticed").sendKeys("Shouting");
            browser.find("label[for='children']").click();
            browser.find("#send").click();
            browser.waitFor(d -> browser.address().contains("/sent/"));
            assertTrue(browser.find(".waymark-reference").getText().length() >= 8);
        }
    }

    private static List<String> violations(Browser browser, String where) {
        List<String> found = new ArrayList<>();
        for (int width : new int[] {320, 1280}) {
            browser.width(width);
            browser.axeViolations().forEach(v -> found.add(width + "px " + where + ": " + v));
            long scrollWidth = (Long) browser.script("return document.documentElement.scrollWidth");
            if (scrollWidth > width) {
                found.add(width + "px " + where + ": page is " + scrollWidth + "px wide");
            }
        }
        browser.width(1280);
        return found;
    }
}
