package uk.waymark.content;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownTest {

    private final Markdown markdown = new Markdown();

    @Test
    void rendersGovukMarkupWithHeadingAnchors() {
        var rendered = markdown.render("## How to tell us\n\nCall [01246 242424](tel:01246242424).\n\n- one\n- two\n", 5);
        assertTrue(rendered.html().contains("<h2 id=\"section-how-to-tell-us\" class=\"govuk-heading-l\">How to tell us</h2>"), rendered.html());
        assertTrue(rendered.html().contains("<p class=\"govuk-body\">"), rendered.html());
        assertTrue(rendered.html().contains("<a href=\"tel:01246242424\" class=\"govuk-link\">01246 242424</a>"), rendered.html());
        assertTrue(rendered.html().contains("<ul class=\"govuk-list govuk-list--bullet\">"), rendered.html());
        assertTrue(rendered.anchors().contains("how-to-tell-us"));
        assertEquals(List.of(new Markdown.WrittenLink("tel:01246242424", 7)), rendered.links());
    }

    @Test
    void headingIdsFromContentCannotTakeAFieldsOrTheLayoutsId() {
        // The believe housing contact page had headings "Phone" and "Email" above a form whose
        // fields are phone and email: two elements each with one id, and labels that lost their field.
        var rendered = markdown.render("## Phone\n\nCall us.\n\n## Email\n\n### Main content\n\n#### Send\n", 1);
        assertEquals(List.of("section-phone", "section-email", "section-main-content", "section-send"), ids(rendered.html()));
        for (String id : ids(rendered.html())) {
            assertTrue(id.startsWith(Page.HEADING_ID_PREFIX), id);
        }
        // Links and the pack's link check keep using the heading's own id, as content writes it.
        assertEquals(List.of("phone", "email", "main-content", "send"), List.copyOf(rendered.anchors()));
    }

    @Test
    void aFragmentLinkStillLandsOnItsHeading() {
        var rendered = markdown.render("""
                ## Phone

                [Back to phone](#phone), [the exit button](/online#the-exit-button),
                [the directory](/services?for=women#results-x), [a page](/privacy),
                [elsewhere](https://www.example.org/page#phone), [call](tel:999)

                ## Phone
                """, 1);
        String html = rendered.html();
        assertTrue(html.contains("href=\"#section-phone\""), html);
        assertTrue(html.contains("id=\"section-phone\""), html);
        assertTrue(html.contains("href=\"/online#section-the-exit-button\""), html);
        assertTrue(html.contains("href=\"/services?for&#61;women#section-results-x\""), html);
        assertTrue(html.contains("href=\"/privacy\""), html);
        assertTrue(html.contains("href=\"https://www.example.org/page#phone\""), "another site's fragment is its own: " + html);
        // A second heading with the same text gets its own id, also prefixed, and a link can name it.
        assertEquals(List.of("section-phone", "section-phone-1"), ids(html));
        assertEquals(List.of("phone", "phone-1"), List.copyOf(rendered.anchors()));
        // What the pack check sees is the link as written.
        assertEquals("#phone", rendered.links().get(0).destination());
        assertEquals("/online#the-exit-button", rendered.links().get(1).destination());
        assertEquals("/online#" + Page.headingId("the-exit-button"), Markdown.toHeadingId("/online#the-exit-button"));
    }

    private static List<String> ids(String html) {
        return Pattern.compile("\\bid=\"([^\"]*)\"").matcher(html).results().map(m -> m.group(1)).toList();
    }

    @Test
    void rawHtmlScriptsAndImagesNeverReachThePageAndAreReported() {
        var rendered = markdown.render("""
                # A second title

                <script>alert(1)</script>

                Hello <img src=x onerror=alert(1)> there ![pic](https://example.com/x.png)

                [click](javascript:alert(1))
                """, 1);
        String html = rendered.html();
        // Raw HTML is shown as text, never as markup.
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img"), html);
        assertFalse(html.contains("onerror="), html);
        assertFalse(html.contains("javascript:"), html);
        assertFalse(html.contains("<h1"), html);
        List<Integer> lines = rendered.misuses().stream().map(Markdown.Misuse::line).toList();
        assertTrue(lines.containsAll(List.of(1, 3, 5)), "misuses reported on their lines: " + rendered.misuses());
    }

    @Test
    void theSanitiserPolicyKeepsOnlyWhatPagesUse() {
        String html = Markdown.sanitise("<p class=\"govuk-body\" style=\"color:red\" onclick=\"x()\">Hi <a href=\"https://a.example\" target=\"_blank\">a</a>"
                + "<iframe src=\"https://evil.example\"></iframe><form action=\"https://evil.example\"><input name=q></form></p>");
        assertFalse(html.contains("style"), html);
        assertFalse(html.contains("onclick"), html);
        assertFalse(html.contains("iframe"), html);
        assertFalse(html.contains("<form"), html);
        assertFalse(html.contains("<input"), html);
        assertTrue(html.contains("class=\"govuk-body\""), html);
        assertTrue(html.contains("href=\"https://a.example\""), html);
    }
}
