package uk.waymark.intake;

import uk.waymark.support.TestPostgres;

import java.util.Map;

/** Intake case storage on a real PostgreSQL, the production database. */
class IntakeCasesOnPostgresTest extends IntakeCasesContract {

    @Override
    Map<String, String> newDatabase() {
        return TestPostgres.newDatabase();
    }
}
