package uk.waymark.referral;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Produces;
import uk.waymark.content.SitePage;
import uk.waymark.intake.CaseKind;
import uk.waymark.questions.Questionnaires;

/**
 * "Report a concern": for neighbours, friends, family and people who work in someone's home.
 * Anonymous unless they ask to be contacted. A valid post becomes exactly one intake case.
 */
@Controller(ConcernController.PATH)
@Produces(MediaType.ALL) // whatever the Accept header says: see README, Decisions
final class ConcernController extends FormController {

    static final String PATH = "/report";

    ConcernController(Questionnaires forms, Submissions submissions) {
        super(new FormRoute(PATH, "referral/form", SitePage.CONCERN, forms.concern(), CaseKind.CONCERN,
                "Thank you for telling us", "Send"), submissions);
    }
}
