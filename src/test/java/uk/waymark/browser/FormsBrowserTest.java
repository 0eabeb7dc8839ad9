package uk.waymark.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Keys;
import uk.waymark.intake.CaseReference;
import uk.waymark.intake.IntakeCases;
import uk.waymark.intake.StoredCase;
import uk.waymark.intake.Verification;
import uk.waymark.support.FakeSiteverify;
import uk.waymark.support.PackPortal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Both forms in a real Chromium: completed with the keyboard alone, with and without
 * JavaScript; axe on the empty, error and confirmation states at both widths; and the
 * anti-automation paths a person can meet (rate limit, a stale form, reCAPTCHA unreachable).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FormsBrowserTest {

    private PackPortal portal;

    @BeforeAll
    void start() {
        portal = PackPortal.start("bolsover", Map.of());
    }

    @AfterAll
    void stop() {
        portal.close();
    }

    @ParameterizedTest(name = "JavaScript {0}")
    @ValueSource(booleans = {true, false})
    void contactUsSafelyCanBeCompletedWithTheKeyboardAlone(boolean javascript) {
        Browser browser = browser(javascript).open(portal.url("/contact"));
        browser.tabTo("#method");
        browser.press(Keys.SPACE); // phone call, the first way
        assertTrue(browser.find("#phone").isDisplayed(), "the phone number question shows");
        browser.type("#phone", "07911 123456");
        browser.tabTo("#safeTimes");
        browser.press(Keys.SPACE);
        browser.tabTo("#voicemail");
        browser.press(Keys.ARROW_DOWN); // no
        browser.tabTo("#sayWhoWeAre");
        browser.press(Keys.ARROW_DOWN); // no
        browser.tabTo("#onlyYou");
        browser.press(Keys.SPACE);
        browser.type("#codeWord", "bluebell");
        browser.tabTo("#housing");
        browser.press(Keys.SPACE);
        browser.tabTo("#children");
        browser.press(Keys.ARROW_DOWN);
        browser.tabTo("#consent");
        browser.press(Keys.SPACE);
        browser.tabTo("#send");
        browser.press(Keys.ENTER);

        var stored = storedCaseShownOn(browser, "/contact/sent/");
        assertEquals(Map.of("method", "phone", "phone", "07911123456"), stored.answers().get("contact"));
        assertEquals("no", stored.answers().get("voicemail"));
        assertEquals("no", stored.answers().get("children"));
        assertEquals("bluebell", stored.answers().get("codeWord"));
    }

    @ParameterizedTest(name = "JavaScript {0}")
    @ValueSource(booleans = {true, false})
    void reportAConcernCanBeCompletedWithTheKeyboardAlone(boolean javascript) {
        Browser browser = browser(javascript).open(portal.url("/report"));
        browser.tabTo("#relationship");
        browser.press(Keys.SPACE);
        browser.type("#noticed", "Shouting most nights");
        browser.tabTo("#children");
        browser.press(Keys.ARROW_DOWN);
        browser.press(Keys.ARROW_DOWN); // I do not know
        browser.tabTo("#send");
        browser.press(Keys.ENTER);

        var stored = storedCaseShownOn(browser, "/report/sent/");
        assertEquals(Map.of("method", "none"), stored.answers().get("contact"));
        assertEquals("not-sure", stored.answers().get("children"));
    }

    @Test
    void everyStateOfBothFormsAndTheExpiredConfirmationPassAxeAtBothWidths() {
        Browser browser = Browser.withJavaScript().fresh();
        List<String> failures = new ArrayList<>();
        for (int width : new int[] {320, 1280}) {
            browser.width(width);
            for (String form : List.of("/contact", "/report")) {
                browser.open(portal.url(form));
                failures.addAll(violations(browser, width, form + " empty"));
                browser.find("#send").click();
                browser.waitFor(d -> d.getTitle().startsWith("Error: "));
                assertTrue((Boolean) browser.script("return document.activeElement.closest('.govuk-error-summary') !== null"),
                        "focus moves to the error summary");
                failures.addAll(violations(browser, width, form + " with errors"));
                browser.find(".govuk-error-summary__list a").click();
                assertFalse((Boolean) browser.script("return document.activeElement === document.body"), "the link focuses the question");
            }
            browser.open(portal.url("/report"));
            browser.find("label[for='relationship']").click();
            browser.find("#noticed").sendKeys("Shouting");
            browser.find("label[for='children']").click();
            browser.find("#send").click();
            browser.waitFor(d -> browser.address().contains("/sent/"));
            failures.addAll(violations(browser, width, "confirmation"));
            browser.open(portal.url("/contact/sent/not-a-sealed-address"));
            failures.addAll(violations(browser, width, "expired confirmation"));
            browser.open(portal.url("/changing/questions"));
            failures.addAll(violations(browser, width, "behaviour questions"));
        }
        browser.width(1280);
        assertEquals(List.of(), failures);
    }

    @Test
    void theHoneypotIsNeitherSeenNorReachedByTheKeyboard() {
        Browser browser = Browser.withJavaScript().fresh().open(portal.url("/contact"));
        assertFalse(browser.find("#website").isDisplayed());
        int fields = ((Long) browser.script("return document.querySelectorAll('input, textarea, button, a[href]').length")).intValue();
        for (int i = 0; i < fields; i++) {
            browser.press(Keys.TAB);
            assertFalse("website".equals(browser.driver().switchTo().activeElement().getAttribute("id")), "Tab reached the honeypot");
        }
    }

    @Test
    void aStaleFormIsShownAgainWithTheAnswersKept() {
        Browser browser = Browser.withJavaScript().fresh().open(portal.url("/report"));
        browser.find("label[for='relationship']").click();
        browser.find("#noticed").sendKeys("Shouting");
        browser.find("label[for='children']").click();
        browser.script("document.querySelector('[name=token]').value = '1.expired'");
        browser.find("#send").click();
        browser.waitFor(d -> d.getTitle().startsWith("Error: "));
        assertTrue(browser.find(".govuk-error-summary").getText().contains("This form was open for a long time"));
        assertEquals("Shouting", browser.find("#noticed").getAttribute("value"));
        browser.find("#send").click();
        browser.waitFor(d -> browser.address().contains("/sent/"));
    }

    @Test
    void theRateLimitPageKeepsTheAnswersAndPassesAxe() {
        try (PackPortal limited = PackPortal.start("bolsover", Map.of("waymark.forms.rate-limit", 1))) {
            Browser browser = Browser.withJavaScript().fresh();
            for (int attempt = 0; attempt < 2; attempt++) {
                browser.open(limited.url("/report"));
                browser.find("label[for='relationship']").click();
                browser.find("#noticed").sendKeys("Shouting " + attempt);
                browser.find("label[for='children']").click();
                browser.find("#send").click();
                browser.waitFor(d -> browser.address().contains("/sent/") || d.getTitle().startsWith("Error: "));
            }
            assertTrue(browser.find(".govuk-error-summary").getText().contains("You have sent a lot of forms in a short time"));
            assertEquals("Shouting 1", browser.find("#noticed").getAttribute("value"));
            List<String> failures = new ArrayList<>();
            for (int width : new int[] {320, 1280}) {
                failures.addAll(violations(browser.width(width), width, "rate limited"));
            }
            browser.width(1280);
            assertEquals(List.of(), failures);
        }
    }

    @Test
    void whenReCaptchaIsOnButCannotLoadTheFormIsStillSentAndMarkedForAPersonToCheck() {
        try (FakeSiteverify siteverify = new FakeSiteverify();
             PackPortal guarded = PackPortal.start("bolsover", Map.of("waymark.recaptcha.enabled", true,
                     "waymark.recaptcha.site-key", "site-key", "waymark.recaptcha.secret", "secret",
                     "waymark.recaptcha.verify-url", siteverify.url()))) {
            Browser browser = Browser.withJavaScript().fresh().open(guarded.url("/report"));
            browser.find("label[for='relationship']").click();
            browser.find("#noticed").sendKeys("Shouting");
            browser.find("label[for='children']").click();
            browser.drainConsole();
            browser.find("#send").click();
            try {
                browser.waitFor(d -> browser.address().contains("/sent/"));
            } catch (RuntimeException e) {
                throw new AssertionError("not sent: " + browser.drainConsole() + " at " + browser.address(), e);
            }
            String reference = browser.find(".waymark-reference").getText();
            assertEquals(Verification.UNVERIFIED, guarded.bean(IntakeCases.class).find(new CaseReference(reference)).orElseThrow().verification());
            assertEquals(List.of(), siteverify.received(), "no token, so Google was not asked");
        }
    }

    private Browser browser(boolean javascript) {
        Browser browser = (javascript ? Browser.withJavaScript() : Browser.withoutJavaScript()).fresh();
        assertEquals(javascript, browser.script("return document.body === null || document.body.classList.contains('js-enabled')") != null
                && javascript, "JavaScript is " + (javascript ? "on" : "off"));
        return browser;
    }

    private StoredCase storedCaseShownOn(Browser browser, String confirmation) {
        browser.waitFor(d -> browser.address().contains(confirmation));
        String reference = browser.find(".waymark-reference").getText();
        assertTrue(reference.length() >= 8, reference);
        return portal.bean(IntakeCases.class).find(new CaseReference(reference)).orElseThrow();
    }

    private static List<String> violations(Browser browser, int width, String where) {
        List<String> found = new ArrayList<>();
        browser.axeViolations().forEach(v -> found.add(width + "px " + where + ": " + v));
        long scrollWidth = (Long) browser.script("return document.documentElement.scrollWidth");
        if (scrollWidth > width) {
            found.add(width + "px " + where + ": page is " + scrollWidth + "px wide");
        }
        return found;
    }
}
