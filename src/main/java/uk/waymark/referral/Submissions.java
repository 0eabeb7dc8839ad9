package uk.waymark.referral;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import uk.waymark.intake.CaseKind;
import uk.waymark.intake.CaseReference;
import uk.waymark.intake.IntakeCases;
import uk.waymark.web.forms.FormData;
import uk.waymark.web.forms.FormDrafts;
import uk.waymark.web.forms.FormErrors;
import uk.waymark.web.forms.FormPages;
import uk.waymark.web.forms.FormProtection;
import uk.waymark.web.forms.Screening;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The one way a posted form becomes an intake case. A post from another site is refused; a
 * stale form, a problem with an answer or the rate limit shows the form again with every answer
 * kept; otherwise exactly one case is opened, committed, and the browser is sent (303) to the
 * sealed confirmation. A form sent without the portal's script is never answered with a page
 * (the browser would keep the body with it): it is sent (303) to its answers, kept in
 * {@link FormDrafts}.
 */
@Singleton
final class Submissions {

    /** Shows the form again with its answers, these errors and this status. */
    interface Reshow {
        HttpResponse<byte[]> show(FormErrors errors, HttpStatus status);
    }

    private final IntakeCases cases;
    private final Screening screening;
    private final FormPages pages;
    private final Confirmations confirmations;
    private final FormDrafts drafts;

    Submissions(IntakeCases cases, Screening screening, FormPages pages, Confirmations confirmations, FormDrafts drafts) {
        this.cases = cases;
        this.screening = screening;
        this.pages = pages;
        this.confirmations = confirmations;
        this.drafts = drafts;
    }

    <R extends Referral> HttpResponse<byte[]> submit(HttpRequest<?> request, Map<String, Object> body, String form, CaseKind kind,
                                                      String path, Function<FormData, R> read,
                                                      java.util.function.BiFunction<R, FormErrors, Reshow> reshow) {
        var data = new FormData(body);
        FormProtection.Verdict origin = screening.origin(request, form, data);
        if (origin == FormProtection.Verdict.CROSS_SITE) {
            return pages.crossSite(request);
        }
        R referral = read.apply(data);
        FormDrafts.Reason reason = origin == FormProtection.Verdict.STALE ? FormDrafts.Reason.STALE : FormDrafts.Reason.ANSWERS;
        FormErrors errors = errors(reason, referral, data);
        if (errors.isEmpty() && !screening.withinRateLimit(request)) {
            reason = FormDrafts.Reason.RATE_LIMITED;
            errors = errors(reason, referral, data);
        }
        if (!errors.isEmpty()) {
            if (FormDrafts.isNavigation(request)) {
                return toAnswers(path, form, reason, body);
            }
            return reshow.apply(referral, errors).show(errors, reason == FormDrafts.Reason.RATE_LIMITED
                    ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.UNPROCESSABLE_ENTITY);
        }
        CaseReference reference = cases.open(kind, screening.verification(data, form), referral.answers());
        String sealed = confirmations.seal(new Confirmations.Sent(reference.value(), referral.contactMethod(), referral.tenant()));
        return HttpResponse.seeOther(URI.create(path + "/sent/" + sealed));
    }

    private HttpResponse<byte[]> toAnswers(String path, String form, FormDrafts.Reason reason, Map<String, Object> body) {
        return HttpResponse.seeOther(URI.create(path + "/answers/" + drafts.keep(form, reason, body == null ? Map.of() : body)));
    }

    /**
     * A form shown again from the answers kept for it, with the same messages as when it was sent
     * (nothing is sent again); empty once they have expired, so the caller shows the empty form.
     */
    <R extends Referral> Optional<HttpResponse<byte[]>> answers(String id, String form, Function<FormData, R> read,
                                                                 java.util.function.BiFunction<R, FormErrors, Reshow> reshow) {
        return drafts.find(form, id).map(draft -> {
            var data = new FormData(draft.body());
            R referral = read.apply(data);
            FormErrors errors = errors(draft.reason(), referral, data);
            return reshow.apply(referral, errors).show(errors, HttpStatus.OK);
        });
    }

    /**
     * What the form says when it is shown again: over the rate limit, only that (the answers
     * passed their checks); otherwise the stale-form message if it applies, then each answer's.
     */
    private FormErrors errors(FormDrafts.Reason reason, Referral referral, FormData data) {
        var errors = new FormErrors();
        if (reason == FormDrafts.Reason.RATE_LIMITED) {
            return errors.add("send", screening.rateLimitMessage());
        }
        if (reason == FormDrafts.Reason.STALE) {
            errors.add("send", FormPages.STALE_MESSAGE);
        }
        referral.check(data).summary().forEach(line -> errors.add(line.href().substring(1), line.text()));
        return errors;
    }

    /** The confirmation page for a sealed link, or the kind "expired" page. */
    HttpResponse<byte[]> confirmation(HttpRequest<?> request, String sealed, String title) {
        return confirmations.open(sealed)
                .map(sent -> pages.render(request, "referral/sent", "Sent", confirmations.view(title, sent), HttpStatus.OK))
                .orElseGet(() -> pages.expired(request));
    }
}
