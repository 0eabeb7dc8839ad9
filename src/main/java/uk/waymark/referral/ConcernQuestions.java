package uk.waymark.referral;

import uk.waymark.web.forms.Choice;
import uk.waymark.web.forms.Field;
import uk.waymark.web.forms.FormErrors;

import java.util.List;

/** The questions of "Report a concern", filled with what was sent and any errors. */
final class ConcernQuestions {

    private ConcernQuestions() {
    }

    static List<ContactQuestions.Section> of(ConcernForm form, FormErrors errors) {
        List<Object> concern = List.of(
                new ContactQuestions.Question(Choice.radios("relationship", "How do you know the person?", null, List.of(
                        new String[] {"neighbour", "I’m a neighbour"},
                        new String[] {"friend", "I’m a friend"},
                        new String[] {"family", "I’m family"},
                        new String[] {"work", "I work in or visit their home, for example as a contractor"},
                        new String[] {"other", "Another way"}), form.relationship(), errors.of("relationship")), null),
                new ContactQuestions.Question(null, Field.textarea("noticed", "What have you noticed?",
                        "What you have seen or heard, and when. Tell us what you know; you do not need to be sure.",
                        form.noticed(), errors.of("noticed"))),
                new ContactQuestions.Question(null, Field.input("where", "Where does the person live? (optional)",
                        "A street, estate or address, if you know it.", "text", null, form.where(), errors.of("where"))),
                new ContactQuestions.Question(Choice.radios("children", "Do any children live there?", null, List.of(
                        new String[] {"yes", "Yes"}, new String[] {"no", "No"}, new String[] {"not-sure", "I do not know"}),
                        form.children(), errors.of("children")), null));
        Choice callBack = Choice.radios("callBack", "Do you want us to contact you?",
                "You do not have to give your name. If you do not want us to contact you, leave this or select no.", List.of(
                        new String[] {"no", "No, I want to stay anonymous"},
                        new String[] {"yes", "Yes, you can contact me"}), form.callBack(), errors.of("callBack"))
                .revealing("yes", List.of(
                        Field.input("reporterName", "Your name (optional)", null, "text", "govuk-input--width-20",
                                form.reporterName(), errors.of("reporterName")),
                        Field.input("reporterPhone", "Phone number", null, "tel", "govuk-input--width-20", form.reporterPhone(),
                                errors.of("reporterPhone")),
                        Field.input("reporterEmail", "Email address", "Give a phone number, an email address or both.", "email",
                                null, form.reporterEmail(), errors.of("reporterEmail")),
                        Field.input("reporterSafeTimes", "When is it best to contact you? (optional)", null, "text", null,
                                form.reporterSafeTimes(), errors.of("reporterSafeTimes"))));
        return List.of(new ContactQuestions.Section("What you are worried about", concern),
                new ContactQuestions.Section("About you", List.of(new ContactQuestions.Question(callBack, null))));
    }
}
