package uk.waymark.delivery;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;
import uk.waymark.content.SitePage;
import uk.waymark.intake.CaseReference;
import uk.waymark.intake.CaseStatus;
import uk.waymark.intake.IntakeCases;
import uk.waymark.receiver.ReferenceReceiver;
import uk.waymark.support.Forms;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Delivery in one process, against the reference receiver over real HTTP: the payload matches
 * the published JSON Schema with the safe-contact instructions first, an acknowledged case is
 * erased, a failing case is retried then dead-lettered (still whole), and re-driven.
 */
@MicronautTest(transactional = false) // the worker must see what the test commits, such as a re-drive
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the receiver's three failures are for the first case
class DeliveryHttpTest implements TestPropertyProvider {

    static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final Pattern REFERENCE = Pattern.compile("<strong class=\"waymark-reference\">([^<]+)</strong>");

    private final Path received;
    private final ReferenceReceiver receiver;
    private final int receiverPort;

    @Inject
    EmbeddedServer server;

    @Inject
    IntakeCases cases;

    @Inject
    Outbox outbox;

    @Inject
    DataSource dataSource;

    DeliveryHttpTest() throws IOException {
        received = Files.createTempFile("received", ".jsonl");
        Files.delete(received);
        // The first three answers are 500s: the first case is retried, then dead-lettered.
        receiver = new ReferenceReceiver(SECRET, received, 0, 3, 0);
        receiverPort = receiver.start(0);
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(database());
        properties.put("waymark.delivery.url", "http://127.0.0.1:" + receiverPort + "/cases");
        properties.put("waymark.delivery.secret", SECRET);
        properties.put("waymark.delivery.first-retry", "20ms");
        properties.put("waymark.delivery.max-retry", "50ms");
        properties.put("waymark.delivery.max-attempts", "3");
        properties.put("waymark.delivery.poll-interval", "20ms");
        properties.put("waymark.delivery.connect-timeout", "500ms");
        properties.put("waymark.delivery.read-timeout", "1s");
        properties.put("waymark.delivery.lease", "5s");
        return properties;
    }

    /** The database to run on: H2 here, PostgreSQL in the subclass. */
    Map<String, String> database() {
        return Map.of();
    }

    @AfterAll
    void stop() {
        receiver.stop();
    }

    @Test
    @Order(1)
    void aFailingCaseIsRetriedThenDeadLetteredWholeThenReDrivenThenDeliveredAndErased() throws Exception {
        Logger root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        root.addAppender(log);
        try {
            String reference = send(Forms.validContact());
            await(() -> status(reference).equals(CaseStatus.DEAD.name()));
            assertTrue(cases.find(new CaseReference(reference)).isPresent(), "a dead-lettered case keeps its data");
            assertEquals(0, receiver.received());
            // The worker logs once the dead-letter state is committed, so the line may come just after it.
            await(() -> logged(log).contains("Case " + reference + " moved to the dead-letter state after 3 attempts (HTTP 500)"));
            String logged = logged(log);
            assertFalse(logged.contains("bluebell") || logged.contains("07911"), "nothing the person wrote is logged");
            String metrics = new Forms(server.getPort()).get("/prometheus").body();
            assertTrue(metrics.contains("waymark_outbox_dead 1.0"), metrics);

            assertEquals(1, outbox.redrive(reference));
            await(() -> status(reference).equals(CaseStatus.DELIVERED.name()));
            assertErased(reference);
            assertEquals(1, receiver.received());
        } finally {
            root.detachAppender(log);
        }
    }

    @Test
    @Order(2)
    void aDeliveredCaseMatchesTheSchemaWithSafeContactFirstAndIsThenErased() throws Exception {
        String reference = send(Forms.validContact());
        await(() -> status(reference).equals(CaseStatus.DELIVERED.name()));
        JsonNode delivered = deliveredCase(reference);
        var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schema());
        assertEquals(java.util.Set.of(), schema.validate(delivered), "valid against intake-case.schema.json");
        assertEquals("safeContact", delivered.fieldNames().next(), "safe-contact instructions come first");
        assertEquals("phone", delivered.at("/safeContact/contact/method").asText());
        assertEquals("07911123456", delivered.at("/safeContact/contact/phone").asText());
        assertEquals("bluebell", delivered.at("/safeContact/codeWord").asText());
        assertEquals("tenant", delivered.at("/answers/housing").asText());
        assertErased(reference);

        String concern = send("/report", Forms.validConcern());
        await(() -> status(concern).equals(CaseStatus.DELIVERED.name()));
        assertEquals(java.util.Set.of(), schema.validate(deliveredCase(concern)));
    }

    @Test
    @Order(3)
    void healthAndMetricsSayHowTheOutboxIsWithoutPersonalData() throws Exception {
        var forms = new Forms(server.getPort());
        assertEquals(200, forms.get("/health/liveness").statusCode());
        assertEquals(200, forms.get("/health/readiness").statusCode());
        String metrics = forms.get("/prometheus").body();
        for (String meter : List.of("waymark_outbox_waiting ", "waymark_outbox_oldest_age_seconds ", "waymark_outbox_dead ",
                "waymark_outbox_delivered_total ", "waymark_outbox_dead_lettered_total ")) {
            assertTrue(metrics.contains(meter), meter + " in\n" + metrics);
        }
        // The posts above were written through group commit: at least one write a commit.
        double commits = meter(metrics, "waymark_group_commits_total");
        double units = meter(metrics, "waymark_group_units_total");
        assertTrue(commits > 0 && units >= commits, commits + " commits carried " + units + " writes");
        assertFalse(metrics.contains(SitePage.CONTACT.path() + "/") || metrics.contains("bluebell"), "no addresses or answers in metrics");
    }

    private static double meter(String metrics, String name) {
        return metrics.lines().filter(line -> line.startsWith(name + " ")).mapToDouble(line -> Double.parseDouble(line.substring(name.length() + 1)))
                .findFirst().orElseThrow(() -> new AssertionError(name + " in\n" + metrics));
    }

    private String send(Map<String, Object> form) throws Exception {
        return send("/contact", form);
    }

    private String send(String path, Map<String, Object> form) throws Exception {
        var forms = new Forms(server.getPort());
        var response = forms.post(path, form);
        assertEquals(303, response.statusCode());
        Matcher matcher = REFERENCE.matcher(forms.get(response.headers().firstValue("Location").orElseThrow()).body());
        assertTrue(matcher.find());
        return matcher.group(1);
    }

    private JsonNode deliveredCase(String reference) throws IOException {
        for (String line : Files.readAllLines(received)) {
            JsonNode node = new ObjectMapper().readTree(line);
            if (node.at("/case/reference").asText().equals(reference)) {
                return node.get("case");
            }
        }
        throw new AssertionError(reference + " was not received");
    }

    private void assertErased(String reference) throws Exception {
        try (Connection connection = plain().getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT personal_data, key_id, erased_at, status FROM intake_case WHERE reference = ?")) {
            select.setString(1, reference);
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next());
                assertNull(row.getBytes(1), "personal data erased");
                assertNull(row.getString(2));
                assertNotNull(row.getTimestamp(3));
                assertEquals(CaseStatus.DELIVERED.name(), row.getString(4));
            }
        }
        assertTrue(cases.find(new CaseReference(reference)).isEmpty());
    }

    /** The pool itself, outside Micronaut's transactions: what another process would see. */
    private DataSource plain() {
        return io.micronaut.data.connection.jdbc.advice.DelegatingDataSource.unwrapDataSource(dataSource);
    }

    private String status(String reference) {
        try (Connection connection = plain().getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT status FROM intake_case WHERE reference = ?")) {
            select.setString(1, reference);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getString(1) : "";
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What was logged so far; the appender adds lines under its own lock, from the worker's threads. */
    private static String logged(ListAppender<ILoggingEvent> log) {
        List<ILoggingEvent> events;
        synchronized (log) {
            events = List.copyOf(log.list);
        }
        return events.stream().map(ILoggingEvent::getFormattedMessage).reduce("", (a, b) -> a + "\n" + b);
    }

    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "timed out");
            Thread.sleep(20);
        }
    }

    private static String schema() {
        try (InputStream in = DeliveryHttpTest.class.getResourceAsStream("/schemas/intake-case.schema.json")) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
