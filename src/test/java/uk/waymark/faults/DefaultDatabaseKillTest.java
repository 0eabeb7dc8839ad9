package uk.waymark.faults;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.waymark.content.SitePage;
import uk.waymark.support.Forms;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The embedded database the portal starts on when no WAYMARK_DATABASE_URL is set (the README's run
 * command, the Dockerfile's default) keeps every referral it has answered for: the portal is
 * SIGKILLed the moment each confirmation comes back, and each case is still in its file. H2 keeps
 * its commits in memory for half a second by default (WRITE_DELAY), so a portal killed then lost
 * cases it had already confirmed.
 */
class DefaultDatabaseKillTest {

    static final String PATH = SitePage.CONTACT.path();
    static final int ROUNDS = 3;

    @TempDir
    Path dir;

    private final List<Process> running = new ArrayList<>();

    @AfterEach
    void tearDown() {
        running.forEach(Processes::kill);
    }

    @Test
    void aReferralConfirmedJustBeforeTheProcessIsKilledIsStillStored() throws Exception {
        for (int round = 1; round <= ROUNDS; round++) {
            int port = Processes.freePort();
            Map<String, String> env = Processes.portalEnvironmentOnDefaultDatabase(port);
            Path log = dir.resolve("portal-" + round + ".log");
            Process portal = Processes.java(dir, "uk.waymark.Application", env, log);
            running.add(portal);
            Processes.awaitOk("http://127.0.0.1:" + port + "/health", portal, log, Duration.ofSeconds(60));

            Forms forms = new Forms(port);
            Map<String, Object> answers = Forms.validContact();
            answers.put("token", forms.token(PATH));
            HttpResponse<String> sent = forms.post(PATH, Forms.encode(answers), "Origin", forms.origin());
            assertEquals(303, sent.statusCode(), "round " + round + ": the referral is confirmed");
            Processes.kill(portal);

            assertEquals(round, count("SELECT COUNT(*) FROM intake_case"), "round " + round + ": every confirmed case is in the file");
            assertEquals(round, count("SELECT COUNT(*) FROM case_delivery"), "round " + round + ": and each is waiting to be delivered");
        }
    }

    /** Opens the file the portal used, as the portal would, once the portal is gone. */
    private long count(String sql) throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("data/waymark") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
