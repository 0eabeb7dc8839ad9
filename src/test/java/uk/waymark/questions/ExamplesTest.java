package uk.waymark.questions;

import org.junit.jupiter.api.Test;
import uk.waymark.content.PackLoader;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every example a form shows a person passes the form's own check: each format's examples, and
 * each "like …" in a question's messages, in every pack's forms.
 */
class ExamplesTest {

    private static final Pattern LIKE = Pattern.compile(", like (.+)$");

    @Test
    void everyExampleShownIsAccepted() {
        var loader = new PackLoader(Path.of("content"));
        List<Form> forms = new ArrayList<>(loader.available().stream().map(id -> SelfReferral.form(loader.load(id).provider())).toList());
        forms.add(ConcernReport.FORM);
        List<String> refused = new ArrayList<>();
        int checked = 0;
        for (Form form : forms) {
            for (Question question : form.all()) {
                if (!(question instanceof TextQuestion text)) {
                    continue;
                }
                for (String example : text.format().examples()) {
                    checked++;
                    if (!text.format().accepts(example)) {
                        refused.add(form.name() + "." + text.name() + ": its format's example " + example);
                    }
                }
                for (String message : Stream.of(text.wrongFormat(), text.missing(), text.tooLongMessage(), text.hint())
                        .filter(m -> m != null).toList()) {
                    Matcher like = LIKE.matcher(message);
                    if (!like.find()) {
                        continue;
                    }
                    for (String example : like.group(1).split(" or ")) {
                        checked++;
                        if (!text.format().accepts(example) || text.max() < example.length()) {
                            refused.add(form.name() + "." + text.name() + ": \"" + example + "\" in \"" + message + "\"");
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), refused);
        assertTrue(checked > 20, "examples checked: " + checked);
    }

    @Test
    void theCheckRefusesWhatItShouldSoThisTestCanFail() {
        assertTrue(!TextFormat.UK_MOBILE.accepts("01632 960 001"), "a landline is not a mobile");
        assertTrue(!TextFormat.EMAIL.accepts("name.example.com"));
        assertTrue(!TextFormat.UK_PHONE.accepts("12345"));
    }

    @Test
    void anAnswerIsKeptAsTheCheckReadItAndOnlyWhenItPasses() {
        assertEquals(Optional.of("07700900982"), TextFormat.UK_MOBILE.keep("+44 (0)7700 900 982"));
        assertEquals(Optional.of("01632960001"), TextFormat.UK_PHONE.keep("01632 960 001"));
        assertEquals(Optional.empty(), TextFormat.UK_MOBILE.keep("01632 960 001"));
        assertEquals(Optional.of("Name@Example.com"), TextFormat.EMAIL.keep("Name@Example.com"));
        assertEquals(Optional.of("anything at all"), TextFormat.ANY.keep("anything at all"));
    }
}
