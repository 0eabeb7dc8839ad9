package uk.waymark.store;

import uk.waymark.support.TestPostgres;

import java.util.Map;

/** Group commit on a real PostgreSQL, the production database. */
class GroupCommitOnPostgresTest extends GroupCommitContract {

    @Override
    Map<String, String> newDatabase() {
        return TestPostgres.newDatabase();
    }
}
