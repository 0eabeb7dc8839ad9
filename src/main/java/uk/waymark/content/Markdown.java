package uk.waymark.content;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.DefaultUrlSanitizer;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a page's Markdown into GOV.UK-styled HTML, then passes it through an OWASP HTML
 * Sanitizer policy, so that what reaches a page is only the few elements and classes plain
 * content needs, whatever a pack contains.
 */
final class Markdown {

    /** What the page may contain after sanitising. Anything else is removed. */
    static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("h2", "h3", "h4", "p", "ul", "ol", "li", "a", "strong", "em", "code",
                    "blockquote", "hr", "br", "table", "thead", "tbody", "tr", "th", "td")
            .allowAttributes("class").matching(Pattern.compile("govuk-[a-z0-9_-]+( govuk-[a-z0-9_-]+)*"))
            .globally()
            .allowAttributes("id").matching(Pattern.compile("[a-z0-9][a-z0-9-]*")).onElements("h2", "h3", "h4")
            .allowAttributes("scope").matching(true, "col", "row").onElements("th")
            .allowAttributes("href").onElements("a")
            .allowUrlProtocols("https", "mailto", "tel")
            .toFactory();

    private static final Pattern HEADING_ID = Pattern.compile("<h[2-4][^>]*\\bid=\"" + Pattern.quote(Page.HEADING_ID_PREFIX) + "([^\"]+)\"");

    private static final Map<Class<? extends Node>, String> CLASSES = Map.ofEntries(
            Map.entry(Paragraph.class, "govuk-body"),
            Map.entry(BulletList.class, "govuk-list govuk-list--bullet"),
            Map.entry(OrderedList.class, "govuk-list govuk-list--number"),
            Map.entry(Link.class, "govuk-link"),
            Map.entry(BlockQuote.class, "govuk-inset-text"),
            Map.entry(ThematicBreak.class, "govuk-section-break govuk-section-break--l govuk-section-break--visible"),
            Map.entry(TableBlock.class, "govuk-table"),
            Map.entry(TableHead.class, "govuk-table__head"),
            Map.entry(TableBody.class, "govuk-table__body"),
            Map.entry(TableRow.class, "govuk-table__row"));

    private static final String[] HEADING_CLASSES = {"", "govuk-heading-xl", "govuk-heading-l", "govuk-heading-m", "govuk-heading-s",
            "govuk-heading-s", "govuk-heading-s"};

    private final Parser parser = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    private final HtmlRenderer renderer = HtmlRenderer.builder()
            .extensions(List.of(TablesExtension.create(),
                    HeadingAnchorExtension.builder().idPrefix(Page.HEADING_ID_PREFIX).build()))
            .attributeProviderFactory(context -> Markdown::govukClasses)
            .escapeHtml(true)
            // Only the link kinds the pages use survive, tel: among them; the OWASP policy below
            // enforces the same list again on the finished HTML.
            .sanitizeUrls(true)
            .urlSanitizer(new DefaultUrlSanitizer(List.of("https", "mailto", "tel")))
            .build();

    /** A link written in the page, with the line of the file it is on. */
    record WrittenLink(String destination, int line) {
    }

    /** A structural rule the page breaks (a level-1 heading, raw HTML, an image). */
    record Misuse(String message, int line) {
    }

    record Rendered(String html, Set<String> anchors, List<WrittenLink> links, List<Misuse> misuses) {
    }

    /** Renders Markdown whose first line is line {@code firstLine} of its file. */
    Rendered render(String markdown, int firstLine) {
        Node document = parser.parse(markdown);
        List<WrittenLink> links = new ArrayList<>();
        List<Misuse> misuses = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                links.add(new WrittenLink(link.getDestination(), line(link, firstLine)));
                link.setDestination(toHeadingId(link.getDestination()));
                visitChildren(link);
            }

            @Override
            public void visit(Heading heading) {
                if (heading.getLevel() == 1) {
                    misuses.add(new Misuse("starts a level-1 heading: the page title is the only one; start at ##",
                            line(heading, firstLine)));
                }
                visitChildren(heading);
            }

            @Override
            public void visit(HtmlBlock html) {
                misuses.add(new Misuse("contains HTML, which is not shown; write it in Markdown", line(html, firstLine)));
            }

            @Override
            public void visit(HtmlInline html) {
                misuses.add(new Misuse("contains HTML, which is not shown; write it in Markdown", line(html, firstLine)));
            }

            @Override
            public void visit(Image image) {
                misuses.add(new Misuse("contains an image; pages carry text only", line(image, firstLine)));
            }
        });
        String html = sanitise(renderer.render(document));
        Set<String> anchors = new LinkedHashSet<>();
        Matcher m = HEADING_ID.matcher(html);
        while (m.find()) {
            anchors.add(m.group(1));
        }
        return new Rendered(html, anchors, links, misuses);
    }

    /**
     * A link within the portal ({@code #x}, {@code /path#x}) leads to the heading as the page
     * shows it, with {@link Page#HEADING_ID_PREFIX}; content writes the heading's own id. Other
     * links are kept as written.
     */
    static String toHeadingId(String destination) {
        int hash = destination.indexOf('#');
        if (hash < 0 || hash == destination.length() - 1 || !(destination.startsWith("/") || destination.startsWith("#"))) {
            return destination;
        }
        return destination.substring(0, hash + 1) + Page.headingId(destination.substring(hash + 1));
    }

    static String sanitise(String html) {
        return POLICY.sanitize(html);
    }

    private static void govukClasses(Node node, String tagName, Map<String, String> attributes) {
        if (node instanceof Heading heading) {
            attributes.put("class", HEADING_CLASSES[heading.getLevel()]);
        } else if (node instanceof TableCell cell) {
            attributes.put("class", cell.isHeader() ? "govuk-table__header" : "govuk-table__cell");
            if (cell.isHeader()) {
                attributes.put("scope", "col");
            }
        } else {
            String css = CLASSES.get(node.getClass());
            if (css != null) {
                attributes.put("class", css);
            }
        }
    }

    private static int line(Node node, int firstLine) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? firstLine : firstLine + spans.get(0).getLineIndex();
    }

}
