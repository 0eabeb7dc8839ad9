package uk.waymark.directory;

import uk.waymark.content.Page;
import uk.waymark.content.Service;

import java.util.List;

/**
 * The support services page.
 *
 * @param areas     the provider's areas as radio buttons (with "Anywhere" first), or empty when
 *                  the provider has one set of services for its whole area
 * @param openNow   whether "open now" is ticked
 * @param checkedAt the UK time the opening hours were checked against, like "2:05pm"
 * @param results   services matching the filters
 * @param allDay    24-hour helplines, shown when nothing matches so nobody leaves empty-handed
 * @param emergency 999 and the other emergency routes, always shown first
 */
public record DirectoryView(Page page, List<Option> audiences, List<Option> channels, List<Option> areas,
                            boolean openNow, String checkedAt, List<Service> results,
                            boolean filtered, List<Service> allDay, List<Service> emergency) {

    /** A filter checkbox or radio button. */
    public record Option(String value, String label, boolean checked) {
    }

    public int count() {
        return results.size();
    }

    public boolean single() {
        return results.size() == 1;
    }
}
