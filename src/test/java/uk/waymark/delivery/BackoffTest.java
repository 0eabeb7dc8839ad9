package uk.waymark.delivery;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Retries wait twice as long each time, with jitter, and never longer than the cap. */
class BackoffTest {

    private static final Duration FIRST = Duration.ofSeconds(2);
    private static final Duration CAP = Duration.ofMinutes(15);

    @Test
    void eachAttemptWaitsBetweenHalfAndAllOfItsExponentialStep() {
        for (int attempt = 1; attempt <= 8; attempt++) {
            long step = FIRST.toMillis() << (attempt - 1);
            for (int i = 0; i < 200; i++) {
                long wait = DeliveryWorker.backoff(attempt, FIRST, CAP).toMillis();
                assertTrue(wait >= step / 2 && wait <= step, "attempt " + attempt + " waited " + wait + " ms");
            }
        }
    }

    @Test
    void theWaitIsCappedEvenAfterVeryManyAttempts() {
        for (int attempt : new int[] {10, 20, 40, 1000}) {
            assertTrue(DeliveryWorker.backoff(attempt, FIRST, CAP).compareTo(CAP) <= 0, "attempt " + attempt);
        }
    }

    @Test
    void instancesRetryingTogetherSpreadOut() {
        Set<Long> waits = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            waits.add(DeliveryWorker.backoff(5, FIRST, CAP).toMillis());
        }
        assertTrue(waits.size() > 40, "jitter: " + waits.size() + " different waits out of 50");
    }
}
