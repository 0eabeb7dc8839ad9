package uk.waymark.support;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.subethamail.smtp.MessageContext;
import org.subethamail.smtp.MessageHandler;
import org.subethamail.smtp.RejectException;
import org.subethamail.smtp.auth.EasyAuthenticationHandlerFactory;
import org.subethamail.smtp.server.SMTPServer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A real SMTP server in the test's process (SubEthaSMTP): STARTTLS (required), TLS from the first
 * byte, or plain text only; optionally a sign-in; and an answer to the end of DATA the test can
 * change at any time: accept (250), or a 4xx or 5xx reply, after an optional pause.
 */
public final class TestMailServer implements AutoCloseable {

    /** How the server is reached. */
    public enum Mode { STARTTLS, TLS, PLAIN_ONLY }

    /** A message the server accepted, with the envelope it came with. */
    public record Received(String from, List<String> to, byte[] data) {
        public MimeMessage message() {
            try {
                return new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(data));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private final SMTPServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger refused = new AtomicInteger();
    private volatile int replyCode = 250;
    private volatile String replyText = "";
    private volatile long pauseMillis;
    private volatile Consumer<Received> beforeReply = r -> { };

    private TestMailServer(SMTPServer server) {
        this.server = server;
    }

    /**
     * Starts a server on {@code port} (0 for any free one).
     *
     * @param certificates the server's certificate, for STARTTLS and TLS
     * @param user         the account it asks for, or null for none
     */
    public static TestMailServer start(Mode mode, int port, TestCertificates certificates, String user, String password) {
        TestMailServer[] self = new TestMailServer[1];
        SMTPServer.Builder builder = SMTPServer.port(port).hostName("mail.test")
                .messageHandlerFactory(context -> self[0].handler(context));
        switch (mode) {
            case STARTTLS -> builder.enableTLS().requireTLS().startTlsSocketFactory(certificates.serverContext());
            case TLS -> builder.serverSocketFactory(certificates.serverContext());
            case PLAIN_ONLY -> builder.enableTLS(false).hideTLS();
        }
        if (user != null) {
            builder.authenticationHandlerFactory(new EasyAuthenticationHandlerFactory(
                    (name, secret, context) -> {
                        if (!user.equals(name) || !password.equals(secret)) {
                            throw new org.subethamail.smtp.auth.LoginFailedException("wrong user or password");
                        }
                    })).requireAuth();
        }
        SMTPServer server = builder.build();
        self[0] = new TestMailServer(server);
        server.start();
        return self[0];
    }

    public int port() {
        return server.getPortAllocated();
    }

    /** Answers the end of DATA with this reply from now on: 250 accepts, 4xx and 5xx refuse. */
    public TestMailServer replying(int code, String text) {
        this.replyCode = code;
        this.replyText = text;
        return this;
    }

    /** Waits this long before answering the end of DATA. */
    public TestMailServer pausing(long millis) {
        this.pauseMillis = millis;
        return this;
    }

    /** Runs before the reply to the end of DATA, once the whole message has arrived (for example, to stop the sender). */
    public TestMailServer beforeReplying(Consumer<Received> action) {
        this.beforeReply = action;
        return this;
    }

    /** The messages accepted so far (with a 250), in order. */
    public List<Received> received() {
        return new ArrayList<>(received);
    }

    /** Messages whose DATA was refused with a 4xx or 5xx. */
    public int refused() {
        return refused.get();
    }

    private MessageHandler handler(MessageContext context) {
        return new MessageHandler() {
            private String from;
            private final List<String> to = new ArrayList<>();

            @Override
            public void from(String address) {
                from = address;
            }

            @Override
            public void recipient(String address) {
                to.add(address);
            }

            @Override
            public String data(InputStream data) throws RejectException, IOException {
                Received message = new Received(from, List.copyOf(to), data.readAllBytes());
                if (pauseMillis > 0) {
                    try {
                        Thread.sleep(pauseMillis);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                beforeReply.accept(message);
                if (replyCode != 250) {
                    refused.incrementAndGet();
                    throw new RejectException(replyCode, replyText);
                }
                received.add(message);
                return null;
            }

            @Override
            public void done() {
            }
        };
    }

    @Override
    public void close() {
        server.stop();
    }
}
