package uk.waymark.web.forms;

import jakarta.inject.Singleton;
import uk.waymark.store.Reusable;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Short-lived, opaque values for addresses, such as the confirmation page a form redirects to.
 * The value is encrypted and authenticated (AES-GCM) with a key derived from the forms' secret,
 * so the address reveals nothing (not even the case reference) to someone reading the browser's
 * history, cannot be altered, and stops working after its lifetime. It is written in hexadecimal,
 * so no chance arrangement of its characters spells a word about the subject.
 */
@Singleton
public final class SealedLink {

    private static final int NONCE = 12;
    /** Hexadecimal, not base 64: its letters (a to f) cannot spell a word that names the subject. */
    private static final HexFormat HEX = HexFormat.of();
    private final SecretKeySpec key;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Reusable<Cipher> ciphers = Reusable.aesGcm();

    SealedLink(FormProtection protection, Clock clock) {
        this.key = new SecretKeySpec(protection.sign("waymark sealed link key"), "AES");
        this.clock = clock;
    }

    public String seal(String text, Duration lifetime) {
        byte[] plain = text.getBytes(StandardCharsets.UTF_8);
        byte[] nonce = new byte[NONCE];
        random.nextBytes(nonce);
        long expires = clock.instant().plus(lifetime).getEpochSecond();
        try {
            byte[] sealed = ciphers.use(cipher -> {
                cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
                cipher.updateAAD(ByteBuffer.allocate(8).putLong(expires).array());
                return cipher.doFinal(plain);
            });
            return HEX.formatHex(ByteBuffer.allocate(8 + NONCE + sealed.length).putLong(expires).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** The text, if the value is one this portal sealed and it has not expired. */
    public Optional<String> open(String value) {
        byte[] bytes;
        try {
            bytes = HEX.parseHex(value);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (bytes.length < 8 + NONCE + 16) {
            return Optional.empty();
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        long expires = buffer.getLong();
        if (clock.instant().getEpochSecond() > expires) {
            return Optional.empty();
        }
        byte[] nonce = new byte[NONCE];
        buffer.get(nonce);
        byte[] sealed = new byte[buffer.remaining()];
        buffer.get(sealed);
        try {
            byte[] plain = ciphers.use(cipher -> {
                cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, nonce));
                cipher.updateAAD(ByteBuffer.allocate(8).putLong(expires).array());
                return cipher.doFinal(sealed);
            });
            return Optional.of(new String(plain, StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            return Optional.empty();
        }
    }
}
