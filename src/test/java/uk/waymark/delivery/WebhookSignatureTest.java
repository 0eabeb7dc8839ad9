package uk.waymark.delivery;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebhookSignatureTest {

    /** The worked example of the Standard Webhooks specification. */
    private static final WebhookSignature SPEC = new WebhookSignature("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
    private static final byte[] BODY = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);

    @Test
    void signsAsTheStandardWebhooksExampleDoes() {
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", SPEC.sign("msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, BODY));
    }

    @Test
    void verifiesItsOwnSignatureAmongOthersAndNothingAltered() {
        String header = "v1,bm90IHRoaXMgb25l " + SPEC.sign("msg_1", 1700000000, BODY);
        assertTrue(SPEC.verify("msg_1", 1700000000, BODY, header));
        assertFalse(SPEC.verify("msg_2", 1700000000, BODY, header), "another message id");
        assertFalse(SPEC.verify("msg_1", 1700000001, BODY, header), "another timestamp");
        assertFalse(SPEC.verify("msg_1", 1700000000, "{\"test\": 1}".getBytes(StandardCharsets.UTF_8), header), "another body");
        assertFalse(SPEC.verify("msg_1", 1700000000, BODY, "v1,not base64!"));
        assertFalse(SPEC.verify("msg_1", 1700000000, BODY, null));
    }

    @Test
    void refusesASecretThatIsNotAWebhookSecret() {
        assertThrows(IllegalArgumentException.class, () -> new WebhookSignature("plain-password"));
        assertThrows(IllegalArgumentException.class, () -> new WebhookSignature("whsec_c2hvcnQ="));
    }
}
