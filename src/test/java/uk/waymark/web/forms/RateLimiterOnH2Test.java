package uk.waymark.web.forms;

import uk.waymark.support.TestH2;

import java.util.Map;

/** The rate limit on H2 in PostgreSQL mode, the embedded development database. */
class RateLimiterOnH2Test extends RateLimiterContract {

    @Override
    Map<String, String> newDatabase() {
        return TestH2.newDatabase();
    }
}
