package uk.waymark.store;

import uk.waymark.support.TestH2;

import java.util.Map;

/** Group commit on the embedded default's database. */
class GroupCommitOnH2Test extends GroupCommitContract {

    @Override
    Map<String, String> newDatabase() {
        return TestH2.newDatabase();
    }
}
