package uk.waymark.referral;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.TestInstance;
import uk.waymark.support.UsesPostgres;

/** The same tests as {@link ContactFormHttpTest}, with the cases stored in a real PostgreSQL. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContactFormOnPostgresHttpTest extends ContactFormHttpTest implements UsesPostgres {
}
