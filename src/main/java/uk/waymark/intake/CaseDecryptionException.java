package uk.waymark.intake;

/**
 * A stored case could not be decrypted: its data was changed or moved from another case, or the
 * key it was written under is no longer configured. Nothing of the case is returned.
 */
public final class CaseDecryptionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    CaseDecryptionException(String message, Throwable cause) {
        super(message, cause);
    }
}
