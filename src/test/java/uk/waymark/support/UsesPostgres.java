package uk.waymark.support;

import io.micronaut.test.support.TestPropertyProvider;

import java.util.Map;

/**
 * For a {@code @MicronautTest} (with {@code @TestInstance(PER_CLASS)}) that should run against
 * PostgreSQL instead of the in-memory H2: its context gets a new database on the shared server.
 * A test that has properties of its own adds {@link TestPostgres#newDatabase()} to them instead.
 */
public interface UsesPostgres extends TestPropertyProvider {

    @Override
    default Map<String, String> getProperties() {
        return TestPostgres.newDatabase();
    }
}
