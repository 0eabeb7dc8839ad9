package uk.waymark.questions;

import uk.waymark.content.Provider;
import uk.waymark.questions.Form.Section;
import uk.waymark.questions.TextQuestion.Input;

import java.util.ArrayList;
import java.util.List;

import static uk.waymark.questions.Option.of;

/**
 * "Contact us safely", the self-referral: how and when to make contact safely first, then about
 * the person, the help they want and consent to share. Adding a question is one entry here.
 */
public final class SelfReferral {

    public static final String NAME = "contact";

    private SelfReferral() {
    }

    /** The form for this provider: only the contact methods its policy offers, and its offices. */
    public static Form form(Provider provider) {
        ChoiceQuestion method = ChoiceQuestion.radios("method", "How can we contact you safely?", methods(provider))
                .withHint("Choose the safest way. The team reads your answers about how and when to contact you first.")
                .required("Select how we can contact you safely")
                .keptAsContact("contact");

        Section how = new Section("How to contact you safely", List.of(
                method,
                ChoiceQuestion.checkboxes("safeTimes", "When is it safe to contact you?", List.of(
                                of("weekday-mornings", "Weekday mornings (9am to midday)"),
                                of("weekday-afternoons", "Weekday afternoons (midday to 5pm)"),
                                of("weekday-evenings", "Weekday evenings (5pm to 8pm)"),
                                of("weekends", "Weekends"),
                                of("any-time", "Any time")))
                        .withHint("Select all that apply.")
                        .requiredWhen(answers -> answers.text("safeTimesDetail").isEmpty(),
                                "Select when it is safe to contact you, or tell us in the box")
                        .in(Part.SAFE_CONTACT),
                TextQuestion.textarea("safeTimesDetail", "Tell us more about when it is safe, or when it is not (optional)")
                        .withHint("For example, “only on Tuesdays after 10am” or “never at weekends”.")
                        .tooLong("When it is safe").in(Part.SAFE_CONTACT),
                ChoiceQuestion.radios("voicemail", "Can we leave a message, such as a voicemail?", yesNo())
                        .required("Select yes if we can leave a message").in(Part.SAFE_CONTACT),
                ChoiceQuestion.radios("sayWhoWeAre", "Can we say who we are if someone else answers?", yesNo())
                        .required("Select yes if we can say who we are").in(Part.SAFE_CONTACT),
                ChoiceQuestion.radios("onlyYou", "Is the phone, email or device you gave us used only by you?", List.of(
                                of("yes", "Yes, only me"), of("no", "No, someone else uses it too"), of("not-sure", "I’m not sure")))
                        .withHint("Leave this if we will contact you through someone you trust or at an office.")
                        .requiredWhen(answers -> answers.contactMethod().personalDevice(), "Select yes if only you use this phone or email")
                        .in(Part.SAFE_CONTACT),
                TextQuestion.text("codeWord", "Code word (optional)")
                        .withHint("A word we will say, or ask you to say, so you know it is really us.").withWidth(20)
                        .tooLong("The code word").in(Part.SAFE_CONTACT),
                TextQuestion.textarea("unsafe", "Is there anything that would make contact unsafe? (optional)")
                        .withHint("For example, someone who checks your phone, or times when they are at home.")
                        .tooLong("What would make contact unsafe").in(Part.SAFE_CONTACT)));

        Section you = new Section("About you", List.of(
                TextQuestion.text("name", "What should we call you? (optional)")
                        .withHint("Any name. It does not have to be your real name.").withWidth(20).tooLong("What we should call you"),
                ChoiceQuestion.radios("housing", "Which is true about your home?", List.of(
                                of("tenant", "I rent my home from " + provider.name()),
                                of("may-become-homeless", "I may lose my home, or have to leave it, in the next 56 days"),
                                of("not-tenant", "Neither of these")))
                        .required("Select which is true about your home"),
                ChoiceQuestion.radios("children", "Do any children live with you?", yesNo())
                        .required("Select yes if children live with you"),
                TextQuestion.text("language", "Which language would you like us to use? (optional)").withWidth(20)
                        .tooLong("The language"),
                ChoiceQuestion.checkboxes("interpreter", "Do you need an interpreter? (optional)", List.of(
                                of("spoken-language", "An interpreter for a spoken language"),
                                of("bsl", "A British Sign Language (BSL) interpreter")))
                        .withHint("Select all that apply."),
                ChoiceQuestion.radios("staffGender", "Would you prefer to speak to a woman or a man? (optional)", List.of(
                        of("woman", "A woman"), of("man", "A man"), of("no-preference", "I do not mind")))));

        Section help = new Section("The help you want", List.of(
                ChoiceQuestion.checkboxes("help", "What help would you like? (optional)", List.of(
                                of("safe-at-home", "Help to stay safe at home"),
                                of("somewhere-safe-tonight", "Somewhere safe to stay tonight"),
                                of("moving", "Help to move home"),
                                of("specialist-support", "Support from a specialist domestic abuse service"),
                                of("legal-protection", "Legal protection, such as a court order"),
                                of("something-else", "Something else").revealing(
                                        TextQuestion.textarea("helpOther", "Tell us what help you would like")
                                                .tooLong("What other help you want"))))
                        .withHint("Select all that apply.")));

        Section sharing = new Section("Sharing your details", List.of(
                ChoiceQuestion.radios("consent", "Can we share your details with specialist support services?", yesNo())
                        .withHint("We will only share what they need to help you. If a child or an adult is at serious risk of harm, "
                                + "we may have to share information with safeguarding services or the police, even if you say no. "
                                + "We would tell you first if it is safe to.")
                        .required("Select yes if we can share your details with specialist services")));

        return new Form(NAME, List.of(how, you, help, sharing), answers -> "tenant".equals(answers.choice("housing")));
    }

    /**
     * The methods offered: those the provider says it uses (contactMethods in provider.yml), each
     * revealing the details it needs, then one per office when it offers to meet at an office.
     */
    private static List<Option> methods(Provider provider) {
        List<Option> methods = new ArrayList<>();
        for (ContactMethod method : ContactMethod.values()) {
            if (method != ContactMethod.OFFICE && method != ContactMethod.NONE && provider.offers(method.id())) {
                methods.add(of(method.id(), method.label()).withHint(method.hint()).meaning(method)
                        .revealing(method.details().toArray(TextQuestion[]::new)));
            }
        }
        if (provider.offers(ContactMethod.OFFICE.id())) {
            for (String office : provider.contact().offices()) {
                methods.add(of("office:" + office, String.format(ContactMethod.OFFICE.label(), office))
                        .meaning(ContactMethod.OFFICE).keeping("office", office));
            }
        }
        return methods;
    }

    private static List<Option> yesNo() {
        return List.of(of("yes", "Yes"), of("no", "No"));
    }
}
