package uk.waymark.delivery;

import jakarta.inject.Singleton;
import uk.waymark.config.DeliveryConfiguration;
import uk.waymark.config.EmailConfiguration;
import uk.waymark.content.Hours;
import uk.waymark.content.Pack;
import uk.waymark.questions.Questionnaires;

import java.time.Clock;
import java.util.Optional;

/**
 * The channel cases leave by, as configured: the webhook (WAYMARK_DELIVERY_URL), email
 * (WAYMARK_DELIVERY_EMAIL_TO), or none, when they wait in the outbox. Pre-flight refuses both at once.
 */
@Singleton
final class Channels {

    private final Channel configured;

    Channels(DeliveryConfiguration delivery, EmailConfiguration email, CasePayload payload, Pack pack, Questionnaires forms, Clock clock) {
        if (delivery.enabled() && email.enabled()) {
            throw new IllegalStateException("Both WAYMARK_DELIVERY_URL and WAYMARK_DELIVERY_EMAIL_TO are set: choose one");
        }
        if (delivery.enabled()) {
            configured = new WebhookChannel(delivery, payload, clock);
        } else if (email.enabled()) {
            configured = new EmailChannel(email, delivery, new CaseMessage(pack.provider(), forms, payload, clock, Hours.UK), clock);
        } else {
            configured = null;
        }
    }

    Optional<Channel> configured() {
        return Optional.ofNullable(configured);
    }
}
