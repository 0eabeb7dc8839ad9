package uk.waymark.behaviour;

import org.junit.jupiter.api.Test;
import uk.waymark.content.PackLoader;
import uk.waymark.support.AnyText;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The behaviour questions for any answers at all, in every pack: checking, showing the questions
 * again and choosing services never throw, and only the offered answers are ever ticked.
 * Seeded ({@link AnyText#SEED}; -Dproperty.seed=N for another run).
 */
class BehaviourAnswersPropertiesTest {

    private static final List<BehaviourGuide> GUIDES = new PackLoader(Path.of("content")).available().stream()
            .map(id -> new BehaviourGuide(new PackLoader(Path.of("content")).load(id))).toList();

    @Test
    void anyAnswersAreCheckedShownAndSuggestedWithoutAThrow() {
        AnyText.tries(100, any -> {
            BehaviourAnswers answers = answers(any);
            for (BehaviourGuide guide : GUIDES) {
                var errors = guide.check(answers);
                var questions = guide.questions(answers, errors);
                assertEquals(4, questions.size());
                questions.forEach(q -> q.options().stream().filter(o -> o.checked())
                        .forEach(o -> assertTrue(java.util.Arrays.asList(answers.age(), answers.police(), answers.recognise(), answers.harm()).contains(o.value()))));
                if (errors.isEmpty()) {
                    var suggestions = guide.suggest(answers);
                    assertTrue(!suggestions.always().isEmpty() || !suggestions.fits().isEmpty() || !suggestions.unknownCriteria().isEmpty()
                            || suggestions.under18(), "every valid answer leads somewhere");
                }
            }
        });
    }

    /** Mostly the offered answers, sometimes none, sometimes any text at all. */
    private static BehaviourAnswers answers(AnyText any) {
        Supplier<String> answer = () -> switch (any.weighted(8, 1, 2)) {
            case 0 -> any.of(BehaviourGuide.YES, BehaviourGuide.NO, BehaviourGuide.NOT_SURE, BehaviourGuide.ADULT,
                    BehaviourGuide.UNDER_18, BehaviourGuide.RECOGNISE, BehaviourGuide.NOT_YET);
            case 1 -> null;
            default -> any.any(300);
        };
        return new BehaviourAnswers(answer.get(), answer.get(), answer.get(), answer.get());
    }
}
