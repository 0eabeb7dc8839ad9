package uk.waymark.intake;

import jakarta.inject.Singleton;
import uk.waymark.store.Reusable;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;

/**
 * AES-256-GCM over a case's personal data. Each write has a fresh 12-byte nonce, stored in front
 * of the ciphertext and its 128-bit tag. The case reference is the associated data, so a
 * ciphertext copied into another row no longer decrypts.
 */
@Singleton
class CaseCipher {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    /** A ciphertext and the id of the key it was written under. */
    record Sealed(String keyId, byte[] data) {
    }

    private final EncryptionKeys keys;
    private final SecureRandom random = new SecureRandom();
    /**
     * Ciphers kept and initialised again for each case: looking the transformation up for each
     * case (its provider and its parts) was a sixth of what a delivery sender allocated.
     */
    private final Reusable<Cipher> ciphers = Reusable.aesGcm();

    CaseCipher(EncryptionKeys keys) {
        this.keys = keys;
    }

    /** Encrypts under the current key. */
    Sealed seal(CaseReference reference, byte[] plaintext) {
        EncryptionKey key = keys.current();
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            byte[] ciphertext = ciphers.use(cipher -> {
                cipher.init(Cipher.ENCRYPT_MODE, key.secret(), new GCMParameterSpec(TAG_BITS, nonce));
                cipher.updateAAD(associatedData(reference));
                return cipher.doFinal(plaintext);
            });
            return new Sealed(key.id(), ByteBuffer.allocate(NONCE_BYTES + ciphertext.length).put(nonce).put(ciphertext).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this Java runtime", e);
        }
    }

    /**
     * Decrypts with the key the data was written under.
     *
     * @throws CaseDecryptionException if that key is not configured, or the data was changed or
     *                                 belongs to another reference
     */
    byte[] open(CaseReference reference, String keyId, byte[] data) {
        EncryptionKey key = keys.find(keyId).orElseThrow(() -> new CaseDecryptionException("Case " + reference
                + " is encrypted under key \"" + keyId + "\", which " + EncryptionKeys.VARIABLE + " does not list", null));
        if (data.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new CaseDecryptionException("Case " + reference + " cannot be decrypted: its data is too short", null);
        }
        try {
            return ciphers.use(cipher -> {
                cipher.init(Cipher.DECRYPT_MODE, key.secret(), new GCMParameterSpec(TAG_BITS, data, 0, NONCE_BYTES));
                cipher.updateAAD(associatedData(reference));
                return cipher.doFinal(data, NONCE_BYTES, data.length - NONCE_BYTES);
            });
        } catch (AEADBadTagException e) {
            throw new CaseDecryptionException("Case " + reference + " cannot be decrypted: its data was changed, or belongs to"
                    + " another case", e);
        } catch (GeneralSecurityException e) {
            throw new CaseDecryptionException("Case " + reference + " cannot be decrypted", e);
        }
    }

    private static byte[] associatedData(CaseReference reference) {
        return reference.value().getBytes(StandardCharsets.UTF_8);
    }

    static void wipe(byte[] bytes) {
        Arrays.fill(bytes, (byte) 0);
    }
}
