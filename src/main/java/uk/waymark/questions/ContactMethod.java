package uk.waymark.questions;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import uk.waymark.questions.TextQuestion.Input;

/**
 * The ways the team may make contact: each with its id in a case, its label on the form, how the
 * confirmation says it, and the details it asks for when chosen. A provider offers those its
 * policy names (contactMethods in provider.yml); {@link #NONE} is an anonymous concern.
 */
public enum ContactMethod {

    PHONE("phone", "Phone call", null, "phone", true, List.of(
            TextQuestion.text("phone", "Phone number").withHint("A UK number. You can start it with +44.").withInput(Input.TEL).withWidth(20)
                    .withFormat(TextFormat.UK_PHONE, "Enter a phone number, like 01632 960 001 or 07700 900 982")
                    .required("Enter a phone number"))),
    TEXT("text", "Text message", null, "text message", true, List.of(
            TextQuestion.text("mobile", "Mobile number").withInput(Input.TEL).withWidth(20)
                    .withFormat(TextFormat.UK_MOBILE, "Enter a UK mobile number, like 07700 900 982")
                    .required("Enter a mobile number"))),
    EMAIL("email", "Email", null, "email", true, List.of(
            TextQuestion.text("email", "Email address").withInput(Input.EMAIL).withMax(254)
                    .withFormat(TextFormat.EMAIL, "Enter an email address in the correct format, like name@example.com")
                    .tooLong("The email address").required("Enter an email address"))),
    BSL_VIDEO("bsl-video", "BSL video call", "We will arrange a British Sign Language interpreter", "a BSL video call", true, List.of(
            TextQuestion.text("bslContact", "Email address or mobile number for the video call")
                    .tooLong("The email address or mobile number").required("Enter an email address or mobile number for the video call"))),
    RELAY_UK("relay-uk", "Relay UK call", "We call you through Relay UK, so you can type and read", "a Relay UK call", true, List.of(
            TextQuestion.text("relayPhone", "Phone number we should call").withInput(Input.TEL).withWidth(20)
                    .withFormat(TextFormat.UK_PHONE, "Enter the phone number we should call through Relay UK, like 01632 960 001")
                    .required("Enter the phone number we should call through Relay UK"))),
    TRUSTED_PERSON("trusted-person", "Through someone you trust", null, "the person you trust", false, List.of(
            TextQuestion.text("trustedName", "Their name").withWidth(20).tooLong("Their name")
                    .required("Enter the name of the person you trust"),
            TextQuestion.text("trustedPhone", "Their phone number").withInput(Input.TEL).withWidth(20)
                    .withFormat(TextFormat.UK_PHONE, "Enter their phone number, like 01632 960 001 or 07700 900 982")
                    .required("Enter their phone number"))),
    /** At one of the provider's offices: the form offers one answer per office. */
    OFFICE("office", "At our %s office", null, "arranging to see you at our office", false, List.of()),
    /** No contact: a concern from someone who wants to stay anonymous. */
    NONE("none", null, null, "", false, List.of());

    private final String id;
    private final String label;
    private final String hint;
    private final String confirmation;
    private final boolean personalDevice;
    private final List<TextQuestion> details;

    ContactMethod(String id, String label, String hint, String confirmation, boolean personalDevice, List<TextQuestion> details) {
        this.id = id;
        this.label = label;
        this.hint = hint;
        this.confirmation = confirmation;
        this.personalDevice = personalDevice;
        this.details = details.stream().map(question -> question.in(Part.SAFE_CONTACT)).toList();
    }

    /** The id a case and provider.yml use. */
    public String id() {
        return id;
    }

    /** The answer's label on the form; for {@link #OFFICE}, a format for the office's name. */
    public String label() {
        return label;
    }

    public String hint() {
        return hint;
    }

    /** How the confirmation says it: "We will contact you by …". */
    public String confirmation() {
        return confirmation;
    }

    /** Whether contact reaches a phone, inbox or device the person may share. */
    public boolean personalDevice() {
        return personalDevice;
    }

    /** The details this method asks for when it is chosen. */
    public List<TextQuestion> details() {
        return details;
    }

    public static Optional<ContactMethod> byId(String id) {
        return Arrays.stream(values()).filter(method -> method.id.equals(id)).findFirst();
    }
}
