package uk.waymark.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.waymark.web.forms.Screening;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ids written by content (its headings) and ids written by the templates and forms live apart:
 * every content heading id starts with {@link Page#HEADING_ID_PREFIX} and no template id can,
 * so no heading can ever take a form field's or the layout's id. Links in content still land.
 */
class HeadingIdsTest {

    private static final PackLoader LOADER = new PackLoader(Path.of("content"));
    private static final String PREFIX = Page.HEADING_ID_PREFIX;
    private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]*)\"");
    private static final Pattern ELEMENT_WITH_ID = Pattern.compile("<([a-z0-9]+)[^>]*\\bid=\"([^\"]*)\"");
    private static final Pattern HEADING = Pattern.compile("<h[2-4]\\b[^>]*>");
    private static final Pattern HREF = Pattern.compile("\\bhref=\"([^\"]*)\"");

    /**
     * The ids the templates make wholly from a value: form field names, their options' ids (the
     * name, then name-2, name-3...) and the honeypot. The Nu Html Checker test renders every form
     * with every field and checks that none of these starts with the prefix either.
     */
    private static final Set<String> FROM_FORM_NAMES = Set.of("{{name}}", "{{name}}-hint", "{{name}}-error", "{{id}}",
            "{{id}}-item-hint", "{{page.honeypot}}");

    static List<String> packs() {
        return LOADER.available();
    }

    /** The sanitiser writes '=' and '&' in addresses as character references. */
    private static String unescape(String attribute) {
        return Pattern.compile("&#(\\d+);").matcher(attribute.replace("&amp;", "&"))
                .replaceAll(r -> Character.toString(Integer.parseInt(r.group(1))));
    }

    @Test
    void noIdTheTemplatesWriteCanStartWithTheContentPrefix() throws IOException {
        List<String> ids = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("templates"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".hbs")).toList()) {
                Matcher m = ID.matcher(Files.readString(file));
                while (m.find()) {
                    ids.add(m.group(1));
                }
            }
        }
        assertTrue(ids.contains("main-content") && ids.contains("ways-to-contact-us") && ids.contains("{{name}}"),
                "the scan finds the layout's and the forms' ids: " + ids);
        for (String id : ids) {
            String literal = id.contains("{{") ? id.substring(0, id.indexOf("{{")) : id;
            if (literal.isEmpty()) {
                assertTrue(FROM_FORM_NAMES.contains(id), "an id made only from a value must be a known kind: " + id);
                continue;
            }
            // A literal start that is itself the start of the prefix ("sec{{x}}") could still become it.
            assertFalse(literal.startsWith(PREFIX) || PREFIX.startsWith(literal), "template id '" + id + "' could collide with a heading");
        }
        assertFalse(Screening.HONEYPOT.startsWith(PREFIX));
    }

    @ParameterizedTest
    @MethodSource("packs")
    void everyContentIdIsAPrefixedHeadingId(String packId) {
        Pack pack = LOADER.load(packId);
        int headings = 0;
        for (Page page : pack.pages().values()) {
            Matcher m = ELEMENT_WITH_ID.matcher(page.html());
            Set<String> written = new TreeSet<>();
            while (m.find()) {
                assertTrue(m.group(1).matches("h[2-4]"), page.path() + ": only headings carry ids, not <" + m.group(1) + ">");
                assertTrue(m.group(2).startsWith(PREFIX), page.path() + ": heading id '" + m.group(2) + "' lacks the prefix");
                written.add(m.group(2).substring(PREFIX.length()));
            }
            assertEquals(new TreeSet<>(page.anchors()), written, page.path() + ": the link check knows each heading by its written id");
            Matcher h = HEADING.matcher(page.html());
            while (h.find()) {
                assertTrue(h.group().contains(" id=\"" + PREFIX), page.path() + ": heading without a prefixed id: " + h.group());
                headings++;
            }
        }
        assertTrue(headings > 10, packId + " has headings to check: " + headings);
    }

    @Test
    void everyFragmentLinkInContentLandsOnItsHeading() {
        int checked = 0;
        for (String packId : packs()) {
            Pack pack = LOADER.load(packId);
            for (Page page : pack.pages().values()) {
                Matcher m = HREF.matcher(page.html());
                while (m.find()) {
                    String href = unescape(m.group(1));
                    if (!(href.startsWith("/") || href.startsWith("#")) || !href.contains("#")) {
                        continue;
                    }
                    String path = href.substring(0, href.indexOf('#'));
                    path = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
                    Page target = path.isEmpty() ? page : pack.pages().get(path);
                    String id = href.substring(href.indexOf('#') + 1);
                    assertTrue(target != null && target.html().contains(" id=\"" + id + "\""),
                            page.path() + ": link " + href + " lands on no element");
                    assertTrue(id.startsWith(PREFIX), page.path() + ": " + href);
                    checked++;
                }
            }
        }
        assertTrue(checked > 0, "the packs' pages link to headings: " + checked);
    }
}
