package uk.waymark.intake;

import uk.waymark.support.TestH2;

import java.util.Map;

/** Intake case storage on H2 in PostgreSQL mode, the embedded development database. */
class IntakeCasesOnH2Test extends IntakeCasesContract {

    @Override
    Map<String, String> newDatabase() {
        return TestH2.newDatabase();
    }
}
