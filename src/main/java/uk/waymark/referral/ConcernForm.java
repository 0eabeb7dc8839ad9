package uk.waymark.referral;

import uk.waymark.content.PhoneNumbers;
import uk.waymark.web.forms.FormData;
import uk.waymark.web.forms.FormErrors;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "Report a concern", as posted and cleaned: for neighbours, friends, family and people who
 * work in someone's home. Anonymous unless the person asks to be contacted.
 */
record ConcernForm(
        String relationship,
        String noticed,
        String where,
        String children,
        String callBack,
        String reporterName,
        String reporterPhone,
        String reporterEmail,
        String reporterSafeTimes) implements Referral {

    static final int SHORT = 100;
    static final int LONG = 2000;
    static final List<String> RELATIONSHIPS = List.of("neighbour", "friend", "family", "work", "other");
    static final List<String> YES_NO_NOT_SURE = List.of("yes", "no", "not-sure");
    static final List<String> CALL_BACK = List.of("no", "yes");

    static ConcernForm from(FormData form) {
        return new ConcernForm(
                form.choice("relationship", RELATIONSHIPS),
                form.text("noticed", LONG),
                form.text("where", 200),
                form.choice("children", YES_NO_NOT_SURE),
                form.choice("callBack", CALL_BACK),
                form.text("reporterName", SHORT),
                form.text("reporterPhone", SHORT),
                form.text("reporterEmail", 254),
                form.text("reporterSafeTimes", 500));
    }

    static ConcernForm empty() {
        return from(new FormData(Map.of()));
    }

    boolean wantsCallBack() {
        return "yes".equals(callBack);
    }

    @Override
    public String contactMethod() {
        return contactDetails().get("method").toString();
    }

    @Override
    public boolean tenant() {
        return false;
    }

    @Override
    public FormErrors check(FormData posted) {
        var errors = new FormErrors();
        if (relationship == null) {
            errors.add("relationship", "Select how you know the person");
        }
        if (noticed.isEmpty()) {
            errors.add("noticed", "Enter what you have noticed");
        } else if (posted.tooLong("noticed", LONG)) {
            errors.add("noticed", "What you have noticed must be 2,000 characters or fewer");
        }
        if (posted.tooLong("where", 200)) {
            errors.add("where", "Where they live must be 200 characters or fewer");
        }
        if (children == null) {
            errors.add("children", "Select yes if children live there");
        }
        if (wantsCallBack()) {
            if (posted.tooLong("reporterName", SHORT)) {
                errors.add("reporterName", "Your name must be 100 characters or fewer");
            }
            if (reporterPhone.isEmpty() && reporterEmail.isEmpty()) {
                errors.add("reporterPhone", "Enter a phone number or an email address so we can contact you");
            } else {
                if (!reporterPhone.isEmpty() && (posted.tooLong("reporterPhone", SHORT) || PhoneNumbers.fromPerson(reporterPhone).isEmpty())) {
                    errors.add("reporterPhone", "Enter a phone number, like 01632 960 001 or 07700 900 982");
                }
                if (posted.tooLong("reporterEmail", 254)) {
                    errors.add("reporterEmail", "Your email address must be 254 characters or fewer");
                } else if (!reporterEmail.isEmpty() && !ContactForm.EMAIL.matcher(reporterEmail).matches()) {
                    errors.add("reporterEmail", "Enter an email address in the correct format, like name@example.com");
                }
            }
            if (posted.tooLong("reporterSafeTimes", 500)) {
                errors.add("reporterSafeTimes", "When it is safe to contact you must be 500 characters or fewer");
            }
        }
        return errors;
    }

    /** How to reach the person reporting, first; "none" when they stay anonymous. */
    Map<String, Object> contactDetails() {
        Map<String, Object> contact = new LinkedHashMap<>();
        if (!wantsCallBack()) {
            contact.put("method", "none");
            return contact;
        }
        contact.put("method", reporterPhone.isEmpty() ? "email" : "phone");
        if (!reporterPhone.isEmpty()) {
            contact.put("phone", PhoneNumbers.fromPerson(reporterPhone).orElse(reporterPhone));
        }
        if (!reporterEmail.isEmpty()) {
            contact.put("email", reporterEmail);
        }
        if (!reporterSafeTimes.isEmpty()) {
            contact.put("safeTimes", reporterSafeTimes);
        }
        if (!reporterName.isEmpty()) {
            contact.put("name", reporterName);
        }
        return contact;
    }

    @Override
    public Map<String, Object> answers() {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("contact", contactDetails());
        answers.put("relationship", relationship);
        answers.put("noticed", noticed);
        if (!where.isEmpty()) {
            answers.put("where", where);
        }
        answers.put("children", children);
        return answers;
    }
}
