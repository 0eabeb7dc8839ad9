package uk.waymark.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import uk.waymark.content.Provider;
import uk.waymark.intake.StoredCase;
import uk.waymark.questions.Questionnaires;

final class CaseMessage {
    private final CasePayload payload;
    CaseMessage(Provider provider, Questionnaires forms, CasePayload payload) { this.payload = payload; }
    MimeMessage compose(Session session, StoredCase stored, String key, String from, String to) throws MessagingException {
        MimeMessage m = new MimeMessage(session) { @Override protected void updateMessageID() throws MessagingException { setHeader("Message-ID", "<" + key + "@waymark>"); } };
        m.setFrom(new InternetAddress(from)); m.setRecipients(jakarta.mail.Message.RecipientType.TO, to);
        m.setSubject("New case " + stored.reference().value()); m.setText(new String(payload.of(stored)), "UTF-8");
        return m;
    }
}
