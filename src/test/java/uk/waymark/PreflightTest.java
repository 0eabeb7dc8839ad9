package uk.waymark;

import io.micronaut.context.ApplicationContext;
import org.junit.jupiter.api.Test;
import uk.waymark.config.ContentConfiguration;
import uk.waymark.config.DatabaseConfiguration;
import uk.waymark.config.Settings;
import uk.waymark.content.Pack;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    /** H2 on disk without WRITE_DELAY=0 would lose confirmed referrals to a kill (see faults/DefaultDatabaseKillTest). */
    @Test
    void anH2DatabaseOnDiskThatDelaysItsCommitsIsRefusedSayingWhatToAdd() {
        var refused = assertThrows(Preflight.Refused.class, () -> Preflight.check(ApplicationContext.builder().properties(Map.of(
                "datasources.default.url", "jdbc:h2:file:./data/elsewhere;MODE=PostgreSQL;DB_CLOSE_ON_EXIT=FALSE")).environments("test")));
        assertTrue(refused.getMessage().startsWith("WAYMARK_DATABASE_URL is an H2 database without WRITE_DELAY=0."), refused.getMessage());
        assertTrue(refused.getMessage().contains("Add ;WRITE_DELAY=0 to the address"), refused.getMessage());
        assertEquals("bolsover", Preflight.check(ApplicationContext.builder().properties(Map.of(
                "datasources.default.url", "jdbc:h2:file:./data/elsewhere;MODE=PostgreSQL;write_delay=0")).environments("test")).provider().id(),
                "the same address with WRITE_DELAY=0 is taken");
    }

    @Test
    void theDefaultDatabaseWritesEachCommitAtOnce() {
        DatabaseConfiguration standard = Settings.read(ApplicationContext.builder().deduceEnvironment(false), Settings::database);
        assertTrue(standard.url().startsWith("jdbc:h2:file:./data/waymark;"), standard.url());
        assertFalse(standard.delaysCommits(), standard.url());
        assertTrue(new DatabaseConfiguration("jdbc:h2:./data/waymark").delaysCommits());
        assertTrue(new DatabaseConfiguration("jdbc:h2:tcp://db.internal/waymark;WRITE_DELAY=500").delaysCommits());
        assertFalse(new DatabaseConfiguration("jdbc:h2:mem:waymark").delaysCommits());
        assertFalse(new DatabaseConfiguration("jdbc:postgresql://db.internal:5432/waymark").delaysCommits());
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
