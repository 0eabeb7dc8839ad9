package uk.waymark.intake;

import javax.crypto.SecretKey;

/** One AES-256 key and the id stored beside every case written under it. Never prints its bytes. */
final class EncryptionKey {

    private final String id;
    private final SecretKey secret;

    EncryptionKey(String id, SecretKey secret) {
        this.id = id;
        this.secret = secret;
    }

    String id() {
        return id;
    }

    SecretKey secret() {
        return secret;
    }

    @Override
    public String toString() {
        return "EncryptionKey[" + id + "]";
    }
}
