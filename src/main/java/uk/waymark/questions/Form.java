package uk.waymark.questions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A form, defined once: its questions in order, in sections under headings. Reading a post,
 * checking it with the GOV.UK messages, the answers a case keeps (and which of them are
 * safe-contact instructions), and the questions the page shows all follow from this.
 *
 * @param name     the form's name: its tokens, kept answers and reCAPTCHA action are named after it
 * @param sections the questions, in page order; a section's heading may be null
 * @param tenant   when the answers say the person is the provider's tenant
 */
public record Form(String name, List<Section> sections, Condition tenant) {

    /** Questions under one heading (null for none). */
    public record Section(String heading, List<Question> questions) {
        public Section {
            questions = List.copyOf(questions);
        }
    }

    public Form {
        Objects.requireNonNull(name, "name");
        sections = List.copyOf(sections);
    }

    /** The questions asked outright, in page order. */
    public List<Question> questions() {
        return sections.stream().flatMap(section -> section.questions().stream()).toList();
    }

    /** Every question, those revealed by an answer after it, in page order. */
    public List<Question> all() {
        List<Question> all = new ArrayList<>();
        for (Question question : questions()) {
            all.add(question);
            if (question instanceof ChoiceQuestion choice) {
                choice.options().forEach(option -> all.addAll(option.reveals()));
            }
        }
        return List.copyOf(all);
    }

    /** The posted answers, cleaned: text within its limit, only the offered values of each choice. */
    public Answers read(FormData posted) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Question question : all()) {
            if (question instanceof TextQuestion text) {
                values.put(text.name(), posted.text(text.name(), text.max()));
            } else if (question instanceof ChoiceQuestion choice) {
                values.put(choice.name(), choice.multiple()
                        ? posted.choices(choice.name(), choice.values()) : posted.choice(choice.name(), choice.values()));
            }
        }
        return new Answers(this, posted, values);
    }

    /** The answers of an empty form. */
    public Answers empty() {
        return read(new FormData(Map.of()));
    }

    /**
     * What is missing or wrong, in page order. The questions an option reveals are checked after
     * their question; for contact details, only when their option is chosen.
     */
    FormErrors check(Answers answers) {
        var errors = new FormErrors();
        for (Question question : questions()) {
            if (question instanceof TextQuestion text) {
                errors.add(text.name(), text.problem(answers));
            } else if (question instanceof ChoiceQuestion choice) {
                errors.add(choice.name(), choice.problem(answers));
                for (Option option : choice.options()) {
                    if (!choice.contact() || chosen(choice, option, answers)) {
                        option.reveals().forEach(revealed -> errors.add(revealed.name(), revealed.problem(answers)));
                    }
                }
            }
        }
        return errors;
    }

    /** The keys the case keeps in this part. */
    public List<String> keys(Part part) {
        List<String> keys = new ArrayList<>();
        for (Question question : keptQuestions()) {
            if (question.part() == part) {
                keys.add(question.key());
            }
        }
        return List.copyOf(keys);
    }

    /** The questions kept each under its own key: those asked outright, and those revealed outside contact details. */
    private List<Question> keptQuestions() {
        List<Question> kept = new ArrayList<>();
        for (Question question : questions()) {
            kept.add(question);
            if (question instanceof ChoiceQuestion choice && !choice.contact()) {
                choice.options().forEach(option -> kept.addAll(option.reveals()));
            }
        }
        return kept;
    }

    Map<String, Object> kept(Answers answers) {
        Map<String, Object> kept = new LinkedHashMap<>();
        for (Part part : Part.values()) {
            for (Question question : keptQuestions()) {
                if (question.part() != part) {
                    continue;
                }
                if (question instanceof TextQuestion text) {
                    String answer = answers.text(text.name());
                    if (!answer.isEmpty()) {
                        kept.put(text.key(), answers.kept(text).orElse(answer));
                    }
                } else if (question instanceof ChoiceQuestion choice && choice.contact()) {
                    kept.put(choice.key(), contactDetails(choice, answers));
                } else if (question instanceof ChoiceQuestion choice && choice.multiple()) {
                    kept.put(choice.key(), answers.choices(choice.name()));
                } else if (question instanceof ChoiceQuestion choice && answers.choice(choice.name()) != null) {
                    kept.put(choice.key(), answers.choice(choice.name()));
                }
            }
        }
        return kept;
    }

    private static Map<String, Object> contactDetails(ChoiceQuestion choice, Answers answers) {
        Map<String, Object> details = new LinkedHashMap<>();
        Option option = choice.option(answers.choice(choice.name()));
        if (option == null) {
            details.put("method", ContactMethod.NONE.id());
            return details;
        }
        details.put("method", option.method().apply(answers).id());
        details.putAll(option.fixed());
        for (TextQuestion revealed : option.reveals()) {
            String answer = answers.text(revealed.name());
            if (!answer.isEmpty()) {
                details.put(revealed.key(), answers.kept(revealed).orElse(answer));
            }
        }
        return details;
    }

    ContactMethod contactMethod(Answers answers) {
        for (Question question : questions()) {
            if (question instanceof ChoiceQuestion choice && choice.contact()) {
                Option option = choice.option(answers.choice(choice.name()));
                return option == null ? ContactMethod.NONE : option.method().apply(answers);
            }
        }
        return ContactMethod.NONE;
    }

    private static boolean chosen(ChoiceQuestion choice, Option option, Answers answers) {
        return choice.multiple() ? answers.choices(choice.name()).contains(option.value())
                : option.value().equals(answers.choice(choice.name()));
    }
}
