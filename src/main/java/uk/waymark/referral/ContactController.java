package uk.waymark.referral;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Produces;
import uk.waymark.content.SitePage;
import uk.waymark.intake.CaseKind;
import uk.waymark.questions.Questionnaires;

/**
 * "Contact us safely": the self-referral. One page; every question is visible without
 * JavaScript. A valid post becomes exactly one intake case.
 */
@Controller(ContactController.PATH)
@Produces(MediaType.ALL) // whatever the Accept header says: see README, Decisions
final class ContactController extends FormController {

    static final String PATH = "/contact";

    ContactController(Questionnaires forms, Submissions submissions) {
        super(new FormRoute(PATH, "referral/form", SitePage.CONTACT, forms.selfReferral(), CaseKind.SELF_REFERRAL,
                "We have your message", "Send"), submissions);
    }
}
