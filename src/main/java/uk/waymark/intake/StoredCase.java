package uk.waymark.intake;

import java.time.Instant;
import java.util.Map;

/**
 * A stored case with its answers decrypted.
 *
 * @param answers the answers in the order they were given: strings, booleans and lists of
 *                strings, unmodifiable
 */
public record StoredCase(CaseReference reference, CaseKind kind, Verification verification, Instant createdAt,
                         Map<String, Object> answers) {
}
