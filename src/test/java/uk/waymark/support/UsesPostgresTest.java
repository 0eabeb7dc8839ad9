package uk.waymark.support;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.waymark.intake.CaseKind;
import uk.waymark.intake.CaseReference;
import uk.waymark.intake.IntakeCases;
import uk.waymark.intake.Verification;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A {@code @MicronautTest} that implements {@link UsesPostgres} stores its cases in PostgreSQL. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UsesPostgresTest implements UsesPostgres {

    @Inject
    IntakeCases cases;

    @Property(name = "datasources.default.url")
    String databaseUrl;

    @Test
    void theContextStoresCasesInItsOwnPostgresDatabase() {
        assertTrue(databaseUrl.startsWith("jdbc:postgresql://localhost:"), databaseUrl);

        CaseReference reference = cases.open(CaseKind.CONCERN, Verification.NOT_CHECKED, Map.of("concern", "Heard a fight"));

        assertEquals(Map.of("concern", "Heard a fight"), cases.find(reference).orElseThrow().answers());
    }
}
