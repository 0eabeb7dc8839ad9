package uk.waymark.delivery;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.eclipse.angus.mail.smtp.SMTPTransport;
import uk.waymark.config.DeliveryConfiguration;
import uk.waymark.config.EmailConfiguration;
import uk.waymark.intake.StoredCase;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.time.Clock;
import java.util.Properties;

/**
 * Cases as email to the provider's secure mailbox, through Jakarta Mail (Eclipse Angus). The
 * connection is always encrypted, STARTTLS (required, never skipped) or TLS from the start,
 * with the server's certificate and host name checked. The server's 250 to the end of DATA is
 * the acknowledgement; a 4xx reply, a refused sign-in or no answer is tried again; a 5xx reply
 * refuses the case for good. Only reply codes and the server's own words are reported, never
 * what a case says.
 */
final class EmailChannel implements Channel {

    private final EmailConfiguration email;
    private final CaseMessage messages;
    private final Clock clock;
    private final Session session;

    EmailChannel(EmailConfiguration email, DeliveryConfiguration delivery, CaseMessage messages, Clock clock) {
        this.email = email;
        this.messages = messages;
        this.clock = clock;
        this.session = Session.getInstance(properties(email, delivery));
    }

    static Properties properties(EmailConfiguration email, DeliveryConfiguration delivery) {
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", email.host());
        properties.put("mail.smtp.port", Integer.toString(email.port()));
        properties.put("mail.smtp.from", email.from());
        properties.put("mail.smtp.connectiontimeout", Long.toString(delivery.connectTimeout().toMillis()));
        properties.put("mail.smtp.timeout", Long.toString(delivery.readTimeout().toMillis()));
        properties.put("mail.smtp.writetimeout", Long.toString(delivery.readTimeout().toMillis()));
        properties.put("mail.smtp.auth", Boolean.toString(email.user() != null));
        // Fewer round trips, and a reply to every command checked before the next.
        properties.put("mail.smtp.quitwait", "false");
        switch (email.tls()) {
            case STARTTLS -> {
                properties.put("mail.smtp.starttls.enable", "true");
                properties.put("mail.smtp.starttls.required", "true");
            }
            case TLS -> properties.put("mail.smtp.ssl.enable", "true");
            case NONE -> {
            }
        }
        if (email.tls() != EmailConfiguration.Tls.NONE) {
            properties.put("mail.smtp.ssl.checkserveridentity", "true");
            properties.put("mail.smtp.ssl.protocols", "TLSv1.3 TLSv1.2");
            properties.put("mail.smtp.ssl.socketFactory", socketFactory(email.trustedCertificates()));
        }
        return properties;
    }

    /** The system's trusted certificates, or only those in the configured PEM file. */
    private static SSLSocketFactory socketFactory(String trustedCertificates) {
        try {
            if (trustedCertificates == null) {
                return SSLContext.getDefault().getSocketFactory();
            }
            KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
            trusted.load(null, null);
            try (InputStream in = Files.newInputStream(Path.of(trustedCertificates))) {
                int i = 0;
                for (Certificate certificate : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                    trusted.setCertificateEntry("trusted-" + i++, certificate);
                }
                if (i == 0) {
                    throw new IllegalArgumentException("WAYMARK_SMTP_TRUSTED_CERTIFICATES holds no certificate: " + trustedCertificates);
                }
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(trusted);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context.getSocketFactory();
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("WAYMARK_SMTP_TRUSTED_CERTIFICATES cannot be read as PEM certificates: "
                    + trustedCertificates + " (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    @Override
    public Result send(StoredCase stored, String idempotencyKey) {
        try {
            return deliver(messages.compose(session, stored, idempotencyKey, email.from(), email.to()));
        } catch (MessagingException e) {
            return Result.retry(e.getClass().getSimpleName());
        }
    }

    @Override
    public Result sendTest() {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(email.from()));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(email.to()));
            message.setSubject("Waymark test message");
            message.setHeader("Auto-Submitted", "auto-generated");
            message.setSentDate(java.util.Date.from(clock.instant()));
            message.setText("This is a test from Waymark, the domestic abuse information and self-referral portal.\n\n"
                    + "It holds no case. Cases sent to this mailbox will look like \"New self-referral K7QF-3M9X\".\n", "UTF-8");
            return deliver(message);
        } catch (MessagingException e) {
            return Result.retry(e.getClass().getSimpleName());
        }
    }

    /** Sends over one connection: accepted on the 250 to the end of DATA. */
    private Result deliver(MimeMessage message) {
        try (SMTPTransport transport = (SMTPTransport) session.getTransport("smtp")) {
            transport.connect(email.host(), email.port(), email.user(), email.password());
            transport.sendMessage(message, message.getAllRecipients());
            return Result.accepted("SMTP " + transport.getLastReturnCode());
        } catch (AuthenticationFailedException e) {
            return Result.retry("SMTP sign-in refused" + reply(e.getMessage()));
        } catch (MessagingException e) {
            MessagingException refusal = refusal(e);
            if (refusal == null) {
                return Result.retry(rootCause(e));
            }
            int code = code(refusal);
            String text = refusal.getMessage() == null ? "" : refusal.getMessage().strip();
            // The server's reply starts with its code, as a rule: say it once.
            String detail = text.startsWith(Integer.toString(code)) ? "SMTP " + reply(text).substring(2) : "SMTP " + code + reply(text);
            return code >= 500 ? Result.refused(detail) : Result.retry(detail);
        }
    }

    /** The part of the exchange the server said no to (the sender, a recipient or the message), or null if no reply did. */
    private static MessagingException refusal(Throwable e) {
        for (Throwable t = e; t != null; t = next(t)) {
            if (t instanceof SMTPSendFailedException || t instanceof SMTPAddressFailedException || t instanceof SMTPSenderFailedException) {
                return (MessagingException) t;
            }
        }
        return null;
    }

    private static int code(MessagingException refusal) {
        if (refusal instanceof SMTPSendFailedException f) {
            return f.getReturnCode();
        }
        if (refusal instanceof SMTPAddressFailedException f) {
            return f.getReturnCode();
        }
        return ((SMTPSenderFailedException) refusal).getReturnCode();
    }

    /** Jakarta Mail chains the refusals of one send as next exceptions, and other failures as causes. */
    private static Throwable next(Throwable t) {
        Throwable next = t instanceof MessagingException m && m.getNextException() != null ? m.getNextException() : t.getCause();
        return next == t ? null : next;
    }

    /** The server's words on one line, kept short: they name the server's reason, not the case. */
    private static String reply(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String line = text.replaceAll("\\s+", " ").strip();
        return ": " + (line.length() > 200 ? line.substring(0, 200) + "…" : line);
    }

    private static String rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : ": " + root.getMessage().replaceAll("\\s+", " ").strip();
        return root.getClass().getSimpleName() + (message.length() > 200 ? message.substring(0, 200) + "…" : message);
    }

    /** A mailbox keeps every copy: a person would read each repeat. */
    @Override
    public boolean dropsRepeats() {
        return false;
    }

    @Override
    public String describe() {
        return "email to " + email.to() + " through " + email.host() + ":" + email.port() + " (" + email.tls().name().toLowerCase() + ")";
    }
}
