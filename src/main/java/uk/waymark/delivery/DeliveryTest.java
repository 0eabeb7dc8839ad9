package uk.waymark.delivery;

import jakarta.inject.Singleton;

import java.io.PrintStream;
import java.util.Optional;

/**
 * The {@code test-delivery} command: a harmless test, with no case in it, through the configured
 * channel, without the web server, so a provider can check the mailbox or the case system is
 * reachable before the first referral.
 */
@Singleton
public final class DeliveryTest {

    private final Optional<Channel> channel;

    DeliveryTest(Channels channels) {
        this.channel = channels.configured();
    }

    /** Sends the test and prints how it went; 0 when accepted, 1 otherwise. */
    public int run(PrintStream out) {
        if (channel.isEmpty()) {
            out.println("No delivery is configured: set WAYMARK_DELIVERY_URL (a webhook) or WAYMARK_DELIVERY_EMAIL_TO (email).");
            return 1;
        }
        Channel.Result result = channel.get().sendTest();
        switch (result.outcome()) {
            case ACCEPTED -> out.println("Test sent to " + channel.get().describe() + ": accepted (" + result.detail() + ").");
            case RETRY -> out.println("Test not sent to " + channel.get().describe() + ": " + result.detail()
                    + ". Cases would wait and be tried again.");
            case REFUSED -> out.println("Test refused by " + channel.get().describe() + ": " + result.detail()
                    + ". Cases would move to the dead-letter state.");
        }
        return result.outcome() == Channel.Outcome.ACCEPTED ? 0 : 1;
    }
}
