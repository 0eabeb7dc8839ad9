package uk.waymark.referral;

import uk.waymark.content.SitePage;
import uk.waymark.intake.CaseKind;
import uk.waymark.questions.Form;

/**
 * A form that becomes an intake case, as the portal serves it: its address, the template and
 * page it is shown with, its questions, the kind of case it opens and what its confirmation says.
 *
 * @param sentTitle   the confirmation's heading
 * @param submitLabel the button's words
 */
record FormRoute(String path, String template, SitePage page, Form form, CaseKind kind, String sentTitle, String submitLabel) {

    /** The form's name, for its tokens, its kept answers and reCAPTCHA. */
    String name() {
        return form.name();
    }
}
