package uk.waymark.questions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A case's answers in words, for the person who reads the case: each question as the form asked
 * it and each answer as the person chose it (an option's label, never its value) or wrote it.
 * The safe-contact instructions come first, then the rest, each in the form's order; questions
 * left blank are left out.
 */
public final class AnswersInWords {

    /** The first line of the contact details. */
    public static final String HOW_TO_CONTACT = "How to contact";

    /** How an anonymous concern's contact method is said. */
    public static final String NO_CONTACT = "Do not contact: they want to stay anonymous";

    private static final String OPTIONAL = " (optional)";

    /** Between the answers of a checkbox question: their labels may have commas. */
    private static final String BETWEEN = "; ";

    /**
     * One answer.
     *
     * @param label  what was asked, without "(optional)"
     * @param answer the answer in words: an option's label, several joined with "; ", or the text as given
     */
    public record Line(String label, String answer) {
        public Line {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(answer, "answer");
        }
    }

    private AnswersInWords() {
    }

    /**
     * Every answer kept, by part: {@link Part#SAFE_CONTACT} first, then {@link Part#OTHER}, each in
     * the form's order. A kept answer the form no longer asks for comes last, under its key, so
     * nothing a person sent is left unsaid.
     *
     * @param kept what {@link Answers#kept()} gave: each answer under its question's key
     */
    public static Map<Part, List<Line>> of(Form form, Map<String, ?> kept) {
        Map<Part, List<Line>> lines = new EnumMap<>(Part.class);
        Set<String> said = new HashSet<>();
        for (Part part : Part.values()) {
            List<Line> inPart = new ArrayList<>();
            for (Question question : keptQuestions(form)) {
                if (question.part() == part && kept.containsKey(question.key()) && said.add(question.key())) {
                    inPart.addAll(lines(question, kept.get(question.key())));
                }
            }
            lines.put(part, inPart);
        }
        kept.forEach((key, value) -> {
            if (!said.contains(key)) {
                answer(value).ifPresent(answer -> lines.get(Part.OTHER).add(new Line(key, answer)));
            }
        });
        lines.replaceAll((part, inPart) -> List.copyOf(inPart));
        return lines;
    }

    /** The answers kept in one part, in the form's order. */
    public static List<Line> of(Form form, Map<String, ?> kept, Part part) {
        return of(form, kept).get(part);
    }

    /** The questions whose answers are kept under their own keys, in page order (as {@link Form#kept} keeps them). */
    private static List<Question> keptQuestions(Form form) {
        List<Question> questions = new ArrayList<>();
        for (Question question : form.questions()) {
            questions.add(question);
            if (question instanceof ChoiceQuestion choice && !choice.contact()) {
                choice.options().forEach(option -> questions.addAll(option.reveals()));
            }
        }
        return questions;
    }

    private static List<Line> lines(Question question, Object value) {
        if (question instanceof ChoiceQuestion choice && choice.contact()) {
            return value instanceof Map<?, ?> details ? contact(choice, details) : List.of();
        }
        Optional<String> answer = question instanceof ChoiceQuestion choice ? chosen(choice, value) : answer(value);
        return answer.map(words -> List.of(new Line(label(question), words))).orElse(List.of());
    }

    /** How to contact, then each detail given for it under the label of the question that asked for it. */
    private static List<Line> contact(ChoiceQuestion choice, Map<?, ?> details) {
        List<Line> lines = new ArrayList<>();
        Object id = details.get("method");
        Optional<ContactMethod> method = ContactMethod.byId(String.valueOf(id));
        Object office = details.get("office");
        lines.add(new Line(HOW_TO_CONTACT, method.map(known -> switch (known) {
            case NONE -> NO_CONTACT;
            case OFFICE -> office == null ? "At an office" : String.format(known.label(), office);
            default -> known.label();
        }).orElse(String.valueOf(id))));
        details.forEach((key, value) -> {
            boolean saidAlready = "method".equals(key) || ("office".equals(key) && method.orElse(null) == ContactMethod.OFFICE);
            if (!saidAlready) {
                answer(value).ifPresent(answer -> lines.add(new Line(detailLabel(choice, String.valueOf(key)), answer)));
            }
        });
        return lines;
    }

    private static String detailLabel(ChoiceQuestion choice, String key) {
        return choice.options().stream().flatMap(option -> option.reveals().stream())
                .filter(revealed -> revealed.key().equals(key)).findFirst()
                .map(AnswersInWords::label).orElse(key);
    }

    /** The chosen options' labels; a value the form does not offer (any more) as it was kept. */
    private static Optional<String> chosen(ChoiceQuestion choice, Object value) {
        List<String> labels = new ArrayList<>();
        Collection<?> values = value instanceof Collection<?> many ? many : value == null ? List.of() : List.of(value);
        for (Object one : values) {
            Option option = choice.option(String.valueOf(one));
            labels.add(option == null ? String.valueOf(one) : option.label());
        }
        return labels.isEmpty() ? Optional.empty() : Optional.of(String.join(BETWEEN, labels));
    }

    private static Optional<String> answer(Object value) {
        if (value == null) {
            return Optional.empty();
        }
        String answer = value instanceof Collection<?> many
                ? String.join(BETWEEN, many.stream().map(String::valueOf).toList())
                : String.valueOf(value);
        return answer.isEmpty() ? Optional.empty() : Optional.of(answer);
    }

    /** The question as asked, without "(optional)": the reader needs what was asked, not whether it had to be. */
    static String label(Question question) {
        String label = question instanceof TextQuestion text ? text.label() : ((ChoiceQuestion) question).legend();
        return label.endsWith(OPTIONAL) ? label.substring(0, label.length() - OPTIONAL.length()) : label;
    }
}
