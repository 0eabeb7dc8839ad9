package uk.waymark.delivery;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.waymark.config.DeliveryConfiguration;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Where cases may be sent: HTTPS anywhere, plain HTTP only to this machine, always with a secret. */
class DeliveryConfigurationTest {

    private static DeliveryConfiguration config(String url, String secret) {
        return new DeliveryConfiguration(url, secret, Duration.ofSeconds(2), Duration.ofSeconds(10), 15, Duration.ofHours(72),
                Duration.ofSeconds(2), Duration.ofMinutes(15), Duration.ofSeconds(60), 50, 8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://cases.example.gov.uk/intake", "http://127.0.0.1:9090/cases", "http://localhost:9090/cases"})
    void acceptsHttpsAndLoopback(String url) {
        assertDoesNotThrow(() -> config(url, DeliveryHttpTest.SECRET));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://cases.example.gov.uk/intake", "ftp://127.0.0.1/cases", "http://10.0.0.5/cases"})
    void refusesPlainHttpToAnotherMachine(String url) {
        assertThrows(IllegalArgumentException.class, () -> config(url, DeliveryHttpTest.SECRET));
    }

    @Test
    void aUrlNeedsASecretAndNoUrlMeansCasesWait() {
        assertThrows(IllegalArgumentException.class, () -> config("https://cases.example.gov.uk/intake", null));
        assertFalse(config(null, null).enabled());
        assertFalse(config("", null).enabled());
        assertTrue(config("https://cases.example.gov.uk/intake", DeliveryHttpTest.SECRET).enabled());
    }
}
