package uk.waymark.content;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** "Open now", in UK time, across midnight, weekends and the clock changes. */
class HoursTest {

    private static final Set<DayOfWeek> WEEKDAYS = EnumSet.range(MONDAY, FRIDAY);
    private static final Hours OFFICE = new Hours.Weekly(List.of(new Hours.Session(WEEKDAYS, LocalTime.of(9, 0), LocalTime.of(17, 0))));
    private static final Hours EVENINGS = new Hours.Weekly(List.of(
            new Hours.Session(EnumSet.of(FRIDAY, SATURDAY), LocalTime.of(20, 0), LocalTime.of(2, 0))));

    private static ZonedDateTime uk(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(Hours.UK);
    }

    @Test
    void anOfficeIsOpenOnWeekdaysBetweenItsHoursOnly() {
        assertEquals(Optional.of(true), OFFICE.openAt(uk("2026-11-24T09:00")), "Tuesday 9am, opening");
        assertEquals(Optional.of(true), OFFICE.openAt(uk("2026-11-24T16:59")));
        assertEquals(Optional.of(false), OFFICE.openAt(uk("2026-11-24T17:00")), "closing time");
        assertEquals(Optional.of(false), OFFICE.openAt(uk("2026-11-24T08:59")));
        assertEquals(Optional.of(false), OFFICE.openAt(uk("2026-11-28T12:00")), "Saturday");
        assertEquals(Optional.of(false), OFFICE.openAt(uk("2026-11-29T12:00")), "Sunday");
    }

    @Test
    void aSessionThatClosesAfterMidnightCountsTheEarlyHoursOfTheNextDay() {
        assertEquals(Optional.of(true), EVENINGS.openAt(uk("2026-11-27T23:30")), "Friday night");
        assertEquals(Optional.of(true), EVENINGS.openAt(uk("2026-11-28T01:59")), "Saturday early hours, from Friday");
        assertEquals(Optional.of(false), EVENINGS.openAt(uk("2026-11-28T02:00")));
        assertEquals(Optional.of(true), EVENINGS.openAt(uk("2026-11-29T01:00")), "Sunday early hours, from Saturday");
        assertEquals(Optional.of(false), EVENINGS.openAt(uk("2026-11-30T01:00")), "Monday early hours: no Sunday session");
        assertEquals(Optional.of(false), EVENINGS.openAt(uk("2026-11-27T01:00")), "Friday early hours: no Thursday session");
    }

    @Test
    void theMomentIsReadInUkTimeWhateverZoneItComesIn() {
        // 08:30 UTC in July is 09:30 in London (BST): open. In January it is 08:30 in London: closed.
        assertEquals(Optional.of(true), OFFICE.openAt(ZonedDateTime.of(2026, 7, 1, 8, 30, 0, 0, ZoneOffset.UTC)));
        assertEquals(Optional.of(false), OFFICE.openAt(ZonedDateTime.of(2026, 1, 7, 8, 30, 0, 0, ZoneOffset.UTC)));
    }

    @Test
    void theClockChangesMoveOpeningWithUkTime() {
        // Clocks go forward at 01:00 UTC on Sunday 29 March 2026 and back at 01:00 UTC on Sunday 25 October 2026.
        Hours monday = new Hours.Weekly(List.of(new Hours.Session(EnumSet.of(MONDAY), LocalTime.of(9, 0), LocalTime.of(10, 0))));
        assertEquals(Optional.of(true), monday.openAt(ZonedDateTime.of(2026, 3, 30, 8, 15, 0, 0, ZoneOffset.UTC)), "9:15 BST");
        assertEquals(Optional.of(false), monday.openAt(ZonedDateTime.of(2026, 3, 23, 8, 15, 0, 0, ZoneOffset.UTC)), "8:15 GMT");
        assertEquals(Optional.of(true), monday.openAt(ZonedDateTime.of(2026, 10, 26, 9, 15, 0, 0, ZoneOffset.UTC)), "9:15 GMT");
        assertEquals(Optional.of(false), monday.openAt(ZonedDateTime.of(2026, 10, 19, 9, 15, 0, 0, ZoneOffset.UTC)), "10:15 BST");
        // An overnight session spanning the night the clocks go back stays open until 02:00 UK time.
        Hours saturdayNight = new Hours.Weekly(List.of(new Hours.Session(EnumSet.of(SATURDAY), LocalTime.of(22, 0), LocalTime.of(2, 0))));
        assertEquals(Optional.of(true), saturdayNight.openAt(ZonedDateTime.of(2026, 10, 25, 1, 30, 0, 0, ZoneOffset.UTC)), "01:30 GMT Sunday");
        assertEquals(Optional.of(false), saturdayNight.openAt(ZonedDateTime.of(2026, 10, 25, 2, 30, 0, 0, ZoneOffset.UTC)), "02:30 GMT Sunday");
    }

    @Test
    void alwaysOpenAndUnknownHoursAreSaidPlainly() {
        assertEquals(Optional.of(true), new Hours.Always().openAt(uk("2026-12-25T03:00")));
        assertEquals(Optional.empty(), new Hours.Unknown().openAt(uk("2026-12-25T03:00")));
        assertEquals("24 hours a day, every day", new Hours.Always().describe());
        assertEquals("Monday to Friday, 9am to 5pm", OFFICE.describe());
        assertEquals("Friday and Saturday, 8pm to 2am", EVENINGS.describe());
        assertEquals("Sunday, 10:30am to midday", new Hours.Weekly(List.of(
                new Hours.Session(EnumSet.of(SUNDAY), LocalTime.of(10, 30), LocalTime.NOON))).describe());
    }
}
