package uk.waymark.browser;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import uk.waymark.content.Page;
import uk.waymark.content.SitePage;
import uk.waymark.support.NeutralSite;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Exit this page" in a real browser: it leaves for the neutral site at once, sends no
 * referrer, and with JavaScript the Back button does not lead back to the portal.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuickExitBrowserTest implements TestPropertyProvider {

    private static final String PAGE = "/information/support-for-tenants";

    @Inject
    EmbeddedServer server;

    private final NeutralSite neutral = NeutralSite.shared();

    @Override
    public Map<String, String> getProperties() {
        return Map.of("waymark.site.exit-url", neutral.url());
    }

    @AfterEach
    void siteAnswersPromptlyAgain() {
        neutral.delay(0);
    }

    @Test
    void clickingExitLeavesForTheNeutralSiteWithoutAReferrerAndBackDoesNotReturn() {
        Browser browser = Browser.withJavaScript().fresh().open(url(PAGE));
        int before = neutral.referers().size();
        browser.find(".govuk-exit-this-page__button").click();
        browser.waitFor(d -> d.getCurrentUrl().equals(neutral.url()));
        assertEquals(List.of(""), neutral.referers().subList(before, neutral.referers().size()), "Referer sent to the neutral site");

        browser.driver().navigate().back();
        browser.waitFor(d -> !d.getCurrentUrl().equals(neutral.url()));
        assertEquals("about:blank", browser.driver().getCurrentUrl(), "Back after exit");
    }

    @Test
    void pressingShiftThreeTimesLeavesTheSameWay() {
        Browser browser = Browser.withJavaScript().fresh().open(url("/services"));
        var actions = new Actions(browser.driver());
        for (int i = 0; i < 3; i++) {
            actions.keyDown(Keys.SHIFT).keyUp(Keys.SHIFT);
        }
        actions.perform();
        browser.waitFor(d -> d.getCurrentUrl().equals(neutral.url()));

        browser.driver().navigate().back();
        browser.waitFor(d -> !d.getCurrentUrl().equals(neutral.url()));
        assertFalse(browser.driver().getCurrentUrl().startsWith(origin()), "Back returned to the portal");
    }

    @Test
    void shiftPressedTwiceDoesNotLeave() {
        Browser browser = Browser.withJavaScript().fresh().open(url("/"));
        var actions = new Actions(browser.driver());
        actions.keyDown(Keys.SHIFT).keyUp(Keys.SHIFT).keyDown(Keys.SHIFT).keyUp(Keys.SHIFT).perform();
        assertEquals(url("/"), browser.driver().getCurrentUrl());
        assertEquals("Shift, press 1 more time to exit.",
                browser.find(".govuk-exit-this-page [role=status]").getAttribute("textContent"));
    }

    @Test
    void thePageIsBlankedTheMomentExitIsPressed() {
        Browser browser = Browser.withJavaScript().fresh().open(url(PAGE));
        neutral.delay(1500);
        @SuppressWarnings("unchecked")
        List<Object> seen = (List<Object>) browser.script("""
                document.querySelector('.govuk-exit-this-page__button').click();
                return [document.body.classList.contains('govuk-exit-this-page-hide-content'),
                        getComputedStyle(document.querySelector('main')).display,
                        getComputedStyle(document.querySelector('.govuk-exit-this-page-overlay')).display];
                """);
        assertEquals(List.of(true, "none", "block"), seen, "hidden class, main content, white overlay");
        browser.waitFor(d -> d.getCurrentUrl().equals(neutral.url()));
    }

    @Test
    void aPageRestoredFromTheBackForwardCacheShowsItselfAgain() {
        Browser browser = Browser.withJavaScript().fresh().open(url(PAGE));
        Object shown = browser.script("""
                document.body.classList.add('govuk-exit-this-page-hide-content');
                window.dispatchEvent(new PageTransitionEvent('pageshow', {persisted: true}));
                return getComputedStyle(document.querySelector('main')).display;
                """);
        assertEquals("block", shown);
    }

    @Test
    void withoutJavaScriptTheExitIsAPlainLinkThatSendsNoReferrer() {
        Browser browser = Browser.withoutJavaScript().fresh().open(url(PAGE));
        assertFalse((Boolean) browser.script("return document.body.classList.contains('js-enabled')"),
                "JavaScript is really off in this browser");
        int before = neutral.referers().size();
        browser.find(".govuk-exit-this-page__button").click();
        browser.waitFor(d -> d.getCurrentUrl().equals(neutral.url()));
        assertEquals(List.of(""), neutral.referers().subList(before, neutral.referers().size()));
    }

    @Test
    void theExitButtonIsALargeEnoughTargetAndItsPurposeIsExplainedOnThePage() {
        Browser browser = Browser.withJavaScript().fresh();
        for (int width : new int[] {320, 1280}) {
            browser.width(width).open(url("/"));
            var size = browser.find(".govuk-exit-this-page__button").getSize();
            assertTrue(size.getWidth() >= 24 && size.getHeight() >= 24, "exit button is " + size + " at " + width + "px");
            String explained = SitePage.ONLINE_SAFETY.path() + "#" + Page.headingId("the-exit-button");
            browser.find("a[href='" + explained + "']").click();
            browser.waitFor(d -> browser.address().endsWith(explained));
            assertTrue(browser.find("#" + Page.headingId("the-exit-button")).isDisplayed());
        }
        browser.width(1280);
    }

    private String origin() {
        return "http://localhost:" + server.getPort();
    }

    private String url(String path) {
        return origin() + path;
    }
}
