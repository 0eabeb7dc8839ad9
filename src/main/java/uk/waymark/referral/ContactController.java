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
 * "Contact us safely": the self-referral. One page; every question is visible without
 * JavaScript. A valid post becomes exactly one intake case (see {@link Submissions}).
 */
@ExecuteOn(TaskExecutors.BLOCKING) // the posts write to the database: never on the event loop
@Controller(ContactController.PATH)
@Produces(MediaType.ALL) // whatever the Accept header says: see README, Decisions
final class ContactController {

    static final String PATH = "/contact";
    static final String FORM = "contact";

    private final Pack pack;
    private final Screening screening;
    private final FormPages pages;
    private final Submissions submissions;

    ContactController(Pack pack, Screening screening, FormPages pages, Submissions submissions) {
        this.pack = pack;
        this.screening = screening;
        this.pages = pages;
        this.submissions = submissions;
    }

    @Get
    HttpResponse<byte[]> show(HttpRequest<?> request) {
        return pages.emptyForm(request, "referral/contact", SitePage.CONTACT, FORM, token -> view(ContactForm.empty(pack.provider()), new FormErrors(), token));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<byte[]> send(@Nullable @Body Map<String, Object> body, HttpRequest<?> request) {
        return submissions.submit(request, body, FORM, CaseKind.SELF_REFERRAL, PATH,
                data -> ContactForm.from(data, pack.provider()),
                (form, errors) -> (shown, status) -> form(request, form, shown, status));
    }

    /**
     * The form again, with the answers a browser without the script sent (see {@link Submissions});
     * the empty form once they have expired.
     */
    @Get("/answers/{id}")
    HttpResponse<byte[]> answers(@PathVariable String id, HttpRequest<?> request) {
        return submissions.answers(id, FORM, data -> ContactForm.from(data, pack.provider()),
                (form, errors) -> (shown, status) -> form(request, form, shown, status))
                .orElseGet(() -> show(request));
    }

    @Get("/sent/{sealed}")
    HttpResponse<byte[]> sent(@PathVariable String sealed, HttpRequest<?> request) {
        return submissions.confirmation(request, sealed, "We have your message");
    }

    private HttpResponse<byte[]> form(HttpRequest<?> request, ContactForm form, FormErrors errors, HttpStatus status) {
        return pages.form(request, "referral/contact", SitePage.CONTACT, view(form, errors, screening.token(FORM)), FORM, status);
    }

    private FormPages.FormView view(ContactForm form, FormErrors errors, String token) {
        return new FormPages.FormView(pack.page(SitePage.CONTACT), PATH, token, ContactQuestions.of(form, errors, pack.provider()), errors.isEmpty() ? null : errors.summary(),
                pack.emergencyRoutes(), pack.provider().contact(), "Send");
    }
}
