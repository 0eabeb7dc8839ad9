package uk.waymark.web.forms;

import uk.waymark.questions.Answers;
import uk.waymark.questions.ChoiceQuestion;
import uk.waymark.questions.Form;
import uk.waymark.questions.FormErrors;
import uk.waymark.questions.Question;
import uk.waymark.questions.TextQuestion;

import java.util.ArrayList;
import java.util.List;

/**
 * A form's questions as the templates render them: GOV.UK radios, checkboxes, inputs and
 * textareas, filled with the answers given and each question's error.
 */
public final class QuestionViews {

    /** One group of questions under a heading. */
    public record Section(String heading, List<Item> questions) {
    }

    /** A question is either a Choice or a Field; the template tells them apart by this wrapper. */
    public record Item(Choice choice, Field field) {
    }

    private QuestionViews() {
    }

    /** Every section of the form, filled. */
    public static List<Section> sections(Answers answers, FormErrors errors) {
        return answers.form().sections().stream()
                .map(section -> new Section(section.heading(), section.questions().stream().map(q -> item(q, answers, errors)).toList()))
                .toList();
    }

    /** The questions of a form that asks only choices, filled. */
    public static List<Choice> choices(Answers answers, FormErrors errors) {
        return answers.form().questions().stream().map(q -> choice((ChoiceQuestion) q, answers, errors)).toList();
    }

    private static Item item(Question question, Answers answers, FormErrors errors) {
        return question instanceof ChoiceQuestion choice
                ? new Item(choice(choice, answers, errors), null)
                : new Item(null, field((TextQuestion) question, answers, errors));
    }

    static Choice choice(ChoiceQuestion question, Answers answers, FormErrors errors) {
        List<String> given = question.multiple() ? answers.choices(question.name())
                : answers.choice(question.name()) == null ? List.of() : List.of(answers.choice(question.name()));
        List<Choice.Option> options = new ArrayList<>();
        for (int i = 0; i < question.options().size(); i++) {
            var option = question.options().get(i);
            options.add(new Choice.Option(i == 0 ? question.name() : question.name() + "-" + (i + 1), option.value(), option.label(),
                    option.hint(), given.contains(option.value()),
                    option.reveals().stream().map(revealed -> field(revealed, answers, errors)).toList()));
        }
        return new Choice(question.name(), question.legend(), question.hint(), question.multiple() ? "checkboxes" : "radios",
                List.copyOf(options), errors.of(question.name()));
    }

    static Field field(TextQuestion question, Answers answers, FormErrors errors) {
        String value = answers.text(question.name());
        String error = errors.of(question.name());
        if (question.input() == TextQuestion.Input.TEXTAREA) {
            return Field.textarea(question.name(), question.label(), question.hint(), value, error);
        }
        return Field.input(question.name(), question.label(), question.hint(), question.input().type(),
                question.width() == 0 ? null : "govuk-input--width-" + question.width(), value, error);
    }
}
