package uk.waymark.intake;

/**
 * The encryption keys are missing or unusable. The message says what to fix and never contains
 * key material.
 */
public final class EncryptionKeysException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    EncryptionKeysException(String message) {
        super(message);
    }
}
