package uk.waymark.questions;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A form's answers as posted and cleaned ({@link Form#read}): every question's text (empty when
 * not given) or chosen values (only the offered ones), and the post itself, to tell an answer
 * that was too long from one that fits.
 */
public final class Answers {

    private final Form form;
    private final FormData posted;
    private final Map<String, Object> values;
    /** Each text answer's format checked once, for the check and for the case alike (a phone number's is dear). */
    private final Map<Checked, Optional<String>> checked = new HashMap<>();

    private record Checked(String name, TextFormat format) {
    }

    Answers(Form form, FormData posted, Map<String, Object> values) {
        this.form = form;
        this.posted = posted;
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public Form form() {
        return form;
    }

    /** A text answer, cleaned and within its limit; empty when not given. */
    public String text(String name) {
        return values.get(name) instanceof String text ? text : "";
    }

    /** A radio answer, or null when none (or no offered one) was chosen. */
    public String choice(String name) {
        return values.get(name) instanceof String value ? value : null;
    }

    /** A checkbox answer: the offered values chosen, in the form's order. */
    @SuppressWarnings("unchecked")
    public List<String> choices(String name) {
        return values.get(name) instanceof List<?> list ? (List<String>) list : List.of();
    }

    /** The question's answer as a case keeps it if it has the question's format; empty if it has not. */
    Optional<String> kept(TextQuestion question) {
        return checked.computeIfAbsent(new Checked(question.name(), question.format()),
                key -> key.format().keep(text(key.name())));
    }

    /** Whether the answer was sent longer than the question keeps. */
    boolean tooLong(TextQuestion question) {
        return posted.tooLong(question.name(), question.max());
    }

    /** What is missing or wrong, in the order the questions appear. */
    public FormErrors problems() {
        return form.check(this);
    }

    /** How contact is to be made, from the question kept as contact details; {@link ContactMethod#NONE} if there is none. */
    public ContactMethod contactMethod() {
        return form.contactMethod(this);
    }

    /** Whether the person said they are the provider's tenant. */
    public boolean tenant() {
        return form.tenant().holds(this);
    }

    /** What the case keeps: the safe-contact instructions first, then the other answers, each in page order. */
    public Map<String, Object> kept() {
        return form.kept(this);
    }

    /** The value of each question as posted, for showing the form again. */
    Map<String, Object> values() {
        return values;
    }
}
