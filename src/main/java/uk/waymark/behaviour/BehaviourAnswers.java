package uk.waymark.behaviour;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * The answers to the "worried about your own behaviour" questions, as posted. Nothing here is
 * stored or logged: the answers only choose which services the next page shows.
 */
@Serdeable
record BehaviourAnswers(@Nullable String age, @Nullable String police, @Nullable String recognise, @Nullable String harm) {
}
