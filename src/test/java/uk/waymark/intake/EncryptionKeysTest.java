package uk.waymark.intake;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EncryptionKeysTest {

    private static final String POSTGRES = "jdbc:postgresql://db.example/waymark";
    private static final String H2 = "jdbc:h2:file:./data/waymark;MODE=PostgreSQL";

    @Test
    void theFirstKeyListedEncryptsAndEveryKeyListedDecrypts() {
        EncryptionKeys keys = EncryptionKeys.load(IntakeCasesContract.KEY_B + ", " + IntakeCasesContract.KEY_A, POSTGRES);

        assertEquals("b", keys.current().id());
        assertEquals(List.of("b", "a"), keys.ids());
        assertTrue(keys.find("a").isPresent());
        assertTrue(keys.find("c").isEmpty());
        assertTrue(keys.developmentFile().isEmpty());
    }

    @Test
    void keysNeverShowTheirBytes() {
        String encoded = IntakeCasesContract.KEY_A.substring(2);
        EncryptionKeys keys = EncryptionKeys.load(IntakeCasesContract.KEY_A, POSTGRES);

        assertEquals("EncryptionKeys[a]", keys.toString());
        assertEquals("EncryptionKey[a]", keys.current().toString());
        assertFalse(keys.current().secret().toString().contains(encoded));
    }

    @Test
    void aRealDatabaseWithoutKeysIsRefusedNamingTheVariable() {
        for (String none : new String[] {null, "", "  "}) {
            var refusal = assertThrows(EncryptionKeysException.class, () -> EncryptionKeys.load(none, POSTGRES));
            assertTrue(refusal.getMessage().startsWith("WAYMARK_ENCRYPTION_KEYS is not set."), refusal.getMessage());
            assertFalse(refusal.getMessage().contains("db.example"), "the database address may hold a password");
        }
    }

    @Test
    void aMalformedKeyIsRefusedSayingWhichAndWhyButNotItsValue() {
        String shortKey = Base64.getEncoder().encodeToString(new byte[16]);
        assertRefused("a:" + shortKey, "WAYMARK_ENCRYPTION_KEYS, key 1 (\"a\"): the key is 16 bytes; AES-256 needs 32.", shortKey);
        assertRefused(IntakeCasesContract.KEY_A + ",b:not*base64", "WAYMARK_ENCRYPTION_KEYS, key 2 (\"b\"): the key is not valid base64.", "not*base64");
        String bare = IntakeCasesContract.KEY_A.substring(2);
        assertRefused(bare, "WAYMARK_ENCRYPTION_KEYS, key 1: each key is keyId:base64-of-32-bytes", bare);
        assertRefused(IntakeCasesContract.KEY_A + "," + IntakeCasesContract.KEY_A, "key 2 (\"a\"): the id is listed twice", bare);
    }

    @Test
    void theEmbeddedDatabaseWithoutKeysMakesADevelopmentKeyOnceOnlyItsOwnerCanRead(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("data/dev-encryption.key");

        EncryptionKeys first = EncryptionKeys.load(null, H2, file);

        assertEquals(file, first.developmentFile().orElseThrow());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertTrue(Files.readString(file).matches("dev:[A-Za-z0-9+/]{43}=\n"), "one key, keyId:base64");

        byte[] sealed = new CaseCipher(first).seal(new CaseReference("AAAA-0000"), "answers".getBytes(StandardCharsets.UTF_8)).data();
        EncryptionKeys again = EncryptionKeys.load(null, H2, file);
        assertArrayEquals("answers".getBytes(StandardCharsets.UTF_8), new CaseCipher(again).open(new CaseReference("AAAA-0000"), "dev", sealed),
                "the second start reads the same key");
    }

    @Test
    void configuredKeysWinOverTheDevelopmentKey(@TempDir Path directory) {
        Path file = directory.resolve("dev-encryption.key");

        EncryptionKeys keys = EncryptionKeys.load(IntakeCasesContract.KEY_A, H2, file);

        assertEquals("a", keys.current().id());
        assertFalse(Files.exists(file));
    }

    private static void assertRefused(String configured, String expected, String secret) {
        var refusal = assertThrows(EncryptionKeysException.class, () -> EncryptionKeys.load(configured, POSTGRES));
        assertTrue(refusal.getMessage().contains(expected), refusal.getMessage());
        assertFalse(refusal.getMessage().contains(secret), "the message shows key material: " + refusal.getMessage());
    }
}
