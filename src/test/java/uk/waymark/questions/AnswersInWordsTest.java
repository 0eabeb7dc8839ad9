package uk.waymark.questions;

import org.junit.jupiter.api.Test;
import uk.waymark.content.PackLoader;
import uk.waymark.questions.AnswersInWords.Line;
import uk.waymark.support.FormFixtures;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A case's kept answers as the person reading the case sees them: the questions' words and the options' labels. */
class AnswersInWordsTest {

    private static final Form FORM = SelfReferral.form(new PackLoader(Path.of("content")).load("bolsover").provider());

    private static Map<String, Object> kept(Form form, FormFixtures post) {
        return form.read(new FormData(post.post())).kept();
    }

    @Test
    void aSelfReferralSaysHowToMakeContactSafelyFirstInTheFormsWords() {
        Map<String, Object> kept = kept(FORM, FormFixtures.valid(FORM)
                .with("safeTimes", List.of("weekday-mornings", "weekends"))
                .with("safeTimesDetail", "Not on Tuesdays")
                .with("voicemail", "no")
                .with("onlyYou", "not-sure")
                .with("codeWord", "bluebell")
                .with("unsafe", "He checks my phone\nafter 6pm"));
        assertEquals(List.of(
                new Line("How to contact", "Phone call"),
                new Line("Phone number", "01632960001"),
                new Line("When is it safe to contact you?", "Weekday mornings (9am to midday); Weekends"),
                new Line("Tell us more about when it is safe, or when it is not", "Not on Tuesdays"),
                new Line("Can we leave a message, such as a voicemail?", "No"),
                new Line("Can we say who we are if someone else answers?", "Yes"),
                new Line("Is the phone, email or device you gave us used only by you?", "I’m not sure"),
                new Line("Code word", "bluebell"),
                new Line("Is there anything that would make contact unsafe?", "He checks my phone\nafter 6pm")),
                AnswersInWords.of(FORM, kept, Part.SAFE_CONTACT));
    }

    @Test
    void theOtherAnswersAreTheOptionsLabelsAndTheTextAsGiven() {
        Map<String, Object> kept = kept(FORM, FormFixtures.valid(FORM)
                .with("name", "Sam")
                .with("housing", "tenant")
                .with("children", "no")
                .without("language")
                .with("interpreter", List.of("spoken-language", "bsl"))
                .without("staffGender")
                .with("help", List.of("legal-protection", "something-else"))
                .with("helpOther", "A lock on the back door")
                .with("consent", "yes"));
        assertEquals(List.of(
                new Line("What should we call you?", "Sam"),
                new Line("Which is true about your home?", "I rent my home from Bolsover District Council"),
                new Line("Do any children live with you?", "No"),
                new Line("Do you need an interpreter?", "An interpreter for a spoken language; A British Sign Language (BSL) interpreter"),
                new Line("What help would you like?", "Legal protection, such as a court order; Something else"),
                new Line("Tell us what help you would like", "A lock on the back door"),
                new Line("Can we share your details with specialist support services?", "Yes")),
                AnswersInWords.of(FORM, kept, Part.OTHER));
    }

    @Test
    void questionsLeftBlankAreLeftOut() {
        Map<String, Object> kept = kept(FORM, FormFixtures.valid(FORM).without("safeTimesDetail").without("codeWord")
                .without("unsafe").without("onlyYou").without("name").without("interpreter").without("help"));
        List<String> labels = AnswersInWords.of(FORM, kept).values().stream().flatMap(List::stream).map(Line::label).toList();
        assertEquals(List.of("How to contact", "Phone number", "When is it safe to contact you?",
                "Can we leave a message, such as a voicemail?", "Can we say who we are if someone else answers?",
                "Which is true about your home?", "Do any children live with you?", "Which language would you like us to use?",
                "Would you prefer to speak to a woman or a man?", "Can we share your details with specialist support services?"), labels);
    }

    @Test
    void eachContactMethodIsSaidWithTheDetailsItAskedFor() {
        assertEquals(List.of(new Line("How to contact", "At our Clowne office")),
                AnswersInWords.of(FORM, kept(FORM, FormFixtures.valid(FORM).with("method", "office:Clowne")), Part.SAFE_CONTACT).subList(0, 1));
        assertEquals(List.of(new Line("How to contact", "Through someone you trust"), new Line("Their name", "Jo"),
                        new Line("Their phone number", "07700900982")),
                AnswersInWords.of(FORM, kept(FORM, FormFixtures.valid(FORM).with("method", "trusted-person")
                        .with("trustedName", "Jo").with("trustedPhone", "07700 900 982")), Part.SAFE_CONTACT).subList(0, 3));
        assertEquals(List.of(new Line("How to contact", "BSL video call"),
                        new Line("Email address or mobile number for the video call", "sam@example.org")),
                AnswersInWords.of(FORM, kept(FORM, FormFixtures.valid(FORM).with("method", "bsl-video")
                        .with("bslContact", "sam@example.org")), Part.SAFE_CONTACT).subList(0, 2));
    }

    @Test
    void anAnonymousConcernSaysNotToMakeContact() {
        Map<String, Object> kept = kept(ConcernReport.FORM, FormFixtures.valid(ConcernReport.FORM)
                .with("noticed", "Shouting most nights").without("where"));
        Map<Part, List<Line>> lines = AnswersInWords.of(ConcernReport.FORM, kept);
        assertEquals(List.of(new Line("How to contact", "Do not contact: they want to stay anonymous")), lines.get(Part.SAFE_CONTACT));
        assertEquals(List.of(new Line("How do you know the person?", "I’m a neighbour"),
                new Line("What have you noticed?", "Shouting most nights"),
                new Line("Do any children live there?", "Yes")), lines.get(Part.OTHER));
    }

    @Test
    void aConcernWithContactSaysHowToReachTheReporter() {
        Map<String, Object> kept = kept(ConcernReport.FORM, FormFixtures.valid(ConcernReport.FORM).with("callBack", "yes")
                .with("reporterName", "Alex").with("reporterEmail", "alex@example.org").with("reporterSafeTimes", "After 7pm"));
        assertEquals(List.of(new Line("How to contact", "Phone call"), new Line("Your name", "Alex"),
                        new Line("Phone number", "01632960001"), new Line("Email address", "alex@example.org"),
                        new Line("When is it best to contact you?", "After 7pm")),
                AnswersInWords.of(ConcernReport.FORM, kept, Part.SAFE_CONTACT));
        Map<String, Object> emailOnly = kept(ConcernReport.FORM, FormFixtures.valid(ConcernReport.FORM).with("callBack", "yes")
                .with("reporterPhone", "").with("reporterEmail", "alex@example.org"));
        assertEquals(new Line("How to contact", "Email"), AnswersInWords.of(ConcernReport.FORM, emailOnly, Part.SAFE_CONTACT).get(0));
    }

    @Test
    void anAnswerTheFormNoLongerAsksForIsStillSaidLast() {
        Map<String, Object> kept = new LinkedHashMap<>(kept(ConcernReport.FORM, FormFixtures.valid(ConcernReport.FORM)));
        kept.put("children", "maybe");
        kept.put("pets", "A dog");
        List<Line> other = AnswersInWords.of(ConcernReport.FORM, kept, Part.OTHER);
        assertEquals(new Line("Do any children live there?", "maybe"), other.get(other.size() - 2));
        assertEquals(new Line("pets", "A dog"), other.get(other.size() - 1));
    }
}
