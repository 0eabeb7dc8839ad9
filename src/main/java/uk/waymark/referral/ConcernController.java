package uk.waymark.referral;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import uk.waymark.content.Pack;
import uk.waymark.content.SitePage;
import uk.waymark.intake.CaseKind;
import uk.waymark.web.forms.FormErrors;
import uk.waymark.web.forms.FormPages;
import uk.waymark.web.forms.Screening;

import java.util.Map;

/**
 * "Report a concern": for neighbours, friends, family and people who work in someone's home.
 * Anonymous unless they ask to be contacted. A valid post becomes exactly one intake case.
 */
@ExecuteOn(TaskExecutors.BLOCKING) // the posts write to the database: never on the event loop
@Controller(ConcernController.PATH)
@Produces(MediaType.ALL) // whatever the Accept header says: see README, Decisions
final class ConcernController {

    static final String PATH = "/report";
    static final String FORM = "concern";

    private final Pack pack;
    private final Screening screening;
    private final FormPages pages;
    private final Submissions submissions;

    ConcernController(Pack pack, Screening screening, FormPages pages, Submissions submissions) {
        this.pack = pack;
        this.screening = screening;
        this.pages = pages;
        this.submissions = submissions;
    }

    @Get
    HttpResponse<byte[]> show(HttpRequest<?> request) {
        return pages.emptyForm(request, "referral/concern", SitePage.CONCERN, FORM, token -> view(ConcernForm.empty(), new FormErrors(), token));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<byte[]> send(@Nullable @Body Map<String, Object> body, HttpRequest<?> request) {
        return submissions.submit(request, body, FORM, CaseKind.CONCERN, PATH,
                ConcernForm::from,
                (form, errors) -> (shown, status) -> form(request, form, shown, status));
    }

    /**
     * The form again, with the answers a browser without the script sent (see {@link Submissions});
     * the empty form once they have expired.
     */
    @Get("/answers/{id}")
    HttpResponse<byte[]> answers(@PathVariable String id, HttpRequest<?> request) {
        return submissions.answers(id, FORM, ConcernForm::from,
                (form, errors) -> (shown, status) -> form(request, form, shown, status))
                .orElseGet(() -> show(request));
    }

    @Get("/sent/{sealed}")
    HttpResponse<byte[]> sent(@PathVariable String sealed, HttpRequest<?> request) {
        return submissions.confirmation(request, sealed, "Thank you for telling us");
    }

    private HttpResponse<byte[]> form(HttpRequest<?> request, ConcernForm form, FormErrors errors, HttpStatus status) {
        return pages.form(request, "referral/concern", SitePage.CONCERN, view(form, errors, screening.token(FORM)), FORM, status);
    }

    private FormPages.FormView view(ConcernForm form, FormErrors errors, String token) {
        return new FormPages.FormView(pack.page(SitePage.CONCERN), PATH, token, ConcernQuestions.of(form, errors),
                errors.isEmpty() ? null : errors.summary(), pack.emergencyRoutes(), pack.provider().contact(), "Send");
    }
}
