package uk.waymark.referral;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import uk.waymark.config.Settings;
import uk.waymark.content.Pack;
import uk.waymark.intake.CaseReference;
import uk.waymark.intake.IntakeCases;
import uk.waymark.questions.Answers;
import uk.waymark.questions.FormData;
import uk.waymark.questions.FormErrors;
import uk.waymark.web.forms.FormDrafts;
import uk.waymark.web.forms.FormPages;
import uk.waymark.web.forms.FormProtection;
import uk.waymark.web.forms.QuestionViews;
import uk.waymark.web.forms.Screening;
import uk.waymark.web.Precompressed;

import java.net.URI;
import java.util.Map;

/**
 * The one way a posted form becomes an intake case. A post from another site is refused; a
 * stale form, a problem with an answer or the rate limit shows the form again with every answer
 * kept; otherwise exactly one case is opened, committed, and the browser is sent (303) to the
 * sealed confirmation. A form sent without the portal's script is never answered with a page
 * (the browser would keep the body with it): it is sent (303) to its answers, kept in
 * {@link FormDrafts}.
 */
@Singleton
@Requires(notEnv = Settings.COMMAND)   // the forms' work: the one-off commands have no forms
final class Submissions {

    /**
     * The database's beans are reached through providers: the forms are rendered and kept at
     * start on a thread of their own ({@code KeptAtStart}), which would otherwise wait for the
     * database, and its migration, on the main thread; the main thread then waited in turn for
     * the kept pages. They are still made at start ({@link #ready}), not by the first post.
     */
    private final BeanProvider<IntakeCases> cases;
    private final Screening screening;
    private final FormPages pages;
    private final Confirmations confirmations;
    private final BeanProvider<FormDrafts> drafts;
    private final Pack pack;

    Submissions(BeanProvider<IntakeCases> cases, Screening screening, FormPages pages, Confirmations confirmations,
                BeanProvider<FormDrafts> drafts, Pack pack) {
        this.cases = cases;
        this.screening = screening;
        this.pages = pages;
        this.confirmations = confirmations;
        this.drafts = drafts;
        this.pack = pack;
    }

    /** Makes the database's beans on the main thread as the portal starts, before the server takes a request. */
    @EventListener
    void ready(StartupEvent started) {
        cases.get();
        drafts.get();
        screening.ready();
    }

    /** The form as it first appears. */
    HttpResponse<byte[]> emptyForm(FormRoute route, HttpRequest<?> request) {
        return keepForm(route).respond(request, HttpStatus.OK);
    }

    /** The empty form for the current token window, rendered and kept if it is not kept yet. */
    Precompressed keepForm(FormRoute route) {
        return pages.keepEmptyForm(route.template(), route.page(), route.name(),
                token -> view(route, route.form().empty(), new FormErrors(), token));
    }

    /** The empty form, if it is kept for the current token window; null otherwise. */
    Precompressed keptForm(FormRoute route) {
        return pages.keptForm(route.name());
    }

    HttpResponse<byte[]> submit(FormRoute route, HttpRequest<?> request, Map<String, Object> body) {
        var data = new FormData(body);
        FormProtection.Verdict origin = screening.origin(request, route.name(), data);
        if (origin == FormProtection.Verdict.CROSS_SITE) {
            return pages.crossSite(request);
        }
        Answers answers = route.form().read(data);
        FormDrafts.Reason reason = origin == FormProtection.Verdict.STALE ? FormDrafts.Reason.STALE : FormDrafts.Reason.ANSWERS;
        FormErrors errors = errors(reason, answers);
        if (errors.isEmpty() && !screening.withinRateLimit(request)) {
            reason = FormDrafts.Reason.RATE_LIMITED;
            errors = errors(reason, answers);
        }
        if (!errors.isEmpty()) {
            if (FormDrafts.isNavigation(request)) {
                String id = drafts.get().keep(route.name(), reason, body == null ? Map.of() : body);
                return HttpResponse.seeOther(URI.create(route.path() + "/answers/" + id));
            }
            return form(route, request, answers, errors,
                    reason == FormDrafts.Reason.RATE_LIMITED ? HttpStatus.TOO_MANY_REQUESTS : HttpStatus.UNPROCESSABLE_ENTITY);
        }
        CaseReference reference = cases.get().open(route.kind(), screening.verification(data, route.name()), answers.kept());
        String sealed = confirmations.seal(new Confirmations.Sent(reference.value(), answers.contactMethod(), answers.tenant()));
        return HttpResponse.seeOther(URI.create(route.path() + "/sent/" + sealed));
    }

    /**
     * The form shown again from the answers kept for it, with the same messages as when it was
     * sent (nothing is sent again); the empty form once they have expired.
     */
    HttpResponse<byte[]> answers(FormRoute route, HttpRequest<?> request, String id) {
        return drafts.get().find(route.name(), id).map(draft -> {
            Answers answers = route.form().read(new FormData(draft.body()));
            return form(route, request, answers, errors(draft.reason(), answers), HttpStatus.OK);
        }).orElseGet(() -> emptyForm(route, request));
    }

    /** The confirmation page for a sealed link, or the kind "expired" page. */
    HttpResponse<byte[]> confirmation(FormRoute route, HttpRequest<?> request, String sealed) {
        return confirmations.open(sealed)
                .map(sent -> pages.render(request, "referral/sent", "Sent", confirmations.view(route.sentTitle(), sent), HttpStatus.OK))
                .orElseGet(() -> pages.expired(request));
    }

    /**
     * What the form says when it is shown again: over the rate limit, only that (the answers
     * passed their checks); otherwise the stale-form message if it applies, then each answer's.
     */
    private FormErrors errors(FormDrafts.Reason reason, Answers answers) {
        var errors = new FormErrors();
        if (reason == FormDrafts.Reason.RATE_LIMITED) {
            return errors.add("send", screening.rateLimitMessage());
        }
        if (reason == FormDrafts.Reason.STALE) {
            errors.add("send", FormPages.STALE_MESSAGE);
        }
        return errors.addAll(answers.problems());
    }

    private HttpResponse<byte[]> form(FormRoute route, HttpRequest<?> request, Answers answers, FormErrors errors, HttpStatus status) {
        return pages.form(request, route.template(), route.page(), view(route, answers, errors, screening.token(route.name())),
                route.name(), status);
    }

    private FormPages.FormView view(FormRoute route, Answers answers, FormErrors errors, String token) {
        return new FormPages.FormView(pack.page(route.page()), route.path(), token, QuestionViews.sections(answers, errors),
                errors.isEmpty() ? null : errors.summary(), pack.emergencyRoutes(), pack.provider().contact(), route.submitLabel());
    }
}
