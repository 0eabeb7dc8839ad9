package uk.waymark.web.forms;

import org.junit.jupiter.api.Test;
import uk.waymark.content.PackLoader;
import uk.waymark.questions.Answers;
import uk.waymark.questions.ConcernReport;
import uk.waymark.questions.Form;
import uk.waymark.questions.FormData;
import uk.waymark.questions.FormErrors;
import uk.waymark.questions.SelfReferral;
import uk.waymark.support.FormFixtures;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The view models the templates render, built from a form's definition and its answers. */
class QuestionViewsTest {

    private static final Form FORM = SelfReferral.form(new PackLoader(Path.of("content")).load("bolsover").provider());

    private static Choice choice(List<QuestionViews.Section> sections, String name) {
        return sections.stream().flatMap(s -> s.questions().stream()).map(QuestionViews.Item::choice)
                .filter(c -> c != null && c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void anEmptyFormHasItsSectionsQuestionsAndNothingTicked() {
        Answers empty = FORM.empty();
        List<QuestionViews.Section> sections = QuestionViews.sections(empty, new FormErrors());
        assertEquals(List.of("How to contact you safely", "About you", "The help you want", "Sharing your details"),
                sections.stream().map(QuestionViews.Section::heading).toList());
        assertEquals(List.of(8, 6, 1, 1), sections.stream().map(s -> s.questions().size()).toList());
        Choice method = choice(sections, "method");
        assertEquals("radios", method.type());
        assertEquals(List.of("method", "method-2", "method-3"), method.options().stream().limit(3).map(Choice.Option::id).toList(),
                "the first option's id is the question's, so the error summary lands on it");
        assertTrue(method.options().stream().noneMatch(Choice.Option::checked));
        assertEquals("We will arrange a British Sign Language interpreter", method.options().get(3).hint());
        assertEquals("phone", method.options().get(0).reveal().get(0).name());
        assertEquals("tel", method.options().get(0).reveal().get(0).type());
        assertEquals("govuk-input--width-20", method.options().get(0).reveal().get(0).width());
        assertEquals(List.of(), method.options().get(6).reveal(), "an office asks nothing more");
        assertNull(method.error());
    }

    @Test
    void answersAndErrorsAreShownWhereTheyBelong() {
        Answers answers = FORM.read(new FormData(FormFixtures.valid(FORM).with("method", "email").with("email", "sam.example.org")
                .with("safeTimes", List.of("weekends", "any-time")).with("unsafe", "He checks my phone").post()));
        var errors = answers.problems();
        List<QuestionViews.Section> sections = QuestionViews.sections(answers, errors);
        Choice method = choice(sections, "method");
        assertTrue(method.options().get(2).checked());
        Field email = method.options().get(2).reveal().get(0);
        assertEquals("sam.example.org", email.value());
        assertEquals("Enter an email address in the correct format, like name@example.com", email.error());
        assertEquals("email-error", email.describedBy());
        Choice times = choice(sections, "safeTimes");
        assertEquals("checkboxes", times.type());
        assertEquals(List.of(false, false, false, true, true), times.options().stream().map(Choice.Option::checked).toList());
        Field unsafe = sections.get(0).questions().get(7).field();
        assertTrue(unsafe.multiline());
        assertEquals("He checks my phone", unsafe.value());
        assertNull(unsafe.error());
    }

    @Test
    void aFormOfChoicesAloneIsAListOfChoices() {
        Answers answers = ConcernReport.FORM.empty();
        List<QuestionViews.Section> sections = QuestionViews.sections(answers, answers.problems());
        assertEquals("Select how you know the person", choice(sections, "relationship").error());
        assertFalse(sections.get(1).questions().get(0).choice().options().get(1).reveal().isEmpty(), "yes reveals how to contact you");
    }
}
