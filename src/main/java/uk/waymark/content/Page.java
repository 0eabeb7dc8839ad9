package uk.waymark.content;

import java.nio.file.Path;
import java.util.Set;

/**
 * A page of plain-English content, rendered from Markdown and sanitised.
 *
 * @param path          the URL path the page is served at
 * @param browserTitle  the neutral words at the start of the browser tab title
 * @param html          sanitised HTML of the body
 * @param anchors       ids of the page's headings, for checking links to them
 * @param basedOnPolicy whether the page cites the provider's policy as its source
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
        Path file) {
}
