package uk.waymark.directory;

import org.junit.jupiter.api.Test;
import uk.waymark.content.Audience;
import uk.waymark.content.Channel;
import uk.waymark.content.Hours;
import uk.waymark.content.Phone;
import uk.waymark.content.Service;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DirectoryFilterTest {

    private static final Set<String> AREAS = Set.of("kirklees", "leeds");
    private static final ZonedDateTime TUESDAY_NOON = LocalDateTime.parse("2026-11-24T12:00").atZone(Hours.UK);
    private static final ZonedDateTime TUESDAY_NIGHT = LocalDateTime.parse("2026-11-24T23:00").atZone(Hours.UK);

    private static final Service WOMENS_LINE = service("womens-line", Set.of(Audience.WOMEN), List.of(), new Hours.Always(), true);
    private static final Service GENERAL_LEEDS = service("leeds-service", Set.of(Audience.ANYONE_AFFECTED), List.of("leeds"),
            new Hours.Weekly(List.of(new Hours.Session(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), LocalTime.of(9, 0), LocalTime.of(17, 0)))),
            false);
    private static final Service KIRKLEES_MEN = service("kirklees-men", Set.of(Audience.MEN), List.of("kirklees"), new Hours.Unknown(), false);
    private static final List<Service> ALL = List.of(WOMENS_LINE, GENERAL_LEEDS, KIRKLEES_MEN);

    private static Service service(String id, Set<Audience> audiences, List<String> serves, Hours hours, boolean national) {
        Phone phone = new Phone("0808 2000 247", "08082000247", null);
        return new Service(id, id, null, "A service.", audiences, List.of(), null, "Somewhere", serves, List.of(),
                List.of(phone), null, national ? null : "help@example.org", null, null, null, hours, null, "test", national, false);
    }

    private static List<String> ids(List<Service> services) {
        return services.stream().map(Service::id).toList();
    }

    @Test
    void noFiltersShowEverything() {
        var filter = DirectoryFilter.from(List.of(), List.of(), null, null, AREAS);
        assertTrue(filter.isEmpty());
        assertEquals(ids(ALL), ids(filter.apply(ALL, TUESDAY_NOON)));
    }

    @Test
    void anyTickedGroupMayMatchAndGeneralServicesCountForEveryone() {
        var filter = DirectoryFilter.from(List.of("women", "men"), List.of(), null, null, AREAS);
        assertEquals(List.of("womens-line", "leeds-service", "kirklees-men"), ids(filter.apply(ALL, TUESDAY_NOON)));
        var menOnly = DirectoryFilter.from(List.of("men"), List.of(), null, null, AREAS);
        assertEquals(List.of("leeds-service", "kirklees-men"), ids(menOnly.apply(ALL, TUESDAY_NOON)));
    }

    @Test
    void everyGroupOfFiltersMustMatch() {
        var filter = DirectoryFilter.from(List.of("men"), List.of("email"), "kirklees", null, AREAS);
        assertEquals(List.of("kirklees-men"), ids(filter.apply(ALL, TUESDAY_NOON)));
        assertEquals(Set.of(Channel.EMAIL), filter.channels());
    }

    @Test
    void anAreaShowsItsOwnServicesAndThoseThatCoverEverywhere() {
        var leeds = DirectoryFilter.from(List.of(), List.of(), "leeds", null, AREAS);
        assertEquals(List.of("womens-line", "leeds-service"), ids(leeds.apply(ALL, TUESDAY_NOON)));
    }

    @Test
    void openNowKeepsTwentyFourHourServicesAndThoseOpenAtThatTimeButNotUnknownHours() {
        var open = DirectoryFilter.from(List.of(), List.of(), null, "now", AREAS);
        assertEquals(List.of("womens-line", "leeds-service"), ids(open.apply(ALL, TUESDAY_NOON)));
        assertEquals(List.of("womens-line"), ids(open.apply(ALL, TUESDAY_NIGHT)));
    }

    @Test
    void valuesThePortalDoesNotKnowAreIgnored() {
        var filter = DirectoryFilter.from(List.of("nobody", "<script>"), List.of("pigeon"), "atlantis", "later", AREAS);
        assertTrue(filter.isEmpty());
        assertNull(filter.area());
    }
}
