package uk.waymark.delivery;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.waymark.support.Forms;
import uk.waymark.support.TestPostgres;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Readiness follows the database: when PostgreSQL cannot be reached, the portal says it is not ready, yet alive. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HealthHttpTest implements TestPropertyProvider {

    private final Map<String, String> database = TestPostgres.newDatabase();

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(database);
        properties.put("datasources.default.connection-timeout", "1000");
        return properties;
    }

    @Test
    void readinessGoesDownWithTheDatabaseWhileLivenessStaysUp() throws Exception {
        var http = new Forms(server.getPort());
        assertEquals(200, http.get("/health/readiness").statusCode());

        TestPostgres.refuseConnections(database);

        var readiness = http.get("/health/readiness");
        assertEquals(503, readiness.statusCode());
        assertEquals("{\"status\":\"DOWN\"}", readiness.body());
        assertEquals(200, http.get("/health/liveness").statusCode());
        assertEquals(200, http.get("/").statusCode(), "the information pages are still served");
    }
}
