package uk.waymark.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import uk.waymark.content.Audience;
import uk.waymark.content.Channel;
import uk.waymark.content.Pack;
import uk.waymark.content.Service;
import uk.waymark.support.FixedClockFactory;
import uk.waymark.support.PackPortal;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each directory filter, used in a real browser, on the pack with several areas (Connect
 * Housing), with the portal's clock held at a Saturday lunchtime.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DirectoryFiltersBrowserTest {

    private static final String SATURDAY_NOON = "2026-11-28T12:00:00Z";

    private PackPortal portal;
    private Pack pack;
    private final Browser browser = Browser.withJavaScript();

    @BeforeAll
    void start() {
        portal = PackPortal.start("connect-housing", Map.of(FixedClockFactory.PROPERTY, SATURDAY_NOON));
        pack = portal.pack();
    }

    @AfterAll
    void stop() {
        portal.close();
    }

    @Test
    void whoItIsFor() {
        List<String> shown = filterBy("#for-women");
        assertEquals(names(s -> s.isFor(Audience.WOMEN)), shown);
        assertTrue(shown.size() < pack.directory().size(), "the filter leaves some services out");
    }

    @Test
    void howYouCanContactThem() {
        List<String> shown = filterBy("#contact-email");
        assertEquals(names(s -> s.channels().contains(Channel.EMAIL)), shown);
        assertTrue(shown.size() < pack.directory().size());
    }

    @Test
    void whereYouLiveKeepsOtherAreasServicesOut() {
        List<String> shown = filterBy("#area-leeds");
        assertEquals(names(s -> s.serves("leeds")), shown);
        assertTrue(pack.directory().stream().anyMatch(s -> !s.serves("leeds")), "some services are for other areas only");
        assertTrue(browser.find("#area-leeds").isSelected());
    }

    @Test
    void openNowUsesUkTimeAndKeepsTwentyFourHourServices() {
        List<String> shown = filterBy("#open-now");
        ZonedDateTime now = ZonedDateTime.parse(SATURDAY_NOON);
        assertEquals(names(s -> s.hours().openAt(now).orElse(false)), shown);
        assertTrue(shown.containsAll(names(Service::alwaysOpen)), "24-hour services are always open");
        assertTrue(shown.size() < pack.directory().size(), "weekday-only and unknown hours are left out on a Saturday");
        assertTrue(browser.find("main").getText().contains("Open at midday UK time"), "says which time it checked");
    }

    @Test
    void whenNothingMatchesTheTwentyFourHourLinesAreShown() {
        browser.fresh().open(portal.url("/services?area=calderdale&for=lgbt&contact=bsl-video"));
        assertEquals("0 services match your filters", browser.find("#results").getText());
        String main = browser.find("main").getText();
        assertTrue(main.contains("Helplines open 24 hours"), main);
        for (Service line : pack.allDayHelplines()) {
            assertTrue(main.contains(line.name()), line.name() + " shown");
        }
    }

    @Test
    void theFiltersWorkWithoutJavaScriptToo() {
        Browser plain = Browser.withoutJavaScript().fresh().open(portal.url("/services"));
        plain.find("label[for='area-kirklees']").click();
        plain.find("label[for='for-men']").click();
        plain.find(".waymark-filters button").click();
        plain.waitFor(d -> plain.address().contains("?"));
        assertTrue(plain.address().endsWith("/services?for=men&area=kirklees"), plain.address());
        List<String> shown = plain.findAll("main .waymark-service h3").stream().map(WebElement::getText).toList();
        assertEquals(names(s -> s.isFor(Audience.MEN) && s.serves("kirklees")), shown);
        assertFalse(shown.isEmpty());
    }

    private List<String> filterBy(String input) {
        browser.fresh().open(portal.url("/services"));
        browser.find("label[for='" + input.substring(1) + "']").click();
        browser.find(".waymark-filters button").click();
        browser.waitFor(d -> browser.address().contains("?"));
        assertTrue(browser.find(input).isSelected(), input + " stays ticked");
        return browser.findAll("main .waymark-service").stream().map(card -> card.findElement(By.tagName("h3")).getText()).toList();
    }

    private List<String> names(Predicate<Service> matching) {
        return pack.directory().stream().filter(matching).map(Service::name).toList();
    }
}
