package uk.waymark.delivery;

import uk.waymark.store.Reusable;

import javax.crypto.Mac;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * Signatures in the Standard Webhooks convention: the secret is {@code whsec_} and base64 bytes;
 * the signature is {@code v1,} and the base64 HMAC-SHA256 of {@code id.timestamp.body}, sent in
 * the {@code webhook-signature} header beside {@code webhook-id} and {@code webhook-timestamp}.
 */
public final class WebhookSignature {

    public static final String PREFIX = "whsec_";

    private final Reusable<Mac> macs;

    public WebhookSignature(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            throw new IllegalArgumentException("A webhook secret starts with " + PREFIX + " followed by base64");
        }
        byte[] key = Base64.getDecoder().decode(secret.substring(PREFIX.length()));
        if (key.length < 24) {
            throw new IllegalArgumentException("A webhook secret needs at least 24 random bytes");
        }
        this.macs = Reusable.hmacSha256(key);
    }

    /** The value of the webhook-signature header for this message. */
    public String sign(String id, long timestamp, byte[] body) {
        return "v1," + Base64.getEncoder().encodeToString(mac(id, timestamp, body));
    }

    /** Whether any of the space-separated signatures in the header is valid for this message. */
    public boolean verify(String id, long timestamp, byte[] body, String header) {
        if (header == null) {
            return false;
        }
        byte[] expected = mac(id, timestamp, body);
        for (String candidate : header.trim().split(" ")) {
            if (candidate.startsWith("v1,")) {
                try {
                    if (MessageDigest.isEqual(expected, Base64.getDecoder().decode(candidate.substring(3)))) {
                        return true;
                    }
                } catch (IllegalArgumentException e) {
                    // not base64: not a match
                }
            }
        }
        return false;
    }

    private byte[] mac(String id, long timestamp, byte[] body) {
        byte[] signed = (id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8);
        return macs.use(mac -> {
            mac.update(signed);
            return mac.doFinal(body);
        });
    }
}
