package uk.waymark.content;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who a programme for people who want to stop abusing takes, as its source policy states it,
 * in a form the "worried about your own behaviour" questions can match against.
 *
 * @param minimumAge    the youngest age it takes, or null for no limit given
 * @param notOnBail     not for people on bail or under police investigation
 * @param mustRecognise only for people who recognise, at least to some extent, that their
 *                      behaviour is abusive
 * @param risks         the levels of risk it works with; empty when the policy does not say
 */
public record Criteria(Integer minimumAge, boolean notOnBail, boolean mustRecognise, Set<Risk> risks) {

    /** The risk levels domestic abuse services assess (standard, medium, high). */
    public enum Risk {
        STANDARD, MEDIUM, HIGH;

        public static Optional<Risk> byId(String id) {
            for (Risk risk : values()) {
                if (risk.name().toLowerCase(Locale.ROOT).equals(id)) {
                    return Optional.of(risk);
                }
            }
            return Optional.empty();
        }
    }
}
