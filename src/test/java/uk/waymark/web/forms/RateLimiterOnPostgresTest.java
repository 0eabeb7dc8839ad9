package uk.waymark.web.forms;

import uk.waymark.support.TestPostgres;

import java.util.Map;

/** The rate limit on a real PostgreSQL, the production database. */
class RateLimiterOnPostgresTest extends RateLimiterContract {

    @Override
    Map<String, String> newDatabase() {
        return TestPostgres.newDatabase();
    }
}
