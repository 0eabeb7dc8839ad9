package uk.waymark.referral;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.waymark.support.Forms;
import uk.waymark.support.SettableClock;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The empty form is kept for as long as its token stands: the same page within a five-minute
 * window, a new token as soon as the window turns, and every token taken from a page accepted
 * for its lifetime (four hours) and refused after it.
 */
@MicronautTest
@Property(name = SettableClock.PROPERTY, value = "2026-12-01T10:00:10Z")
class FormTokenWindowHttpTest {

    @Inject
    EmbeddedServer server;

    @Inject
    SettableClock clock;

    Forms forms;

    @BeforeEach
    void forms() {
        clock.set(Instant.parse("2026-12-01T10:00:10Z"));
        forms = new Forms(server.getPort());
    }

    @Test
    void theFormKeepsItsTokenForItsWindowAndTakesANewOneAsTheWindowTurns() throws Exception {
        String first = forms.token("/contact");
        assertTrue(first.startsWith(epoch("2026-12-01T10:00:00Z") + "."), first);
        assertEquals(first, forms.token("/contact"), "the same window, the same page");
        clock.set(Instant.parse("2026-12-01T10:04:59Z"));
        assertEquals(first, forms.token("/contact"), "the last second of the window");

        clock.set(Instant.parse("2026-12-01T10:05:00Z"));
        String next = forms.token("/contact");
        assertTrue(next.startsWith(epoch("2026-12-01T10:05:00Z") + "."), next);
        String report = forms.token("/report");
        assertTrue(report.startsWith(epoch("2026-12-01T10:05:00Z") + "."), report);
        assertNotEquals(next, report, "each form its own token");

        assertEquals(303, post(first), "a page taken in the window before is still sent");
        assertEquals(303, post(next));
    }

    @Test
    void aTokenIsAcceptedForFourHoursFromItsWindowAndThenTheFormIsShownAgain() throws Exception {
        String token = forms.token("/contact");
        clock.set(Instant.parse("2026-12-01T14:00:00Z"));
        assertEquals(303, post(token), "four hours from the start of its window");
        clock.set(Instant.parse("2026-12-01T14:00:01Z"));
        assertEquals(422, post(token), "a second later");
        assertNotEquals(token, forms.token("/contact"), "the page now has a token of its own time");
    }

    private int post(String token) throws Exception {
        Map<String, Object> form = new LinkedHashMap<>(Forms.validContact());
        form.put("token", token);
        return forms.post("/contact", form).statusCode();
    }

    private static long epoch(String instant) {
        return Instant.parse(instant).getEpochSecond();
    }
}
