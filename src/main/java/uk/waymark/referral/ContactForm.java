package uk.waymark.referral;

import uk.waymark.content.PhoneNumbers;
import uk.waymark.content.Provider;
import uk.waymark.web.forms.FormData;
import uk.waymark.web.forms.FormErrors;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * "Contact us safely", as posted and cleaned. Every value is plain text or one of the offered
 * answers; nothing else is kept. {@link #check} says what is missing or wrong in GOV.UK words,
 * and {@link #answers} is what the intake case stores, with how and when to make contact first.
 */
record ContactForm(
        String name,
        String method,
        String phone,
        String mobile,
        String email,
        String bslContact,
        String relayPhone,
        String trustedName,
        String trustedPhone,
        List<String> safeTimes,
        String safeTimesDetail,
        String voicemail,
        String sayWhoWeAre,
        String onlyYou,
        String codeWord,
        String unsafe,
        String housing,
        String children,
        String language,
        List<String> interpreter,
        String staffGender,
        List<String> help,
        String helpOther,
        String consent) implements Referral {

    static final int SHORT = 100;
    static final int LONG = 1000;
    static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,253}\\.[^@\\s.]{2,63}");

    static final List<String> METHODS = List.of("phone", "text", "email", "bsl-video", "relay-uk", "trusted-person");
    static final String AT_OFFICE = "office:";
    static final List<String> TIMES = List.of("weekday-mornings", "weekday-afternoons", "weekday-evenings", "weekends", "any-time");
    static final List<String> YES_NO = List.of("yes", "no");
    static final List<String> YES_NO_NOT_SURE = List.of("yes", "no", "not-sure");
    static final List<String> HOUSING = List.of("tenant", "may-become-homeless", "not-tenant");
    static final List<String> INTERPRETER = List.of("spoken-language", "bsl");
    static final List<String> GENDER = List.of("woman", "man", "no-preference");
    static final List<String> HELP = List.of("safe-at-home", "somewhere-safe-tonight", "moving", "specialist-support",
            "legal-protection", "something-else");

    /**
     * The methods offered: those of {@link #METHODS} the provider says it uses (contactMethods in
     * provider.yml), then one per office when it offers to meet at an office. A method the
     * provider has not offered is refused like any unknown answer.
     */
    static List<String> methods(Provider provider) {
        List<String> methods = new java.util.ArrayList<>(METHODS.stream().filter(provider::offers).toList());
        if (provider.offers("office")) {
            provider.contact().offices().forEach(office -> methods.add(AT_OFFICE + office));
        }
        return List.copyOf(methods);
    }

    static ContactForm from(FormData form, Provider provider) {
        return new ContactForm(
                form.text("name", SHORT),
                form.choice("method", methods(provider)),
                form.text("phone", SHORT),
                form.text("mobile", SHORT),
                form.text("email", 254),
                form.text("bslContact", SHORT),
                form.text("relayPhone", SHORT),
                form.text("trustedName", SHORT),
                form.text("trustedPhone", SHORT),
                form.choices("safeTimes", TIMES),
                form.text("safeTimesDetail", LONG),
                form.choice("voicemail", YES_NO),
                form.choice("sayWhoWeAre", YES_NO),
                form.choice("onlyYou", YES_NO_NOT_SURE),
                form.text("codeWord", SHORT),
                form.text("unsafe", LONG),
                form.choice("housing", HOUSING),
                form.choice("children", YES_NO),
                form.text("language", SHORT),
                form.choices("interpreter", INTERPRETER),
                form.choice("staffGender", GENDER),
                form.choices("help", HELP),
                form.text("helpOther", LONG),
                form.choice("consent", YES_NO));
    }

    static ContactForm empty(Provider provider) {
        return from(new FormData(Map.of()), provider);
    }

    /** The problems, in the order the questions appear on the page. */
    @Override
    public String contactMethod() {
        return contactDetails().get("method").toString();
    }

    @Override
    public boolean tenant() {
        return "tenant".equals(housing);
    }

    @Override
    public FormErrors check(FormData posted) {
        var errors = new FormErrors();
        if (method == null) {
            errors.add("method", "Select how we can contact you safely");
        } else if (!method.startsWith(AT_OFFICE)) {
            switch (method) {
                case "phone" -> ukPhone(posted, errors, "phone", phone, "Enter a phone number, like 01632 960 001 or 07700 900 982");
                case "text" -> mobile(posted, errors);
                case "email" -> {
                    if (posted.tooLong("email", 254)) {
                        errors.add("email", "The email address must be 254 characters or fewer");
                    } else if (email.isEmpty()) {
                        errors.add("email", "Enter an email address");
                    } else if (!EMAIL.matcher(email).matches()) {
                        errors.add("email", "Enter an email address in the correct format, like name@example.com");
                    }
                }
                case "bsl-video" -> {
                    tooLong(posted, errors, "bslContact", SHORT, "The email address or mobile number");
                    if (bslContact.isEmpty()) {
                        errors.add("bslContact", "Enter an email address or mobile number for the video call");
                    }
                }
                case "relay-uk" -> ukPhone(posted, errors, "relayPhone", relayPhone,
                        "Enter the phone number we should call through Relay UK, like 01632 960 001");
                case "trusted-person" -> {
                    tooLong(posted, errors, "trustedName", SHORT, "Their name");
                    if (trustedName.isEmpty()) {
                        errors.add("trustedName", "Enter the name of the person you trust");
                    }
                    ukPhone(posted, errors, "trustedPhone", trustedPhone, "Enter their phone number, like 01632 960 001 or 07700 900 982");
                }
                default -> throw new IllegalStateException("Unknown method " + method);
            }
        }
        if (safeTimes.isEmpty() && safeTimesDetail.isEmpty()) {
            errors.add("safeTimes", "Select when it is safe to contact you, or tell us in the box");
        }
        tooLong(posted, errors, "safeTimesDetail", LONG, "When it is safe");
        if (voicemail == null) {
            errors.add("voicemail", "Select yes if we can leave a message");
        }
        if (sayWhoWeAre == null) {
            errors.add("sayWhoWeAre", "Select yes if we can say who we are");
        }
        if (onlyYou == null && method != null && List.of("phone", "text", "email", "bsl-video", "relay-uk").contains(method)) {
            errors.add("onlyYou", "Select yes if only you use this phone or email");
        }
        tooLong(posted, errors, "codeWord", SHORT, "The code word");
        tooLong(posted, errors, "unsafe", LONG, "What would make contact unsafe");
        tooLong(posted, errors, "name", SHORT, "What we should call you");
        if (housing == null) {
            errors.add("housing", "Select which is true about your home");
        }
        if (children == null) {
            errors.add("children", "Select yes if children live with you");
        }
        tooLong(posted, errors, "language", SHORT, "The language");
        tooLong(posted, errors, "helpOther", LONG, "What other help you want");
        if (consent == null) {
            errors.add("consent", "Select yes if we can share your details with specialist services");
        }
        return errors;
    }

    private void mobile(FormData posted, FormErrors errors) {
        var digits = PhoneNumbers.fromPerson(mobile);
        if (mobile.isEmpty()) {
            errors.add("mobile", "Enter a mobile number");
        } else if (posted.tooLong("mobile", SHORT) || digits.isEmpty() || !digits.get().startsWith("07")) {
            errors.add("mobile", "Enter a UK mobile number, like 07700 900 982");
        }
    }

    private static void ukPhone(FormData posted, FormErrors errors, String field, String value, String format) {
        if (posted.tooLong(field, SHORT)) {
            errors.add(field, format);
        } else if (value.isEmpty()) {
            errors.add(field, format.replaceFirst(", like .*", ""));
        } else if (PhoneNumbers.fromPerson(value).isEmpty()) {
            errors.add(field, format);
        }
    }

    private static void tooLong(FormData posted, FormErrors errors, String field, int max, String what) {
        if (posted.tooLong(field, max)) {
            errors.add(field, what + " must be " + String.format("%,d", max) + " characters or fewer");
        }
    }

    /** The contact details for the chosen method only: what the case stores under "contact". */
    Map<String, Object> contactDetails() {
        Map<String, Object> details = new LinkedHashMap<>();
        if (method.startsWith(AT_OFFICE)) {
            details.put("method", "office");
            details.put("office", method.substring(AT_OFFICE.length()));
            return details;
        }
        details.put("method", method);
        switch (method) {
            case "phone" -> details.put("phone", normalisedPhone(phone));
            case "text" -> details.put("mobile", normalisedPhone(mobile));
            case "email" -> details.put("email", email);
            case "bsl-video" -> details.put("bslContact", bslContact);
            case "relay-uk" -> details.put("relayPhone", normalisedPhone(relayPhone));
            case "trusted-person" -> {
                details.put("trustedName", trustedName);
                details.put("trustedPhone", normalisedPhone(trustedPhone));
            }
            default -> throw new IllegalStateException("Unknown method " + method);
        }
        return details;
    }

    /** What the intake case keeps: safe-contact instructions first, then the rest. */
    @Override
    public Map<String, Object> answers() {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("contact", contactDetails());
        answers.put("safeTimes", safeTimes);
        put(answers, "safeTimesDetail", safeTimesDetail);
        answers.put("voicemail", voicemail);
        answers.put("sayWhoWeAre", sayWhoWeAre);
        if (onlyYou != null) {
            answers.put("onlyYou", onlyYou);
        }
        put(answers, "codeWord", codeWord);
        put(answers, "unsafe", unsafe);
        put(answers, "name", name);
        answers.put("housing", housing);
        answers.put("children", children);
        put(answers, "language", language);
        answers.put("interpreter", interpreter);
        if (staffGender != null) {
            answers.put("staffGender", staffGender);
        }
        answers.put("help", help);
        put(answers, "helpOther", helpOther);
        answers.put("consent", consent);
        return answers;
    }

    private static void put(Map<String, Object> answers, String key, String value) {
        if (!value.isEmpty()) {
            answers.put(key, value);
        }
    }

    private static String normalisedPhone(String written) {
        return PhoneNumbers.fromPerson(written).orElse(written);
    }
}
