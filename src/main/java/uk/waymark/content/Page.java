package uk.waymark.content;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * A page of plain-English content, rendered from Markdown and sanitised.
 *
 * @param path          the URL path the page is served at
 * @param browserTitle  the neutral words at the start of the browser tab title
 * @param html          sanitised HTML of the body
 * @param anchors       ids of the page's headings as a link in content writes them (without
 *                      {@link #HEADING_ID_PREFIX}), for checking links to them
 * @param basedOnPolicy whether the page cites the provider's policy as its source
 * @param description   what search results and link previews show: the front matter's
 *                      {@code description}, else its summary; neutral like the tab title
 * @param routes        the home page's ways in, with their words; empty on every other page
 */
public record Page(
        String path,
        String title,
        String browserTitle,
        String summary,
        int order,
        String policySections,
        boolean basedOnPolicy,
        String html,
        Set<String> anchors,
        Path file,
        String description,
        List<Route> routes) {

    /**
     * Starts the id of every heading written in content, on the page and in every link to it, so
     * that a heading such as "Phone" or "Email" can never take the id of a form field or of the
     * layout. No id in the templates or the forms starts with it.
     */
    public static final String HEADING_ID_PREFIX = "section-";

    /** The id a content heading has on the page, from the id a link in content writes. */
    public static String headingId(String written) {
        return HEADING_ID_PREFIX + written;
    }

    /** One of the home page's ways in: where it leads, its link text and the line under it. */
    public record Route(String href, String text, String hint) {
    }
}
