package uk.waymark.referral;

import uk.waymark.content.Provider;
import uk.waymark.web.forms.Choice;
import uk.waymark.web.forms.Field;
import uk.waymark.web.forms.FormErrors;

import java.util.ArrayList;
import java.util.List;

/** The questions of "Contact us safely", filled with what was sent and any errors. */
final class ContactQuestions {

    private ContactQuestions() {
    }

    /** One group of questions under a heading. */
    record Section(String heading, List<Object> questions) {
    }

    /** A question is either a Choice or a Field; the template tells them apart by this wrapper. */
    record Question(Choice choice, Field field) {
    }

    static List<Section> of(ContactForm form, FormErrors errors, Provider provider) {
        // Only the ways the provider says it can contact someone (contactMethods in provider.yml).
        List<String[]> methods = new ArrayList<>(List.of(
                new String[] {"phone", "Phone call"},
                new String[] {"text", "Text message"},
                new String[] {"email", "Email"},
                new String[] {"bsl-video", "BSL video call", "We will arrange a British Sign Language interpreter"},
                new String[] {"relay-uk", "Relay UK call", "We call you through Relay UK, so you can type and read"},
                new String[] {"trusted-person", "Through someone you trust"}));
        methods.removeIf(option -> !provider.offers(option[0]));
        if (provider.offers("office")) {
            for (String office : provider.contact().offices()) {
                methods.add(new String[] {ContactForm.AT_OFFICE + office, "At our " + office + " office"});
            }
        }
        Choice method = Choice.radios("method", "How can we contact you safely?", "Choose the safest way. The team reads your answers about how and when to contact you first.",
                        methods, form.method(), errors.of("method"))
                .revealing("phone", List.of(Field.input("phone", "Phone number", "A UK number. You can start it with +44.",
                        "tel", "govuk-input--width-20", form.phone(), errors.of("phone"))))
                .revealing("text", List.of(Field.input("mobile", "Mobile number", null, "tel", "govuk-input--width-20",
                        form.mobile(), errors.of("mobile"))))
                .revealing("email", List.of(Field.input("email", "Email address", null, "email", null, form.email(),
                        errors.of("email"))))
                .revealing("bsl-video", List.of(Field.input("bslContact", "Email address or mobile number for the video call", null,
                        "text", null, form.bslContact(), errors.of("bslContact"))))
                .revealing("relay-uk", List.of(Field.input("relayPhone", "Phone number we should call", null, "tel",
                        "govuk-input--width-20", form.relayPhone(), errors.of("relayPhone"))))
                .revealing("trusted-person", List.of(
                        Field.input("trustedName", "Their name", null, "text", "govuk-input--width-20", form.trustedName(),
                                errors.of("trustedName")),
                        Field.input("trustedPhone", "Their phone number", null, "tel", "govuk-input--width-20", form.trustedPhone(),
                                errors.of("trustedPhone"))));

        List<Object> how = List.of(
                choice(method),
                choice(Choice.checkboxes("safeTimes", "When is it safe to contact you?", "Select all that apply.", List.of(
                        new String[] {"weekday-mornings", "Weekday mornings (9am to midday)"},
                        new String[] {"weekday-afternoons", "Weekday afternoons (midday to 5pm)"},
                        new String[] {"weekday-evenings", "Weekday evenings (5pm to 8pm)"},
                        new String[] {"weekends", "Weekends"},
                        new String[] {"any-time", "Any time"}), form.safeTimes(), errors.of("safeTimes"))),
                field(Field.textarea("safeTimesDetail", "Tell us more about when it is safe, or when it is not (optional)",
                        "For example, “only on Tuesdays after 10am” or “never at weekends”.", form.safeTimesDetail(),
                        errors.of("safeTimesDetail"))),
                choice(Choice.radios("voicemail", "Can we leave a message, such as a voicemail?", null, yesNo(), form.voicemail(),
                        errors.of("voicemail"))),
                choice(Choice.radios("sayWhoWeAre", "Can we say who we are if someone else answers?", null, yesNo(),
                        form.sayWhoWeAre(), errors.of("sayWhoWeAre"))),
                choice(Choice.radios("onlyYou", "Is the phone, email or device you gave us used only by you?",
                        "Leave this if we will contact you through someone you trust or at an office.", List.of(
                                new String[] {"yes", "Yes, only me"}, new String[] {"no", "No, someone else uses it too"},
                                new String[] {"not-sure", "I’m not sure"}), form.onlyYou(), errors.of("onlyYou"))),
                field(Field.input("codeWord", "Code word (optional)",
                        "A word we will say, or ask you to say, so you know it is really us.", "text", "govuk-input--width-20",
                        form.codeWord(), errors.of("codeWord"))),
                field(Field.textarea("unsafe", "Is there anything that would make contact unsafe? (optional)",
                        "For example, someone who checks your phone, or times when they are at home.", form.unsafe(),
                        errors.of("unsafe"))));

        List<Object> you = List.of(
                field(Field.input("name", "What should we call you? (optional)", "Any name. It does not have to be your real name.",
                        "text", "govuk-input--width-20", form.name(), errors.of("name"))),
                choice(Choice.radios("housing", "Which is true about your home?", null, List.of(
                        new String[] {"tenant", "I rent my home from " + provider.name()},
                        new String[] {"may-become-homeless", "I may lose my home, or have to leave it, in the next 56 days"},
                        new String[] {"not-tenant", "Neither of these"}), form.housing(), errors.of("housing"))),
                choice(Choice.radios("children", "Do any children live with you?", null, yesNo(), form.children(),
                        errors.of("children"))),
                field(Field.input("language", "Which language would you like us to use? (optional)", null, "text",
                        "govuk-input--width-20", form.language(), errors.of("language"))),
                choice(Choice.checkboxes("interpreter", "Do you need an interpreter? (optional)", "Select all that apply.", List.of(
                        new String[] {"spoken-language", "An interpreter for a spoken language"},
                        new String[] {"bsl", "A British Sign Language (BSL) interpreter"}), form.interpreter(), null)),
                choice(Choice.radios("staffGender", "Would you prefer to speak to a woman or a man? (optional)", null, List.of(
                        new String[] {"woman", "A woman"}, new String[] {"man", "A man"},
                        new String[] {"no-preference", "I do not mind"}), form.staffGender(), null)));

        Choice help = Choice.checkboxes("help", "What help would you like? (optional)", "Select all that apply.", List.of(
                        new String[] {"safe-at-home", "Help to stay safe at home"},
                        new String[] {"somewhere-safe-tonight", "Somewhere safe to stay tonight"},
                        new String[] {"moving", "Help to move home"},
                        new String[] {"specialist-support", "Support from a specialist domestic abuse service"},
                        new String[] {"legal-protection", "Legal protection, such as a court order"},
                        new String[] {"something-else", "Something else"}), form.help(), null)
                .revealing("something-else", List.of(Field.textarea("helpOther", "Tell us what help you would like", null,
                        form.helpOther(), errors.of("helpOther"))));
        List<Object> support = List.of(choice(help));

        List<Object> sharing = List.of(choice(Choice.radios("consent", "Can we share your details with specialist support services?",
                "We will only share what they need to help you. If a child or an adult is at serious risk of harm, we may have to "
                        + "share information with safeguarding services or the police, even if you say no. We would tell you first "
                        + "if it is safe to.", yesNo(), form.consent(), errors.of("consent"))));

        return List.of(new Section("How to contact you safely", how), new Section("About you", you),
                new Section("The help you want", support), new Section("Sharing your details", sharing));
    }

    private static Question choice(Choice choice) {
        return new Question(choice, null);
    }

    private static Question field(Field field) {
        return new Question(null, field);
    }

    private static List<String[]> yesNo() {
        return List.of(new String[] {"yes", "Yes"}, new String[] {"no", "No"});
    }
}
