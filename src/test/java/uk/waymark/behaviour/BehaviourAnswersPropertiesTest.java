package uk.waymark.behaviour;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import uk.waymark.content.PackLoader;
import uk.waymark.support.AnyText;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The behaviour questions for any answers at all, in every pack: checking, showing the questions
 * again and choosing services never throw, and only the offered answers are ever ticked.
 */
class BehaviourAnswersPropertiesTest {

    private static final List<BehaviourGuide> GUIDES = new PackLoader(Path.of("content")).available().stream()
            .map(id -> new BehaviourGuide(new PackLoader(Path.of("content")).load(id))).toList();

    @Property(tries = 100, seed = "11")
    void anyAnswersAreCheckedShownAndSuggestedWithoutAThrow(@ForAll("answers") BehaviourAnswers answers) {
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
    }

    @Provide
    Arbitrary<BehaviourAnswers> answers() {
        Arbitrary<String> answer = Arbitraries.frequencyOf(
                Tuple.of(8, Arbitraries.of(BehaviourGuide.YES, BehaviourGuide.NO, BehaviourGuide.NOT_SURE, BehaviourGuide.ADULT,
                        BehaviourGuide.UNDER_18, BehaviourGuide.RECOGNISE, BehaviourGuide.NOT_YET)),
                Tuple.of(1, Arbitraries.just(null)),
                Tuple.of(2, AnyText.any(300)));
        return net.jqwik.api.Combinators.combine(answer, answer, answer, answer).as(BehaviourAnswers::new);
    }
}
