package uk.waymark.referral;

import jakarta.inject.Singleton;
import uk.waymark.config.FormsConfiguration;
import uk.waymark.content.Pack;
import uk.waymark.content.Provider;
import uk.waymark.content.Service;
import uk.waymark.content.SitePage;
import uk.waymark.questions.ContactMethod;
import uk.waymark.web.Durations;
import uk.waymark.web.forms.SealedLink;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The confirmation a form redirects to. What it shows (the case reference, how we will make
 * contact) travels sealed in its address, readable only by the portal and only for
 * the configured answers lifetime: the address in the browser's history gives nothing away.
 */
@Singleton
final class Confirmations {

    /** What was sent: the reference, how contact will be made, and whether the person is a tenant. */
    record Sent(String reference, ContactMethod method, boolean tenant) {
    }

    /** The confirmation page; {@code lifetime} is how long its address works, in words. */
    record SentView(String title, String reference, String nextStep, List<Service> emergency, String onlineSafety, String lifetime) {
    }

    private final SealedLink links;
    private final Pack pack;
    private final Duration lifetime;

    Confirmations(SealedLink links, Pack pack, FormsConfiguration forms) {
        this.links = links;
        this.pack = pack;
        this.lifetime = forms.answersLifetime();
    }

    String seal(Sent sent) {
        return links.seal(sent.reference() + "|" + sent.method().id() + "|" + sent.tenant(), lifetime);
    }

    Optional<Sent> open(String sealed) {
        return links.open(sealed).map(text -> text.split("\\|", 3)).filter(parts -> parts.length == 3)
                .flatMap(parts -> ContactMethod.byId(parts[1]).map(method -> new Sent(parts[0], method, Boolean.parseBoolean(parts[2]))));
    }

    SentView view(String title, Sent sent) {
        return new SentView(title, sent.reference(), nextStep(pack.provider(), sent), pack.emergencyRoutes(), SitePage.ONLINE_SAFETY.path(),
                Durations.inWords(lifetime));
    }

    /**
     * What happens next, in the provider's own promise where it makes one. It says no more than is
     * true: the team sees how and when the person said contact is safe before it acts, but no
     * policy but one promises to keep to those times, so none is promised here.
     */
    static String nextStep(Provider provider, Sent sent) {
        if (sent.method() == ContactMethod.NONE) {
            return "We will look at what you have told us. You asked us not to contact you, so we will not be in touch.";
        }
        String how = sent.method().confirmation();
        String promise = provider.contactPromiseFor(sent.tenant());
        String first = " Before anyone contacts you, the team will see what you told us about how and when it is safe.";
        return (promise == null
                ? "We will contact you by " + how + "."
                : "We will contact you " + promise + " by " + how + ".") + first;
    }
}
