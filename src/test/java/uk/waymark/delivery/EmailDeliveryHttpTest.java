package uk.waymark.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.waymark.Preflight;
import uk.waymark.content.SitePage;
import uk.waymark.intake.CaseReference;
import uk.waymark.intake.IntakeCases;
import uk.waymark.support.Forms;
import uk.waymark.support.PackPortal;
import uk.waymark.support.TestCertificates;
import uk.waymark.support.TestH2;
import uk.waymark.support.TestMailServer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Delivery by email in one process, to a real SMTP server over real TLS: a referral arrives as one
 * message with its case attached and is erased only once the server accepted it; a server that
 * offers only plain text, a certificate for another host and a refused sign-in are never sent to,
 * and the case waits; a 4xx is tried again; a 5xx dead-letters at once.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmailDeliveryHttpTest {

    private static final Pattern REFERENCE = Pattern.compile("<strong class=\"waymark-reference\">([^<]+)</strong>");
    private static final String MAILBOX = "safeguarding@provider.test";

    private final Path directory;
    private final TestCertificates localhost;
    private final TestCertificates elsewhere;

    EmailDeliveryHttpTest() throws IOException {
        directory = Files.createTempDirectory("waymark-smtp");
        localhost = TestCertificates.localhost(directory);
        elsewhere = TestCertificates.elsewhere(directory.resolve("elsewhere"));
    }

    @AfterAll
    void removeCertificates() throws IOException {
        try (var files = Files.walk(directory)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    private Map<String, Object> settings(int port, String tls, Path trusted, String user, String password) {
        Map<String, Object> settings = new HashMap<>(TestH2.newDatabase());
        settings.put("waymark.email.to", MAILBOX);
        settings.put("waymark.email.from", "portal@provider.test");
        settings.put("waymark.email.smtp-host", "localhost");
        settings.put("waymark.email.smtp-port", port);
        settings.put("waymark.email.smtp-tls", tls);
        settings.put("waymark.email.trusted-certificates", trusted.toString());
        if (user != null) {
            settings.put("waymark.email.smtp-user", user);
            settings.put("waymark.email.smtp-password", password);
        }
        settings.put("waymark.delivery.first-retry", "100ms");
        settings.put("waymark.delivery.max-retry", "200ms");
        settings.put("waymark.delivery.poll-interval", "50ms");
        settings.put("waymark.delivery.max-attempts", 4);
        return settings;
    }

    private static String refer(PackPortal portal) throws Exception {
        Forms forms = new Forms(portal.port());
        Map<String, Object> answers = Forms.validContact();
        var sent = forms.post(SitePage.CONTACT.path(), answers);
        assertEquals(303, sent.statusCode());
        Matcher reference = REFERENCE.matcher(forms.get(sent.headers().firstValue("Location").orElseThrow()).body());
        assertTrue(reference.find());
        return reference.group(1);
    }

    private static boolean stored(PackPortal portal, String reference) {
        return portal.bean(IntakeCases.class).find(new CaseReference(reference)).isPresent();
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("timed out waiting: " + what);
            }
            Thread.sleep(20);
        }
    }

    @Test
    void aReferralArrivesThroughStartTlsAsOneMessageWithItsCaseAttached() throws Exception {
        try (TestMailServer mail = TestMailServer.start(TestMailServer.Mode.STARTTLS, 0, localhost, "portal", "s3cret!");
             PackPortal portal = PackPortal.start("bolsover", settings(mail.port(), "starttls", localhost.pem(), "portal", "s3cret!"))) {
            String reference = refer(portal);
            await("the message", () -> mail.received().size() == 1);
            await("the case erased after acceptance", () -> !stored(portal, reference));
            TestMailServer.Received received = mail.received().get(0);
            assertEquals(List.of(MAILBOX), received.to());
            assertEquals("portal@provider.test", received.from());
            MimeMessage message = received.message();
            assertTrue(message.getSubject().endsWith(reference), message.getSubject());
            JsonNode attached = attachedCase(message);
            assertEquals(reference, attached.get("reference").asText());
            assertEquals("bluebell", attached.at("/safeContact/codeWord").asText());
            String messageId = message.getMessageID();
            assertNotNull(messageId);
            assertFalse(new String(received.data()).contains(reference + "@"), "the Message-ID is the idempotency key's, not the reference");
        }
    }

    @Test
    void implicitTlsWorksToo() throws Exception {
        try (TestMailServer mail = TestMailServer.start(TestMailServer.Mode.TLS, 0, localhost, null, null);
             PackPortal portal = PackPortal.start("bolsover", settings(mail.port(), "tls", localhost.pem(), null, null))) {
            String reference = refer(portal);
            await("the message", () -> mail.received().size() == 1);
            await("the case erased", () -> !stored(portal, reference));
        }
    }

    @Test
    void aServerOfferingOnlyPlainTextIsRefusedAndTheCaseWaitsThenGoesOnceTlsWorks() throws Exception {
        int port = freePort();
        try (PackPortal portal = PackPortal.start("bolsover", settings(port, "starttls", localhost.pem(), null, null))) {
            String reference;
            try (TestMailServer plain = TestMailServer.start(TestMailServer.Mode.PLAIN_ONLY, port, localhost, null, null)) {
                reference = refer(portal);
                Thread.sleep(1500); // several attempts at 100–200 ms
                assertEquals(0, plain.received().size(), "nothing sent in plain text");
                assertTrue(stored(portal, reference), "the case waits, whole");
            }
            try (TestMailServer tls = TestMailServer.start(TestMailServer.Mode.STARTTLS, port, localhost, null, null)) {
                portal.bean(Outbox.class).redrive(reference); // the attempts above may have used them all up
                await("the message once STARTTLS works", () -> tls.received().size() == 1);
                await("the case erased", () -> !stored(portal, reference));
            }
        }
    }

    @Test
    void aCertificateForAnotherHostIsRefused() throws Exception {
        try (TestMailServer mail = TestMailServer.start(TestMailServer.Mode.STARTTLS, 0, elsewhere, null, null);
             PackPortal portal = PackPortal.start("bolsover", settings(mail.port(), "starttls", elsewhere.pem(), null, null))) {
            String reference = refer(portal);
            Thread.sleep(1500);
            assertEquals(0, mail.received().size(), "the host name does not match: nothing sent");
            assertTrue(stored(portal, reference));
        }
    }

    @Test
    void wrongCredentialsAreTriedAgainThenDeadLettered() throws Exception {
        try (TestMailServer mail = TestMailServer.start(TestMailServer.Mode.STARTTLS, 0, localhost, "portal", "right");
             PackPortal portal = PackPortal.start("bolsover", settings(mail.port(), "starttls", localhost.pem(), "portal", "wrong"))) {
            String reference = refer(portal);
            await("the dead letter", () -> portal.bean(Outbox.class).dead() == 1);
            assertEquals(0, mail.received().size());
            assertTrue(stored(portal, reference), "dead-lettered cases are kept whole");
        }
    }

    @Test
    void aTemporaryRefusalIsTriedAgainAndAPermanentOneDeadLettersAtOnce() throws Exception {
        try (TestMailServer mail = TestMailServer.start(TestMailServer.Mode.STARTTLS, 0, localhost, null, null);
             PackPortal portal = PackPortal.start("bolsover", settings(mail.port(), "starttls", localhost.pem(), null, null))) {
            mail.replying(451, "4.3.0 Try again later");
            String first = refer(portal);
            await("two refusals", () -> mail.refused() >= 2);
            mail.replying(250, "");
            await("accepted on a later attempt", () -> mail.received().size() == 1);
            await("erased", () -> !stored(portal, first));

            mail.replying(554, "5.7.1 " + "Message refused by policy ".repeat(20));
            int before = mail.refused();
            String second = refer(portal);
            await("dead-lettered", () -> portal.bean(Outbox.class).dead() == 1);
            assertEquals(before + 1, mail.refused(), "one attempt only: a 5xx is for good");
            assertTrue(stored(portal, second));
        }
    }

    @Test
    void bothChannelsAtOnceAreRefusedBeforeAnythingStarts() {
        Map<String, Object> both = settings(2525, "starttls", localhost.pem(), null, null);
        both.put("waymark.delivery.url", "https://cases.provider.test/intake");
        both.put("waymark.delivery.secret", "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
        both.put("waymark.content.pack", "bolsover");
        var refused = assertThrows(Preflight.Refused.class,
                () -> Preflight.check(io.micronaut.context.ApplicationContext.builder().properties(both).environments("test")));
        assertTrue(refused.getMessage().contains("Both WAYMARK_DELIVERY_URL and WAYMARK_DELIVERY_EMAIL_TO are set"), refused.getMessage());
        Map<String, Object> plain = settings(2525, "none", localhost.pem(), null, null);
        plain.put("waymark.email.smtp-host", "mail.provider.test");
        plain.put("waymark.content.pack", "bolsover");
        var unencrypted = assertThrows(Preflight.Refused.class,
                () -> Preflight.check(io.micronaut.context.ApplicationContext.builder().properties(plain).environments("test")));
        assertTrue(unencrypted.getMessage().contains("WAYMARK_SMTP_TLS=none sends cases unencrypted"), unencrypted.getMessage());
    }

    private static JsonNode attachedCase(MimeMessage message) throws Exception {
        List<BodyPart> parts = new ArrayList<>();
        collect((Multipart) message.getContent(), parts);
        for (BodyPart part : parts) {
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) && part.getFileName().endsWith(".json")) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                part.getDataHandler().writeTo(out);
                return new ObjectMapper().readTree(out.toByteArray());
            }
        }
        throw new AssertionError("no JSON attachment in " + parts.size() + " parts");
    }

    private static void collect(Multipart multipart, List<BodyPart> parts) throws Exception {
        for (int i = 0; i < multipart.getCount(); i++) {
            BodyPart part = multipart.getBodyPart(i);
            if (part.getContent() instanceof Multipart inner) {
                collect(inner, parts);
            } else {
                parts.add(part);
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
