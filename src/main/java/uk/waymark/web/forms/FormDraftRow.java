package uk.waymark.web.forms;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A row of {@code form_draft}: a form's answers, sealed, until they expire. */
@MappedEntity("form_draft")
record FormDraftRow(@Id String id, String sealed, Instant expiresAt) {
}
