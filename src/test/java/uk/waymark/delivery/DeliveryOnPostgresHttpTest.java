package uk.waymark.delivery;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.TestInstance;
import uk.waymark.support.TestPostgres;

import java.util.Map;

/** The same tests as {@link DeliveryHttpTest}, with the outbox in a real PostgreSQL. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeliveryOnPostgresHttpTest extends DeliveryHttpTest {

    DeliveryOnPostgresHttpTest() throws java.io.IOException {
        super();
    }

    @Override
    Map<String, String> database() {
        return TestPostgres.newDatabase();
    }
}
