package uk.waymark;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;
import uk.waymark.config.ContentConfiguration;
import uk.waymark.config.Settings;
import uk.waymark.content.Pack;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pre-flight path in process: what it refuses, with the words the start-up prints (see
 * {@link StartUpTest} and {@link EncryptionKeysStartUpTest} for the real processes), and the
 * context it starts with the pack it checked.
 */
class PreflightTest {

    @Test
    void aMissingPackIsRefusedWithTheListOfPacksAndWhatToDo() {
        var refused = assertThrows(Preflight.Refused.class, () -> Preflight.start(
                ApplicationContext.builder().properties(Map.of("waymark.content.pack", "nowhere")).environments("test")));
        assertTrue(refused.getMessage().startsWith("The content pack 'nowhere' has 1 problem:\n"), refused.getMessage());
        assertTrue(refused.getMessage().contains("there is no such pack; packs here: ashfield, believe-housing, bolsover"),
                refused.getMessage());
        assertTrue(refused.getMessage().endsWith("\nFix the pack, or choose another with WAYMARK_PACK. Check a pack with: "
                + "./mvnw -q compile exec:java -Dexec.args=\"check <pack>\""), refused.getMessage());
    }

    @Test
    void aRealDatabaseWithoutAnEncryptionKeyIsRefusedNamingTheVariable() {
        var refused = assertThrows(Preflight.Refused.class, () -> Preflight.check(ApplicationContext.builder().properties(Map.of(
                "datasources.default.url", "jdbc:postgresql://127.0.0.1:9/waymark", "waymark.encryption.keys", "")).environments("test")));
        assertTrue(refused.getMessage().startsWith("WAYMARK_ENCRYPTION_KEYS is not set."), refused.getMessage());
        assertTrue(refused.getMessage().contains("WAYMARK_ENCRYPTION_KEYS=\"key-1:$(openssl rand -base64 32)\""), refused.getMessage());
    }

    @Test
    void theSettingsAreReadAsTheContextWouldSeeThem() {
        assertEquals(new ContentConfiguration("content", "ashfield"), Settings.read(
                ApplicationContext.builder().properties(Map.of("waymark.content.pack", "ashfield")), Settings::content));
        assertEquals(new ContentConfiguration("content", "bolsover"), Settings.read(ApplicationContext.builder(), Settings::content),
                "the defaults of application.yml");
    }

    @Test
    void theContextStartsWithThePackItChecked() {
        try (ApplicationContext context = Preflight.start(
                ApplicationContext.builder().properties(Map.of("waymark.content.pack", "peaks-and-plains")).environments("test"))) {
            Pack pack = context.getBean(Pack.class);
            assertEquals("Peaks & Plains Housing Trust", pack.provider().name());
            assertEquals(new ContentConfiguration("content", "peaks-and-plains"), context.getBean(ContentConfiguration.class));
        }
    }

    @Test
    void aCaseSystemAddressTheRecordRefusesIsSaidInWordsNotAsAStackTrace() {
        var refused = assertThrows(Preflight.Refused.class, () -> Preflight.start(ApplicationContext.builder().properties(Map.of(
                "waymark.delivery.url", "http://cases.provider.test/intake",
                "waymark.delivery.secret", "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")).environments("test")));
        assertEquals("WAYMARK_DELIVERY_URL must be https:// (plain http:// only to this machine)", refused.getMessage());
    }
}
