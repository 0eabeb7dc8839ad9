package uk.waymark.questions;

/** When a question must be answered, given the other answers. */
@FunctionalInterface
public interface Condition {

    Condition ALWAYS = answers -> true;
    Condition NEVER = answers -> false;

    boolean holds(Answers answers);
}
