package uk.waymark.behaviour;

import org.junit.jupiter.api.Test;
import uk.waymark.content.PackLoader;
import uk.waymark.questions.Answers;
import uk.waymark.questions.FormData;
import uk.waymark.support.AnyText;
import uk.waymark.web.forms.QuestionViews;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
            Map<String, Object> posted = answers(any);
            Answers answers = BehaviourGuide.QUESTIONS.read(new FormData(posted));
            for (BehaviourGuide guide : GUIDES) {
                var errors = answers.problems();
                var questions = QuestionViews.choices(answers, errors);
                assertEquals(4, questions.size());
                questions.forEach(q -> q.options().stream().filter(o -> o.checked())
                        .forEach(o -> assertEquals(posted.get(q.name()), o.value())));
                if (errors.isEmpty()) {
                    var suggestions = guide.suggest(answers);
                    assertTrue(!suggestions.always().isEmpty() || !suggestions.fits().isEmpty() || !suggestions.unknownCriteria().isEmpty()
                            || suggestions.under18(), "every valid answer leads somewhere");
                }
            }
        });
    }

    /** Mostly the offered answers, sometimes none, sometimes any text at all. */
    private static Map<String, Object> answers(AnyText any) {
        Supplier<String> answer = () -> switch (any.weighted(8, 1, 2)) {
            case 0 -> any.of(BehaviourGuide.YES, BehaviourGuide.NO, BehaviourGuide.NOT_SURE, BehaviourGuide.ADULT,
                    BehaviourGuide.UNDER_18, BehaviourGuide.RECOGNISE, BehaviourGuide.NOT_YET);
            case 1 -> null;
            default -> any.any(300);
        };
        Map<String, Object> posted = new HashMap<>();
        for (String name : List.of("age", "police", "recognise", "harm")) {
            String value = answer.get();
            if (value != null) {
                posted.put(name, value);
            }
        }
        return posted;
    }
}
