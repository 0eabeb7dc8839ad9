package uk.waymark.referral;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.TestInstance;
import uk.waymark.support.UsesPostgres;

/** The same tests as {@link ConcernFormHttpTest}, with the cases stored in a real PostgreSQL. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcernFormOnPostgresHttpTest extends ConcernFormHttpTest implements UsesPostgres {
}
