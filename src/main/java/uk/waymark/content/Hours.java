package uk.waymark.content;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** When a service answers, in UK time. */
public sealed interface Hours {

    ZoneId UK = ZoneId.of("Europe/London");

    /** Whether the service is open at that moment, or empty when its hours are not known. */
    Optional<Boolean> openAt(ZonedDateTime moment);

    /** The hours in words, for the page. */
    String describe();

    /** Open every hour of every day. */
    record Always() implements Hours {
        @Override
        public Optional<Boolean> openAt(ZonedDateTime moment) {
            return Optional.of(true);
        }

        @Override
        public String describe() {
            return "24 hours a day, every day";
        }
    }

    /** The pack does not give hours: the page tells people to check with the service. */
    record Unknown() implements Hours {
        @Override
        public Optional<Boolean> openAt(ZonedDateTime moment) {
            return Optional.empty();
        }

        @Override
        public String describe() {
            return "Check opening hours with the service";
        }
    }

    /** Weekly sessions; one that closes at or before it opens runs past midnight. */
    record Weekly(List<Session> sessions) implements Hours {
        @Override
        public Optional<Boolean> openAt(ZonedDateTime moment) {
            ZonedDateTime uk = moment.withZoneSameInstant(UK);
            DayOfWeek today = uk.getDayOfWeek();
            LocalTime now = uk.toLocalTime();
            for (Session s : sessions) {
                if (s.overnight()) {
                    if ((s.days().contains(today) && !now.isBefore(s.opens()))
                            || (s.days().contains(today.minus(1)) && now.isBefore(s.closes()))) {
                        return Optional.of(true);
                    }
                } else if (s.days().contains(today) && !now.isBefore(s.opens()) && now.isBefore(s.closes())) {
                    return Optional.of(true);
                }
            }
            return Optional.of(false);
        }

        @Override
        public String describe() {
            return sessions.stream().map(Session::describe).collect(Collectors.joining("; "));
        }
    }

    /** The same opening time on a set of days. */
    record Session(Set<DayOfWeek> days, LocalTime opens, LocalTime closes) {

        boolean overnight() {
            return !closes.isAfter(opens);
        }

        String describe() {
            return describeDays(days) + ", " + clock(opens) + " to " + clock(closes);
        }

        private static String describeDays(Set<DayOfWeek> days) {
            List<DayOfWeek> sorted = days.stream().sorted().toList();
            boolean consecutive = sorted.size() > 2
                    && sorted.get(sorted.size() - 1).getValue() - sorted.get(0).getValue() == sorted.size() - 1;
            if (sorted.size() == 7) {
                return "Every day";
            }
            if (consecutive) {
                return name(sorted.get(0)) + " to " + name(sorted.get(sorted.size() - 1));
            }
            List<String> names = sorted.stream().map(Session::name).toList();
            if (names.size() == 1) {
                return names.get(0);
            }
            return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        }

        private static String name(DayOfWeek day) {
            return day.getDisplayName(TextStyle.FULL, Locale.UK);
        }

        /** GOV.UK style: 9am, 5:30pm, midnight, midday. */
        public static String clock(LocalTime time) {
            if (time.equals(LocalTime.MIDNIGHT)) {
                return "midnight";
            }
            if (time.equals(LocalTime.NOON)) {
                return "midday";
            }
            int hour = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
            String minutes = time.getMinute() == 0 ? "" : String.format(Locale.UK, ":%02d", time.getMinute());
            return hour + minutes + (time.getHour() < 12 ? "am" : "pm");
        }
    }
}
