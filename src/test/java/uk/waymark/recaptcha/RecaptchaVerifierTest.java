package uk.waymark.recaptcha;

import org.junit.jupiter.api.Test;
import uk.waymark.config.RecaptchaConfiguration;
import uk.waymark.intake.Verification;

import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The verifier makes its HTTP client only when reCAPTCHA is on: a client builds the JDK's TLS
 * defaults (its trust store read and parsed), up to 0.2 s of a thread's time at start, and starts
 * a thread of its own, for a check that is off by default.
 */
class RecaptchaVerifierTest {

    @Test
    void offItMakesNoClientAndChecksNothing() {
        Set<Thread> before = clientThreads();
        RecaptchaVerifier verifier = new RecaptchaVerifier(
                new RecaptchaConfiguration(false, null, null, 0.5, "http://127.0.0.1:9/siteverify"), null);
        assertEquals(Verification.NOT_CHECKED, verifier.verify("a-token", "contact"));
        assertEquals(Set.of(), started(before));
    }

    @Test
    void onItMakesItsClientAtOnce() {
        Set<Thread> before = clientThreads();
        RecaptchaVerifier verifier = new RecaptchaVerifier(
                new RecaptchaConfiguration(true, "site-key", "secret", 0.5, "http://127.0.0.1:9/siteverify"), null);
        assertEquals(1, started(before).size());
        assertTrue(verifier.enabled());
    }

    /** Each JDK HTTP client runs one thread of its own, named HttpClient-N-SelectorManager. */
    private static Set<Thread> clientThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().endsWith("-SelectorManager"))
                .collect(Collectors.toSet());
    }

    /** The client threads running now that were not running before (other tests' clients may end meanwhile). */
    private static Set<Thread> started(Set<Thread> before) {
        Set<Thread> now = clientThreads();
        now.removeAll(before);
        return now;
    }
}
