package uk.waymark.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.chrome.ChromeDriver;
import uk.waymark.content.NeutralWords;
import uk.waymark.content.SitePage;
import uk.waymark.support.NeutralSite;
import uk.waymark.support.PackPortal;
import uk.waymark.web.forms.SealedLink;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every journey a person can take, walked to its end in Chromium with an ordinary profile of its
 * own (as on a shared device), then Exit, then Back; then the profile on disk is read: the history
 * database, the HTTP and code caches, the favicon database and every other file.
 *
 * <p>With JavaScript a visit must leave one row in the history, at the address the visit started
 * at, and Back after Exit must not show the portal. With or without it, no row may name the
 * subject, no cache file may name the portal, no icon may be tied to it, and nothing typed may
 * be anywhere in the profile.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeaveNoTraceBrowserTest {

    /** What the journeys type: each must be found in no file of the profile. */
    private static final String CODE_WORD = "Quillfeather";
    private static final String UNSAFE = "Marmalade otter evenings";
    private static final String NOTICED = "Zanzibar lanterns shouting";
    private static final List<String> TYPED = List.of(CODE_WORD, UNSAFE, NOTICED, "07911 123456", "07911123456");

    private PackPortal portal;
    private PackPortal limited;
    private final NeutralSite neutral = NeutralSite.shared();

    @BeforeAll
    void start() {
        portal = PackPortal.start("bolsover", Map.of("waymark.forms.rate-limit", 1000));
        limited = PackPortal.start("bolsover", Map.of("waymark.forms.rate-limit", 1));
    }

    @AfterAll
    void stop() {
        portal.close();
        limited.close();
    }

    /** A journey: where the visit starts, and what the person does there. */
    private record Journey(String name, boolean rateLimited, BiConsumer<Browser, PackPortal> steps) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> journeys() {
        List<Journey> journeys = List.of(
                new Journey("links", false, (browser, portal) -> {
                    browser.open(portal.url("/"));
                    click(browser, ".govuk-service-navigation a[href='" + SitePage.POLICY.path() + "']", "What we will do");
                    click(browser, "main a[href^='" + SitePage.POLICY.path() + "/']", null);
                    click(browser, ".govuk-service-navigation a[href='" + SitePage.SERVICES.path() + "']", "Support services");
                    click(browser, ".govuk-footer a[href='" + SitePage.ONLINE_SAFETY.path() + "']", null);
                    click(browser, ".govuk-service-navigation a[href='" + SitePage.BEHAVIOUR.path() + "']", null);
                    click(browser, ".govuk-service-navigation a[href='" + SitePage.CONCERN.path() + "']", null);
                }),
                new Journey("directory filters", false, (browser, portal) -> {
                    browser.open(portal.url("/"));
                    click(browser, ".govuk-service-navigation a[href='" + SitePage.SERVICES.path() + "']", "Support services");
                    browser.find("label[for='for-women']").click();
                    browser.find("label[for='contact-phone']").click();
                    submitAndWait(browser, ".waymark-filters button", "#results");
                    assertTrue(browser.find("#results").getText().contains("match your filters"), browser.find("#results").getText());
                }),
                new Journey("behaviour questions", false, (browser, portal) -> {
                    browser.open(portal.url("/"));
                    click(browser, ".govuk-service-navigation a[href='" + SitePage.BEHAVIOUR.path() + "']", null);
                    click(browser, "main a.govuk-button--start", null);
                    browser.find("label[for='age']").click();
                    browser.find("label[for='police-2']").click();
                    browser.find("label[for='recognise']").click();
                    browser.find("label[for='harm-2']").click();
                    String before = browser.heading();
                    browser.find("main form button").click();
                    browser.waitFor(d -> !browser.heading().equals(before));
                    assertTrue(browser.find("main").getText().contains("Respect Phoneline"));
                }),
                new Journey("contact form with errors", false, (browser, portal) -> {
                    browser.open(portal.url("/"));
                    click(browser, ".govuk-service-navigation a[href='" + SitePage.CONTACT.path() + "']", null);
                    browser.find("#codeWord").sendKeys(CODE_WORD);
                    sendWithErrors(browser);
                    assertEquals(CODE_WORD, browser.find("#codeWord").getAttribute("value"), "answers kept");
                }),
                new Journey("report form with errors", false, (browser, portal) -> {
                    browser.open(portal.url("/"));
                    click(browser, ".govuk-service-navigation a[href='" + SitePage.CONCERN.path() + "']", null);
                    browser.find("#noticed").sendKeys(NOTICED);
                    sendWithErrors(browser);
                    assertEquals(NOTICED, browser.find("#noticed").getAttribute("value"), "answers kept");
                }),
                new Journey("stale form", false, (browser, portal) -> {
                    browser.open(portal.url("/"));
                    click(browser, ".govuk-service-navigation a[href='" + SitePage.CONTACT.path() + "']", null);
                    fillContact(browser);
                    browser.script("document.querySelector('[name=token]').value = '1.expired'");
                    sendWithErrors(browser);
                    assertTrue(browser.find(".govuk-error-summary").getText().contains("This form was open for a long time"));
                    sent(browser);
                }),
                new Journey("contact form sent", false, (browser, portal) -> {
                    browser.open(portal.url("/"));
                    click(browser, ".govuk-service-navigation a[href='" + SitePage.CONTACT.path() + "']", null);
                    fillContact(browser);
                    sent(browser);
                }),
                new Journey("report sent, then another page", false, (browser, portal) -> {
                    browser.open(portal.url(SitePage.CONCERN.path()));
                    fillConcern(browser, NOTICED);
                    sent(browser);
                    click(browser, "main a[href='" + SitePage.ONLINE_SAFETY.path() + "']", null);
                }),
                new Journey("expired confirmation", false, (browser, portal) -> {
                    String expired = portal.bean(SealedLink.class).seal("K7QF3M9X|phone|true", Duration.ofSeconds(-60));
                    browser.open(portal.url(SitePage.CONTACT.path() + "/sent/" + expired));
                    assertEquals("This page has expired", browser.heading());
                    click(browser, "main a[href='/']", null);
                }),
                new Journey("page not found", false, (browser, portal) -> {
                    browser.open(portal.url("/"));
                    // An old link, as a bookmark or another site might still have.
                    browser.script("""
                            const link = document.createElement('a');
                            link.href = '/information/an-old-page'; link.id = 'old'; link.textContent = 'old';
                            document.querySelector('main').appendChild(link);""");
                    click(browser, "#old", "Page not found");
                }),
                new Journey("too long to send", false, (browser, portal) -> {
                    browser.open(portal.url("/"));
                    click(browser, ".govuk-service-navigation a[href='" + SitePage.CONTACT.path() + "']", null);
                    fillContact(browser);
                    browser.script("document.querySelector('#safeTimesDetail').value = 'x'.repeat(70000)");
                    browser.find("#send").click();
                    browser.waitFor(d -> browser.heading().equals("What you sent is too long"));
                }),
                new Journey("over the rate limit", true, (browser, portal) -> {
                    browser.open(portal.url("/"));
                    for (int attempt = 0; attempt < 2; attempt++) {
                        click(browser, ".govuk-service-navigation a[href='" + SitePage.CONCERN.path() + "']", null);
                        fillConcern(browser, NOTICED + " " + attempt);
                        browser.find("#send").click();
                        browser.waitFor(d -> browser.address().contains("/sent/") || d.getTitle().startsWith("Error: "));
                    }
                    assertTrue(browser.find(".govuk-error-summary").getText().contains("You have sent a lot of forms in a short time"));
                    assertEquals(NOTICED + " 1", browser.find("#noticed").getAttribute("value"));
                }));
        List<Arguments> arguments = new ArrayList<>();
        for (Journey journey : journeys) {
            arguments.add(Arguments.of(journey, true));
            arguments.add(Arguments.of(journey, false));
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0}, JavaScript {1}")
    @MethodSource("journeys")
    void aVisitLeavesNothingThatNamesTheSubject(Journey journey, boolean javascript) {
        PackPortal target = journey.rateLimited() ? limited : portal;
        String origin = target.url("");
        BrowserProfile profile = BrowserProfile.fresh(journey.name().replace(' ', '-') + (javascript ? "-js" : "-nojs"));
        ChromeDriver driver = Chromium.start(javascript, profile.folder());
        String backShows;
        String started;
        try {
            Browser browser = new Browser(driver, javascript);
            journey.steps().accept(browser, target);
            started = (String) browser.script("return location.href");
            browser.find(".govuk-exit-this-page__button").click();
            browser.waitFor(d -> d.getCurrentUrl().equals(neutral.url()));
            driver.navigate().back();
            browser.waitFor(d -> !d.getCurrentUrl().equals(neutral.url()));
            backShows = driver.getCurrentUrl();
            if (javascript) {
                assertFalse(backShows.startsWith(origin), "Back after Exit showed the portal: " + backShows);
                assertFalse(driver.getPageSource().contains("Bolsover"), "Back after Exit showed the portal");
            } else {
                // What the page on staying safe online says: without JavaScript, Back shows the
                // last page of the portal, asked for again (nothing was kept to show it from).
                assertTrue(backShows.startsWith(origin), "without JavaScript Back returns to the last page: " + backShows);
            }
        } finally {
            profile.quit(driver);
        }

        BrowserProfile.Traces traces = profile.read(origin, TYPED);
        System.out.printf("Leave no trace [%s, JavaScript %s]: %d history rows %s; Back after Exit showed %s;"
                        + " %d cache files and %d favicon rows name the portal; %d files hold something typed; profile %d KB%n",
                journey.name(), javascript ? "on" : "off", traces.history().size(), traces.history(),
                backShows.startsWith(origin) ? "the portal" : backShows, traces.cachedFiles().size(),
                traces.faviconRows().size(), traces.filesWithTyped().size(), traces.profileBytes() / 1024);
        if (javascript) {
            assertEquals(1, traces.history().size(), "one history row for the whole visit: " + traces.history());
            assertEquals(started, traces.history().get(0).url(), "the row is the address the visit started at");
        }
        assertFalse(traces.history().isEmpty(), "the visit is in the history: the profile was read");
        for (BrowserProfile.HistoryRow row : traces.history()) {
            assertEquals(java.util.Optional.empty(), NeutralWords.stemIn(row.url().substring(origin.length())),
                    "history row address names the subject: " + row);
            assertEquals(java.util.Optional.empty(), NeutralWords.stemIn(row.title()), "history row title names the subject: " + row);
        }
        assertEquals(List.of(), traces.cachedFiles(), "cache files naming the portal");
        assertEquals(List.of(), traces.faviconRows(), "icons tied to the portal");
        assertEquals(List.of(), traces.filesWithTyped(), "what was typed, on disk");
    }

    // ------------------------------------------------------------------ what a person does

    /** Clicks a link and waits for the page it leads to (by its heading, when given). */
    private static void click(Browser browser, String css, String heading) {
        var link = browser.find(css);
        String before = browser.address();
        String title = browser.driver().getTitle();
        link.click();
        browser.waitFor(d -> !browser.address().equals(before) || !d.getTitle().equals(title));
        if (heading != null) {
            browser.waitFor(d -> browser.heading().equals(heading));
        }
    }

    private static void submitAndWait(Browser browser, String button, String shown) {
        String before = browser.address();
        browser.find(button).click();
        browser.waitFor(d -> !browser.address().equals(before));
        browser.find(shown);
    }

    private static void sendWithErrors(Browser browser) {
        browser.find("#send").click();
        browser.waitFor(d -> d.getTitle().startsWith("Error: "));
    }

    private static void sent(Browser browser) {
        browser.find("#send").click();
        browser.waitFor(d -> browser.address().contains("/sent/"));
        assertTrue(browser.find(".waymark-reference").getText().length() >= 8);
    }

    private static void fillContact(Browser browser) {
        browser.find("label[for='method']").click();
        browser.find("#phone").sendKeys("07911 123456");
        browser.find("label[for='safeTimes']").click();
        browser.find("label[for='voicemail-2']").click();
        browser.find("label[for='sayWhoWeAre-2']").click();
        browser.find("label[for='onlyYou']").click();
        browser.find("#codeWord").sendKeys(CODE_WORD);
        browser.find("#unsafe").sendKeys(UNSAFE);
        browser.find("label[for='housing']").click();
        browser.find("label[for='children-2']").click();
        browser.find("label[for='consent']").click();
    }

    private static void fillConcern(Browser browser, String noticed) {
        browser.find("label[for='relationship']").click();
        browser.find("#noticed").sendKeys(noticed);
        browser.find("label[for='children']").click();
    }
}
