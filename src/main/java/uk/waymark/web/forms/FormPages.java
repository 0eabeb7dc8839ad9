package uk.waymark.web.forms;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import uk.waymark.content.Page;
import uk.waymark.content.Provider;
import uk.waymark.content.Service;
import uk.waymark.content.SitePage;
import uk.waymark.questions.FormErrors;
import uk.waymark.recaptcha.RecaptchaVerifier;
import uk.waymark.web.Durations;
import uk.waymark.web.PageRenderer;
import uk.waymark.web.Precompressed;
import uk.waymark.web.PageRenderer.Frame;
import uk.waymark.web.PageRenderer.Source;
import uk.waymark.web.errors.ErrorPages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Renders the form pages and their outcomes the same way for every form: the empty form once
 * per token, a form with answers per request, with reCAPTCHA's script only when a provider turns
 * reCAPTCHA on, and kind pages for what cannot go ahead.
 */
@Singleton
public final class FormPages {

    public static final String STALE_MESSAGE = "This form was open for a long time, so for your safety we need you to send it "
            + "again. Check your answers, then select the button to send them.";

    /** What a form says over the rate limit: how long to wait is the rate limit's window. */
    public static String rateLimitMessage(Duration window) {
        return "You have sent a lot of forms in a short time. Wait " + Durations.inWords(window) + ", then send "
                + "this again: your answers are still here. If you need help now, call one of the numbers at the top of the page.";
    }

    /**
     * A form page.
     *
     * @param sections     the questions, in groups
     * @param errors       the error summary, or null
     * @param emergency    the emergency routes shown above the form
     * @param contactRoutes the provider's other ways in, shown after the form, or null
     */
    public record FormView(Page page, String action, String token, List<?> sections, List<FormErrors.Summary> errors,
                           List<Service> emergency, Provider.Contact contactRoutes, String submitLabel,
                           String recaptchaSiteKey, String recaptchaAction) {

        public FormView(Page page, String action, String token, List<?> sections, List<FormErrors.Summary> errors,
                        List<Service> emergency, Provider.Contact contactRoutes, String submitLabel) {
            this(page, action, token, sections, errors, emergency, contactRoutes, submitLabel, null, null);
        }

        FormView withRecaptcha(String siteKey, String action) {
            return new FormView(page, this.action, token, sections, errors, emergency, contactRoutes, submitLabel, siteKey, action);
        }

        public String honeypot() {
            return Screening.HONEYPOT;
        }
    }

    /** What an expired or unknown confirmation link shows. */
    public record ExpiredView(String title) {
    }

    private final PageRenderer renderer;
    private final RecaptchaVerifier recaptcha;
    private final ErrorPages errors;
    private final FormProtection protection;
    private final String script;
    private final Map<String, Rendered> empty = new ConcurrentHashMap<>();

    FormPages(PageRenderer renderer, RecaptchaVerifier recaptcha, ErrorPages errors, FormProtection protection) {
        this.renderer = renderer;
        this.recaptcha = recaptcha;
        this.errors = errors;
        this.protection = protection;
        this.script = recaptcha.enabled()
                ? "https://www.recaptcha.net/recaptcha/api.js?render=" + URLEncoder.encode(recaptcha.siteKey(), StandardCharsets.UTF_8)
                : null;
    }

    /** A form page, with reCAPTCHA when it is on. {@code formName} is the action reCAPTCHA scores. */
    public HttpResponse<byte[]> form(HttpRequest<?> request, String view, SitePage sitePage, FormView model, String formName,
                                     HttpStatus status) {
        return renderer.respond(request, status, view, frame(model, sitePage), withRecaptcha(model, formName));
    }

    /**
     * The form as it first appears, with no answers, for this window's token, rendered and kept if
     * it is not kept yet. Its token changes every few minutes, not per visitor, so the page is
     * rendered once per token and then served from memory: a request in the same window reads the
     * clock and the kept page, and signs nothing.
     */
    public Precompressed keepEmptyForm(String view, SitePage sitePage, String formName, Function<String, FormView> model) {
        long window = protection.window();
        Rendered cached = empty.get(formName);
        if (cached == null || cached.window() != window) {
            cached = empty.compute(formName, (name, current) -> current != null && current.window() == window ? current
                    : new Rendered(window, render(view, sitePage, model.apply(protection.token(formName, window)), formName)));
        }
        return cached.page();
    }

    /** The empty form {@link #emptyForm} would send now, if it is kept for this window's token; null otherwise. */
    public Precompressed keptForm(String formName) {
        Rendered cached = empty.get(formName);
        return cached != null && cached.window() == protection.window() ? cached.page() : null;
    }

    /** The empty form as rendered for the token of one window. */
    private record Rendered(long window, Precompressed page) {
    }

    private Precompressed render(String view, SitePage sitePage, FormView model, String formName) {
        return renderer.renderPage(view, frame(model, sitePage), withRecaptcha(model, formName));
    }

    private Frame frame(FormView model, SitePage sitePage) {
        Page page = model.page();
        return new Frame(sitePage.path(), page.browserTitle(), page.basedOnPolicy() ? Source.POLICY : Source.PACK, script,
                page.description());
    }

    private FormView withRecaptcha(FormView model, String formName) {
        return script == null ? model : model.withRecaptcha(recaptcha.siteKey(), formName);
    }

    public HttpResponse<byte[]> render(HttpRequest<?> request, String view, String browserTitle, Object model, HttpStatus status) {
        return renderer.respond(request, status, view, new Frame("", browserTitle, Source.NONE), model);
    }

    /** A post from another site: refused, kindly, with the helplines. */
    public HttpResponse<byte[]> crossSite(HttpRequest<?> request) {
        return errors.page(HttpStatus.FORBIDDEN).respond(request, HttpStatus.FORBIDDEN);
    }

    /** A confirmation link that has expired or was never ours. */
    public HttpResponse<byte[]> expired(HttpRequest<?> request) {
        return render(request, "forms/expired", "Page expired", new ExpiredView("This page has expired"), HttpStatus.GONE);
    }
}
