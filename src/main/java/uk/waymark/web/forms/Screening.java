package uk.waymark.web.forms;

import io.micronaut.context.BeanProvider;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import uk.waymark.intake.Verification;
import uk.waymark.questions.FormData;
import uk.waymark.recaptcha.RecaptchaVerifier;

/**
 * The checks every form post goes through before it becomes a case, in one place: where it came
 * from and its signed token, the per-client rate limit, the honeypot and reCAPTCHA. Only a post
 * from another site is refused outright. Everything else keeps the person's answers: a stale
 * form or the rate limit shows the form again, and a filled honeypot or a doubtful reCAPTCHA
 * marks the case unverified for triage instead of dropping it.
 */
@Singleton
public final class Screening {

    /** The hidden field a person never sees or fills; software that fills every field does. */
    public static final String HONEYPOT = "website";
    public static final String TOKEN = "token";
    public static final String RECAPTCHA = "g-recaptcha-response";

    private final FormProtection protection;
    /** Reached through a provider: it needs the database, and the forms are kept before it is ready (see Submissions). */
    private final BeanProvider<RateLimiter> rateLimiter;
    private final RecaptchaVerifier recaptcha;

    Screening(FormProtection protection, BeanProvider<RateLimiter> rateLimiter, RecaptchaVerifier recaptcha) {
        this.protection = protection;
        this.rateLimiter = rateLimiter;
        this.recaptcha = recaptcha;
    }

    /** Makes the rate limit's beans now (the database is ready): see Submissions. */
    public void ready() {
        rateLimiter.get();
    }

    /** A new token for the named form, for its hidden field. */
    public String token(String form) {
        return protection.token(form);
    }

    /** Whether the post came from this site with a valid token. */
    public FormProtection.Verdict origin(HttpRequest<?> request, String form, FormData data) {
        return protection.check(request, form, data.text(TOKEN, 200));
    }

    /** Counts a post that is about to become a case; false when this client has sent too many. */
    public boolean withinRateLimit(HttpRequest<?> request) {
        return rateLimiter.get().allow(request);
    }

    /** What the form says to a client over the rate limit. */
    public String rateLimitMessage() {
        return FormPages.rateLimitMessage(rateLimiter.get().window());
    }

    /** How far the case can be trusted to come from a person. */
    public Verification verification(FormData data, String form) {
        if (data.has(HONEYPOT)) {
            return Verification.UNVERIFIED;
        }
        return recaptcha.verify(data.text(RECAPTCHA, 4096), form);
    }
}
