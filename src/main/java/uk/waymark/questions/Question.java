package uk.waymark.questions;

/**
 * One question of a {@link Form}: typed text, or a choice of fixed answers.
 *
 * <p>{@code name} is the posted field's name and the id its page gives it; {@code key} is where
 * the case keeps the answer; {@code part} says whether it is a safe-contact instruction.
 */
public sealed interface Question permits TextQuestion, ChoiceQuestion {

    String name();

    String key();

    Part part();
}
