package uk.waymark.questions;

import uk.waymark.questions.Form.Section;
import uk.waymark.questions.TextQuestion.Input;

import java.util.List;

import static uk.waymark.questions.Option.of;

/**
 * "Report a concern", for neighbours, friends, family and people who work in someone's home.
 * Anonymous unless the person asks to be contacted; then how to reach them is the only
 * safe-contact instruction. Adding a question is one entry here.
 */
public final class ConcernReport {

    public static final String NAME = "concern";

    public static final Form FORM = form();

    private ConcernReport() {
    }

    private static Form form() {
        Section concern = new Section("What you are worried about", List.of(
                ChoiceQuestion.radios("relationship", "How do you know the person?", List.of(
                                of("neighbour", "I’m a neighbour"),
                                of("friend", "I’m a friend"),
                                of("family", "I’m family"),
                                of("work", "I work in or visit their home, for example as a contractor"),
                                of("other", "Another way")))
                        .required("Select how you know the person"),
                TextQuestion.textarea("noticed", "What have you noticed?")
                        .withHint("What you have seen or heard, and when. Tell us what you know; you do not need to be sure.")
                        .withMax(2000).required("Enter what you have noticed").tooLong("What you have noticed"),
                TextQuestion.text("where", "Where does the person live? (optional)")
                        .withHint("A street, estate or address, if you know it.").withMax(200).tooLong("Where they live"),
                ChoiceQuestion.radios("children", "Do any children live there?", List.of(
                                of("yes", "Yes"), of("no", "No"), of("not-sure", "I do not know")))
                        .required("Select yes if children live there")));

        String phone = "reporterPhone";
        String email = "reporterEmail";
        Section you = new Section("About you", List.of(
                ChoiceQuestion.radios("callBack", "Do you want us to contact you?", List.of(
                                of("no", "No, I want to stay anonymous").meaning(ContactMethod.NONE),
                                of("yes", "Yes, you can contact me")
                                        .meaning(answers -> answers.text(phone).isEmpty() ? ContactMethod.EMAIL : ContactMethod.PHONE)
                                        .revealing(
                                                TextQuestion.text("reporterName", "Your name (optional)").withWidth(20)
                                                        .tooLong("Your name").keptAs("name"),
                                                TextQuestion.text(phone, "Phone number").withInput(Input.TEL).withWidth(20)
                                                        .withFormat(TextFormat.UK_PHONE, "Enter a phone number, like 01632 960 001 or 07700 900 982")
                                                        .requiredWhen(answers -> answers.text(email).isEmpty(),
                                                                "Enter a phone number or an email address so we can contact you")
                                                        .keptAs("phone"),
                                                TextQuestion.text(email, "Email address").withHint("Give a phone number, an email address or both.")
                                                        .withInput(Input.EMAIL).withMax(254)
                                                        .withFormat(TextFormat.EMAIL, "Enter an email address in the correct format, like name@example.com")
                                                        .tooLong("Your email address").keptAs("email"),
                                                TextQuestion.text("reporterSafeTimes", "When is it best to contact you? (optional)")
                                                        .withMax(500).tooLong("When it is safe to contact you").keptAs("safeTimes"))))
                        .withHint("You do not have to give your name. If you do not want us to contact you, leave this or select no.")
                        .keptAsContact("contact")));

        return new Form(NAME, List.of(concern, you), Condition.NEVER);
    }
}
