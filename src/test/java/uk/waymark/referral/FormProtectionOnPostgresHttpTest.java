package uk.waymark.referral;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.TestInstance;
import uk.waymark.support.UsesPostgres;

/** The same tests as {@link FormProtectionHttpTest}, with the cases stored in a real PostgreSQL. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FormProtectionOnPostgresHttpTest extends FormProtectionHttpTest implements UsesPostgres {
}
