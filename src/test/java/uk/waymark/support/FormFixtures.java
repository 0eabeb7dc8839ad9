package uk.waymark.support;

import uk.waymark.questions.ChoiceQuestion;
import uk.waymark.questions.Form;
import uk.waymark.questions.Option;
import uk.waymark.questions.Question;
import uk.waymark.questions.TextFormat;
import uk.waymark.questions.TextQuestion;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A post of a form, built from its definition: every question answered as the form accepts it
 * (the first answer of each choice, the format's own example for text), then changed one
 * answer at a time. Tests say what differs from a good post, not the whole post.
 */
public final class FormFixtures {

    private final Form form;
    private final Map<String, Object> post = new LinkedHashMap<>();

    private FormFixtures(Form form) {
        this.form = form;
    }

    /** A post the form accepts, with every question it asks outright answered. */
    public static FormFixtures valid(Form form) {
        FormFixtures fixture = new FormFixtures(form);
        for (Question question : form.questions()) {
            if (question instanceof ChoiceQuestion choice) {
                fixture.choose(choice, choice.options().get(0));
            } else if (question instanceof TextQuestion text) {
                fixture.post.put(text.name(), goodText(text));
            }
        }
        return fixture;
    }

    /** Answers a question: for a choice, also the questions the chosen answer reveals, each with good text. */
    public FormFixtures with(String name, Object value) {
        Question question = question(name);
        if (question instanceof ChoiceQuestion choice && value instanceof String chosen && choice.option(chosen) != null) {
            choice.options().forEach(option -> option.reveals().forEach(revealed -> post.remove(revealed.name())));
            choose(choice, choice.option(chosen));
        } else {
            post.put(name, value);
        }
        return this;
    }

    /** Leaves a question unanswered. */
    public FormFixtures without(String name) {
        post.remove(name);
        return this;
    }

    public Map<String, Object> post() {
        return new LinkedHashMap<>(post);
    }

    /** A text answer the question accepts: its format's first example, or a few words within its limit. */
    public static String goodText(TextQuestion text) {
        if (text.format() != TextFormat.ANY) {
            return text.format().examples().get(0);
        }
        String words = "Some words for " + text.name();
        return words.length() <= text.max() ? words : words.substring(0, text.max());
    }

    private void choose(ChoiceQuestion choice, Option option) {
        post.put(choice.name(), choice.multiple() ? List.of(option.value()) : option.value());
        option.reveals().forEach(revealed -> post.put(revealed.name(), goodText(revealed)));
    }

    private Question question(String name) {
        return form.all().stream().filter(q -> q.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(form.name() + " has no question " + name));
    }
}
