package uk.waymark.intake;

import com.fasterxml.jackson.core.util.RecyclerPool;
import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CaseAnswersTest {

    private static final JsonMapper MAPPER = JsonMapper.createDefault();
    private static final CaseAnswers ANSWERS = new CaseAnswers(MAPPER);

    private static Map<String, Object> everyKind() {
        Map<String, Object> group = new LinkedHashMap<>();
        group.put("method", "phone");
        group.put("phone", "01632960001");
        group.put("note", null);
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("contact", group);
        answers.put("codeWord", "bluebell \"quoted\" \\ back\tslash\u0001 and ünïcode 🌼 \u2028");
        answers.put("safeTimes", List.of("weekday-mornings", "weekends"));
        answers.put("interpreter", List.of());
        answers.put("onlyYou", Boolean.TRUE);
        answers.put("voicemail", Boolean.FALSE);
        answers.put("name", "Sam\n<script>");
        answers.put("staffGender", null);
        answers.put("unsafe", "x".repeat(20_000));   // past the generator's 8 KB buffer
        return answers;
    }

    /** Written with the generator: the object mapper, which wrote them before, writes the same bytes. */
    @Test
    void everyKindOfAnswerIsWrittenAsTheObjectMapperWritesIt() throws Exception {
        Map<String, Object> answers = everyKind();
        assertEquals(new String(MAPPER.writeValueAsBytes(answers), StandardCharsets.UTF_8),
                new String(ANSWERS.write(answers), StandardCharsets.UTF_8));
        assertEquals(answers, ANSWERS.read(ANSWERS.write(answers)));
        assertEquals(List.copyOf(answers.keySet()), List.copyOf(ANSWERS.read(ANSWERS.write(answers)).keySet()));
    }

    /**
     * The generator's buffers are kept for whichever thread writes next: kept for each thread, as
     * Jackson does by default, a new thread for each post (a virtual thread) made them each time.
     */
    @Test
    void theGeneratorsBuffersAreKeptForTheNextThread() throws Exception {
        RecyclerPool<?> pool = AnswersJson.FACTORY._getRecyclerPool();
        List<byte[]> written = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            Thread thread = new Thread(() -> written.add(ANSWERS.write(everyKind())));
            thread.start();
            thread.join();
        }
        assertEquals(20, written.size());
        int kept = pool.pooledCount();
        assertTrue(kept >= 1 && kept <= 2, "buffers kept: " + kept);
    }
}
