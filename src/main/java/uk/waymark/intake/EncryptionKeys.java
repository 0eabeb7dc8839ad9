package uk.waymark.intake;

import io.micronaut.core.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The keys cases are encrypted with, from {@code WAYMARK_ENCRYPTION_KEYS}: comma-separated
 * {@code keyId:base64-of-32-bytes}. The first key encrypts new cases; every listed key can decrypt.
 * With the embedded development database and no keys, a development key is kept in
 * {@link #DEVELOPMENT_KEY_FILE}. Against any other database the portal needs real keys.
 */
public final class EncryptionKeys {

    static final String VARIABLE = "WAYMARK_ENCRYPTION_KEYS";

    /** Where the development key is kept, beside the embedded database. */
    static final Path DEVELOPMENT_KEY_FILE = Path.of("data", "dev-encryption.key");

    private static final Logger LOG = LoggerFactory.getLogger(EncryptionKeys.class);
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final int KEY_BYTES = 32;

    private final Map<String, EncryptionKey> keys;
    private final EncryptionKey current;
    private final @Nullable Path developmentFile;

    private EncryptionKeys(List<EncryptionKey> keys, @Nullable Path developmentFile) {
        this.keys = new LinkedHashMap<>();
        keys.forEach(key -> this.keys.put(key.id(), key));
        this.current = keys.get(0);
        this.developmentFile = developmentFile;
    }

    /**
     * The keys for this start: the configured ones, or the development key when the database is
     * the embedded one and none are configured (made on first use).
     *
     * @throws EncryptionKeysException if none are configured for a real database, or a key is malformed
     */
    public static EncryptionKeys load(@Nullable String configured, String databaseUrl) {
        return load(configured, databaseUrl, DEVELOPMENT_KEY_FILE);
    }

    static EncryptionKeys load(@Nullable String configured, String databaseUrl, Path developmentKeyFile) {
        if (configured != null && !configured.isBlank()) {
            return parse(configured, VARIABLE, null);
        }
        if (!embedded(databaseUrl)) {
            throw new EncryptionKeysException(VARIABLE + " is not set. Cases are encrypted before they are stored, and a real"
                    + " database (WAYMARK_DATABASE_URL) needs a real key.\nSet " + VARIABLE
                    + " to keyId:base64-of-32-bytes, for example:\n  " + VARIABLE
                    + "=\"key-1:$(openssl rand -base64 32)\"\nKeep the key safe and separate from database backups:"
                    + " without it no case can be read.");
        }
        return development(developmentKeyFile);
    }

    /** The embedded H2 database is for development and tests only; production uses PostgreSQL. */
    static boolean embedded(String databaseUrl) {
        return databaseUrl.startsWith("jdbc:h2:");
    }

    static EncryptionKeys parse(String text, String source, @Nullable Path developmentFile) {
        List<EncryptionKey> keys = new ArrayList<>();
        String[] entries = text.split(",");
        for (int i = 0; i < entries.length; i++) {
            String entry = entries[i].strip();
            int colon = entry.indexOf(':');
            String id = colon < 0 ? "" : entry.substring(0, colon).strip();
            String where = source + ", key " + (i + 1) + (KEY_ID.matcher(id).matches() ? " (\"" + id + "\")" : "");
            if (colon < 0 || !KEY_ID.matcher(id).matches()) {
                throw new EncryptionKeysException(where + ": each key is keyId:base64-of-32-bytes, the id made of letters,"
                        + " digits, '.', '_' or '-' (at most 64), keys separated by commas.");
            }
            byte[] bytes;
            try {
                bytes = Base64.getDecoder().decode(entry.substring(colon + 1).strip());
            } catch (IllegalArgumentException e) {
                throw new EncryptionKeysException(where + ": the key is not valid base64. Make one with: openssl rand -base64 32");
            }
            try {
                if (bytes.length != KEY_BYTES) {
                    throw new EncryptionKeysException(where + ": the key is " + bytes.length
                            + " bytes; AES-256 needs 32. Make one with: openssl rand -base64 32");
                }
                String taken = id;
                if (keys.stream().anyMatch(key -> key.id().equals(taken))) {
                    throw new EncryptionKeysException(where + ": the id is listed twice; each key needs its own id.");
                }
                keys.add(new EncryptionKey(id, new SecretKeySpec(bytes, "AES")));
            } finally {
                Arrays.fill(bytes, (byte) 0);
            }
        }
        return new EncryptionKeys(keys, developmentFile);
    }

    private static EncryptionKeys development(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return parse(Files.readString(file, StandardCharsets.US_ASCII), file.toString(), file);
        } catch (IOException e) {
            throw new EncryptionKeysException("The development encryption key " + file.toAbsolutePath()
                    + " cannot be read or made (" + e.getMessage() + "). Set " + VARIABLE + " instead.");
        }
    }

    private static void create(Path file) throws IOException {
        byte[] bytes = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(bytes);
        String line = "dev:" + Base64.getEncoder().encodeToString(bytes) + "\n";
        Arrays.fill(bytes, (byte) 0);
        Files.createDirectories(file.toAbsolutePath().getParent());
        try {
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException madeMeanwhile) {
            return;
        }
        Files.writeString(file, line, StandardCharsets.US_ASCII);
        LOG.warn("Made a development encryption key in {}", file.toAbsolutePath());
    }

    /** The key new cases are written under: the first one listed. */
    EncryptionKey current() {
        return current;
    }

    Optional<EncryptionKey> find(String id) {
        return Optional.ofNullable(keys.get(id));
    }

    /** The ids, current first. */
    List<String> ids() {
        return List.copyOf(keys.keySet());
    }

    /** The development key file, when the keys come from one. */
    Optional<Path> developmentFile() {
        return Optional.ofNullable(developmentFile);
    }

    @Override
    public String toString() {
        return "EncryptionKeys" + ids();
    }
}
