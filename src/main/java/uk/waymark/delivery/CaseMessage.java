package uk.waymark.delivery;

import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import uk.waymark.content.Provider;
import uk.waymark.intake.CaseKind;
import uk.waymark.intake.StoredCase;
import uk.waymark.intake.Verification;
import uk.waymark.questions.AnswersInWords;
import uk.waymark.questions.AnswersInWords.Line;
import uk.waymark.questions.ContactMethod;
import uk.waymark.questions.Form;
import uk.waymark.questions.Part;
import uk.waymark.questions.Questionnaires;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A case as an email to the provider's secure mailbox. The subject says only what kind of case
 * it is and its reference. The body (plain text and simple HTML, nothing loaded from anywhere)
 * opens with how to make contact safely, then when contact was promised, then every other
 * answer, then what the anti-automation check said; the case's JSON is attached. The message
 * goes only to the provider: nothing is ever addressed to the person who sent the case.
 */
final class CaseMessage {

    /** What a Message-ID is made from: an idempotency key is a UUID. */
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
    private static final Pattern WITHIN = Pattern.compile("within (\\d{1,3}) (hour|day)s?", Pattern.CASE_INSENSITIVE);
    private static final DateTimeFormatter DEADLINE = DateTimeFormatter.ofPattern("d MMMM, HH:mm", Locale.UK);
    private static final DateTimeFormatter SENT = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK);
    private static final String FRAME = "=".repeat(64);
    private static final String SAFE_HEADING = "How to make contact safely: read this first";
    private static final String OTHER_HEADING = "Their other answers";

    private final Provider provider;
    private final Questionnaires forms;
    private final CasePayload payload;
    private final Clock clock;
    private final ZoneId zone;

    /**
     * @param clock the time the message is dated
     * @param zone  the time zone promised and sent times are said in: the provider's, Europe/London
     */
    CaseMessage(Provider provider, Questionnaires forms, CasePayload payload, Clock clock, ZoneId zone) {
        this.provider = provider;
        this.forms = forms;
        this.payload = payload;
        this.clock = clock;
        this.zone = zone;
    }

    /**
     * The message for this case, ready to send.
     *
     * @param idempotencyKey the case's delivery key, the same on every attempt: the Message-ID is
     *                       made from it alone, so a repeat is recognisable as one
     * @param from           the portal's sending address
     * @param to             the provider's secure mailbox
     */
    MimeMessage compose(Session session, StoredCase stored, String idempotencyKey, String from, String to) throws MessagingException {
        if (!KEY.matcher(idempotencyKey).matches()) {
            throw new IllegalArgumentException("An idempotency key must be letters, digits, '.', '_' or '-'");
        }
        MimeMessage message = new KeyedMessage(session, messageId(idempotencyKey));
        message.setFrom(new InternetAddress(from, true));
        message.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(to, true));
        message.setSubject(subject(stored), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(clock.instant()));
        message.setHeader("Auto-Submitted", "auto-generated");
        message.setHeader("X-Auto-Response-Suppress", "All");

        Body body = body(stored);
        MimeBodyPart text = new MimeBodyPart();
        text.setText(body.text(), StandardCharsets.UTF_8.name());
        MimeBodyPart html = new MimeBodyPart();
        html.setText(body.html(), StandardCharsets.UTF_8.name(), "html");
        MimeMultipart alternative = new MimeMultipart("alternative", text, html);
        MimeBodyPart words = new MimeBodyPart();
        words.setContent(alternative);

        MimeBodyPart json = new MimeBodyPart();
        json.setDataHandler(new DataHandler(new ByteArrayDataSource(payload.of(stored), "application/json")));
        json.setFileName(attachmentName(stored));
        json.setDisposition(MimeBodyPart.ATTACHMENT);

        message.setContent(new MimeMultipart("mixed", words, json));
        message.saveChanges();
        return message;
    }

    /** The Message-ID a case's message has, from its idempotency key alone. */
    static String messageId(String idempotencyKey) {
        return "<" + idempotencyKey + "@waymark>";
    }

    /** The kind of case and its reference: never a name, a number or an answer. */
    static String subject(StoredCase stored) {
        return "New " + kind(stored.kind()) + " " + stored.reference().value();
    }

    static String attachmentName(StoredCase stored) {
        return "case-" + stored.reference().value() + ".json";
    }

    private static String kind(CaseKind kind) {
        return switch (kind) {
            case SELF_REFERRAL -> "self-referral";
            case CONCERN -> "concern report";
        };
    }

    /** The body's words, in order, once; the text and HTML parts are both made from them. */
    private record Words(String title, List<Line> safeContact, List<String> timing, List<Line> other, String verification) {
    }

    private record Body(String text, String html) {
    }

    private Body body(StoredCase stored) {
        Form form = switch (stored.kind()) {
            case SELF_REFERRAL -> forms.selfReferral();
            case CONCERN -> forms.concern();
        };
        Map<Part, List<Line>> lines = AnswersInWords.of(form, stored.answers());
        Words words = new Words(subject(stored), lines.get(Part.SAFE_CONTACT), timing(stored),
                lines.get(Part.OTHER), verification(stored.verification()));
        return new Body(text(words, stored), html(words, stored));
    }

    /**
     * The promise made to the person, with its deadline where it counts hours or days, then when
     * the case was sent. As on the confirmation page: no promise to a tenant-only policy's
     * non-tenants, and none when the person asked not to be contacted.
     */
    private List<String> timing(StoredCase stored) {
        ZonedDateTime sent = stored.createdAt().atZone(zone);
        String sentOn = "Sent on " + SENT.format(sent) + ".";
        String promise = contacted(stored) ? provider.contactPromiseFor(tenant(stored)) : null;
        if (promise == null || promise.isBlank()) {
            return List.of(sentOn);
        }
        Matcher within = WITHIN.matcher(promise.strip());
        if (!within.matches()) {
            return List.of("We promised contact " + promise.strip() + ".", sentOn);
        }
        long count = Long.parseLong(within.group(1));
        ZonedDateTime by = within.group(2).equalsIgnoreCase("hour") ? sent.plusHours(count) : sent.plusDays(count);
        return List.of("We promised contact " + promise.strip() + ": by " + DEADLINE.format(by) + ".", sentOn);
    }

    private static boolean tenant(StoredCase stored) {
        return stored.kind() == CaseKind.SELF_REFERRAL && "tenant".equals(stored.answers().get("housing"));
    }

    private static boolean contacted(StoredCase stored) {
        return !(stored.answers().get("contact") instanceof Map<?, ?> contact
                && ContactMethod.NONE.id().equals(contact.get("method")));
    }

    private static String verification(Verification verification) {
        return switch (verification) {
            case UNVERIFIED -> "Unverified: this case did not pass the anti-automation checks. Triage it: it may still be a person who needs help.";
            case VERIFIED -> "This case passed the anti-automation checks.";
            case NOT_CHECKED -> "The anti-automation checks are not turned on, so this case was not checked.";
        };
    }

    private static String text(Words words, StoredCase stored) {
        StringBuilder text = new StringBuilder();
        text.append(words.title()).append("\n\n");
        text.append(FRAME).append('\n');
        text.append("| ").append(SAFE_HEADING.toUpperCase(Locale.UK)).append('\n');
        text.append("|\n");
        for (Line line : words.safeContact()) {
            for (String row : inText(line).split("\n", -1)) {
                text.append(row.isEmpty() ? "|" : "| " + row).append('\n');
            }
        }
        text.append(FRAME).append("\n\n");
        words.timing().forEach(line -> text.append(line).append('\n'));
        text.append('\n').append(OTHER_HEADING).append("\n\n");
        if (words.other().isEmpty()) {
            text.append("None.\n");
        }
        for (Line line : words.other()) {
            text.append(inText(line)).append('\n');
        }
        text.append('\n').append(words.verification()).append("\n\n");
        text.append("The case is attached as ").append(attachmentName(stored)).append(".\n");
        return text.toString();
    }

    /** "Label: answer", or "Question? Answer"; an answer of several lines starts on the next. */
    private static String inText(Line line) {
        if (line.answer().contains("\n")) {
            return line.label() + "\n  " + line.answer().replace("\n", "\n  ");
        }
        return line.label() + (line.label().endsWith("?") ? " " : ": ") + line.answer();
    }

    private static String html(Words words, StoredCase stored) {
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(escape(words.title()))
                .append("</title></head>\n")
                .append("<body style=\"margin:0;padding:16px;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.4;color:#0b0c0c;background:#ffffff\">\n")
                .append("<h1 style=\"font-size:22px;margin:0 0 16px\">").append(escape(words.title())).append("</h1>\n")
                .append("<div style=\"border:4px solid #0b0c0c;padding:12px 16px;margin:0 0 16px\">\n")
                .append("<h2 style=\"font-size:19px;margin:0 0 8px\">").append(escape(SAFE_HEADING)).append("</h2>\n");
        table(html, words.safeContact());
        html.append("</div>\n");
        for (String line : words.timing()) {
            html.append("<p style=\"margin:0 0 8px\">").append(escape(line)).append("</p>\n");
        }
        html.append("<h2 style=\"font-size:19px;margin:24px 0 8px\">").append(escape(OTHER_HEADING)).append("</h2>\n");
        if (words.other().isEmpty()) {
            html.append("<p style=\"margin:0 0 8px\">None.</p>\n");
        } else {
            table(html, words.other());
        }
        html.append("<p style=\"margin:16px 0 8px;font-weight:bold\">").append(escape(words.verification())).append("</p>\n")
                .append("<p style=\"margin:0\">The case is attached as ").append(escape(attachmentName(stored))).append(".</p>\n")
                .append("</body></html>\n");
        return html.toString();
    }

    private static void table(StringBuilder html, List<Line> lines) {
        html.append("<table style=\"border-collapse:collapse\">\n");
        for (Line line : lines) {
            html.append("<tr><th scope=\"row\" style=\"text-align:left;vertical-align:top;padding:4px 16px 4px 0;font-weight:bold\">")
                    .append(escape(line.label()))
                    .append("</th><td style=\"vertical-align:top;padding:4px 0\">")
                    .append(escape(line.answer()).replace("\n", "<br>"))
                    .append("</td></tr>\n");
        }
        html.append("</table>\n");
    }

    /** Text as HTML that shows it as written, whatever it holds. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** A message whose Message-ID stays the one made from its key, however often it is saved or sent. */
    private static final class KeyedMessage extends MimeMessage {

        private final String messageId;

        KeyedMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
