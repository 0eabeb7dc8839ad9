package uk.waymark.content;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MarkdownTest {

    private final Markdown markdown = new Markdown();

    @Test
    void rendersGovukMarkupWithHeadingAnchors() {
        var rendered = markdown.render("## How to tell us\n\nCall [01246 242424](tel:01246242424).\n\n- one\n- two\n", 5);
        assertTrue(rendered.html().contains("<h2 id=\"how-to-tell-us\" class=\"govuk-heading-l\">How to tell us</h2>"), rendered.html());
        assertTrue(rendered.html().contains("<p class=\"govuk-body\">"), rendered.html());
        assertTrue(rendered.html().contains("<a href=\"tel:01246242424\" class=\"govuk-link\">01246 242424</a>"), rendered.html());
        assertTrue(rendered.html().contains("<ul class=\"govuk-list govuk-list--bullet\">"), rendered.html());
        assertTrue(rendered.anchors().contains("how-to-tell-us"));
        assertEquals(List.of(new Markdown.WrittenLink("tel:01246242424", 7)), rendered.links());
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
