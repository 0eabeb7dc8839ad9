package uk.waymark.content;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Word stems that name the subject. The browser's history list, its address bar suggestions and a
 * tab's title show addresses and titles to anyone who picks up the device, so no address, query or
 * tab title the portal serves or links to may contain one. The pack check applies this to page
 * file names and tab titles; tests apply it to everything the portal serves.
 */
public final class NeutralWords {

    public static final List<String> STEMS = List.of(
            "abus", "domestic", "violen", "perpetrat", "behaviour", "concern", "worried", "safe", "danger",
            "hurt", "harm", "refuge", "stalk", "victim", "survivor", "police", "court", "injunction",
            "sanctuary", "risk");

    private NeutralWords() {
    }

    /** The first stem {@code text} contains, ignoring case, if any. */
    public static Optional<String> stemIn(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return STEMS.stream().filter(lower::contains).findFirst();
    }
}
