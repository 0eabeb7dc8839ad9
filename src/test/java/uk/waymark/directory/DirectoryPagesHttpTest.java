package uk.waymark.directory;

import org.junit.jupiter.api.Test;
import uk.waymark.support.Forms;
import uk.waymark.support.PackPortal;
import uk.waymark.support.SettableClock;

import java.time.Instant;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The directory answered from memory: one page per filter combination, and per minute with "open now", within a bound. */
class DirectoryPagesHttpTest {

    @Test
    void eachFilterCombinationIsRenderedOnceAndOpenNowFollowsTheMinute() throws Exception {
        try (PackPortal portal = PackPortal.start("connect-housing", Map.of(SettableClock.PROPERTY, "2026-12-01T10:00:20Z"))) {
            Forms http = new Forms(portal.port());
            DirectoryController directory = portal.bean(DirectoryController.class);
            SettableClock clock = portal.bean(SettableClock.class);
            assertEquals(1, directory.kept(), "the whole directory, unfiltered, kept before the first request");

            String women = http.get("/services?for=women&for=men").body();
            assertEquals(women, http.get("/services?for=men&for=women&for=nobody").body(), "the same filters, in any order, are one page");
            assertEquals(2, directory.kept());

            String open = http.get("/services?open=now").body();
            assertTrue(open.contains("Open at 10am UK time"), "the minute it was made");
            assertEquals(3, directory.kept());
            clock.set(Instant.parse("2026-12-01T10:00:50Z"));
            assertEquals(open, http.get("/services?open=now").body(), "the same minute: the page kept");

            clock.set(Instant.parse("2026-12-01T10:01:05Z"));
            String later = http.get("/services?open=now").body();
            assertNotEquals(open, later);
            assertTrue(later.contains("Open at 10:01am UK time"), "a new minute: made again");
            assertEquals(3, directory.kept(), "the old minute's page is let go; the filters without time stay");
            assertEquals(women, http.get("/services?for=women&for=men").body());

            for (int i = 0; i < DirectoryController.KEPT + 20; i++) {
                // Every combination of audiences is a different page: the number kept stays bounded.
                http.get("/services?area=" + i + "&for=women" + (i % 2 == 0 ? "&for=men" : "") + "&contact=" + (i % 3 == 0 ? "phone" : "text")
                        + "&open=" + (i % 5 == 0 ? "now" : "later") + "&for=" + (i % 7 == 0 ? "lgbt" : "deaf-bsl"));
                assertTrue(directory.kept() <= DirectoryController.KEPT);
            }
        }
    }

    @Test
    void queryStringsAreKeptApartWithinTheirOwnBoundAndOpenNowIsTheUksMinuteInSummer() throws Exception {
        try (PackPortal portal = PackPortal.start("connect-housing", Map.of(SettableClock.PROPERTY, "2026-07-01T09:00:20Z"))) {
            Forms http = new Forms(portal.port());
            DirectoryController directory = portal.bean(DirectoryController.class);

            assertTrue(http.get("/services?open=now").body().contains("Open at 10am UK time"), "British Summer Time");
            String women = http.get("/services?for=women").body();
            for (int i = 0; i < DirectoryController.KEPT_QUERIES + 20; i++) {
                assertEquals(women, http.get("/services?for=women&unknown=" + i).body(), "a new query string, the same filter");
                assertTrue(directory.queries() <= DirectoryController.KEPT_QUERIES);
            }
            assertEquals(3, directory.kept(), "one page for every string that asks for it, and the unfiltered one");

            int queries = directory.queries();
            String longer = "/services?for=women&note=" + "x".repeat(DirectoryController.LONGEST_KEPT_QUERY);
            assertEquals(women, http.get(longer).body());
            assertEquals(queries, directory.queries(), "a long query string is read each time, not kept");
        }
    }
}
