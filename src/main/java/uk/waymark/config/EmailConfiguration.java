package uk.waymark.config;

import io.micronaut.core.annotation.Nullable;

import java.util.Locale;
import java.util.Set;

/**
 * Delivery by email to the provider's secure mailbox (see README, "Delivering cases by email").
 * Read by {@link Settings#email} before the portal starts, so that a half-set or unsafe mailbox
 * stops it with what to fix. With no {@code to}, email is off.
 *
 * @param to                  the mailbox cases go to (WAYMARK_DELIVERY_EMAIL_TO)
 * @param from                the sender the messages carry (WAYMARK_DELIVERY_EMAIL_FROM)
 * @param host                the provider's mail server (WAYMARK_SMTP_HOST)
 * @param port                its port (WAYMARK_SMTP_PORT): 587 for STARTTLS, 465 for implicit TLS
 * @param user                the account to sign in with, or null to send without signing in
 * @param password            its password
 * @param tls                 how the connection is encrypted
 * @param trustedCertificates a PEM file of the certificates to trust instead of the system's, or null
 */
public record EmailConfiguration(@Nullable String to, @Nullable String from, @Nullable String host, int port,
                                 @Nullable String user, @Nullable String password, Tls tls,
                                 @Nullable String trustedCertificates) {

    /** How the connection to the mail server is encrypted. Nothing ever falls back to plain text. */
    public enum Tls {
        /** Plain connection upgraded with STARTTLS, which is required: a server without it is refused. */
        STARTTLS,
        /** TLS from the first byte (SMTPS). */
        TLS,
        /** No encryption: only to a mail server on this machine, for tests. */
        NONE;

        static Tls of(String setting) {
            try {
                return valueOf(setting.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("WAYMARK_SMTP_TLS must be starttls, tls or none (none only to this machine), not '"
                        + setting + "'");
            }
        }
    }

    private static final Set<String> THIS_MACHINE = Set.of("localhost", "127.0.0.1", "::1", "[::1]");

    public EmailConfiguration {
        to = blankToNull(to);
        from = blankToNull(from);
        host = blankToNull(host);
        user = blankToNull(user);
        trustedCertificates = blankToNull(trustedCertificates);
        if (to != null) {
            if (from == null) {
                throw new IllegalArgumentException("WAYMARK_DELIVERY_EMAIL_TO is set: set WAYMARK_DELIVERY_EMAIL_FROM too, the address the messages come from");
            }
            if (host == null) {
                throw new IllegalArgumentException("WAYMARK_DELIVERY_EMAIL_TO is set: set WAYMARK_SMTP_HOST too, the provider's mail server");
            }
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("WAYMARK_SMTP_PORT must be a port number, like 587");
            }
            if (tls == Tls.NONE && !THIS_MACHINE.contains(host.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("WAYMARK_SMTP_TLS=none sends cases unencrypted, so it is refused for " + host
                        + ": use starttls or tls (none is only for a mail server on this machine)");
            }
            if (user != null && (password == null || password.isEmpty())) {
                throw new IllegalArgumentException("WAYMARK_SMTP_USER is set: set WAYMARK_SMTP_PASSWORD too");
            }
        }
    }

    /** From the settings as written: {@code tls} as in WAYMARK_SMTP_TLS. */
    static EmailConfiguration of(String to, String from, String host, int port, String user, String password, String tls,
                                 String trustedCertificates) {
        return new EmailConfiguration(to, from, host, port, user, password, Tls.of(tls), trustedCertificates);
    }

    public boolean enabled() {
        return to != null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
