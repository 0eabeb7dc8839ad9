package uk.waymark.intake;

import com.fasterxml.jackson.core.JsonGenerator;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A case's answers as one JSON object, in the order given. Values are strings, booleans, lists of
 * strings, or null. Error messages name the question, never the answer.
 */
@Singleton
class CaseAnswers {

    private final JsonMapper json;

    CaseAnswers(JsonMapper json) {
        this.json = json;
    }

    /**
     * Written with Jackson's generator ({@link AnswersJson}), not the object mapper, whose buffers
     * were made again for each post.
     */
    byte[] write(Map<String, Object> answers) {
        answers.forEach(CaseAnswers::check);
        ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
        try (JsonGenerator generator = AnswersJson.FACTORY.createGenerator(out)) {
            AnswersJson.write(generator, answers);
        } catch (IOException e) {
            throw new UncheckedIOException("Answers cannot be written as JSON", e);
        }
        return out.toByteArray();
    }

    Map<String, Object> read(byte[] document) {
        Map<String, Object> read;
        try {
            read = json.readValue(document, Argument.mapOf(String.class, Object.class));
        } catch (IOException e) {
            throw new UncheckedIOException("Stored answers are not a JSON object", e);
        }
        Map<String, Object> answers = new LinkedHashMap<>();
        read.forEach((question, answer) -> answers.put(question, unmodifiable(answer)));
        return Collections.unmodifiableMap(answers);
    }

    private static Object unmodifiable(Object answer) {
        if (answer instanceof List<?> list) {
            return Collections.unmodifiableList(new ArrayList<>(list));
        }
        if (answer instanceof Map<?, ?> group) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            group.forEach((part, value) -> copy.put(part, unmodifiable(value)));
            return Collections.unmodifiableMap(copy);
        }
        return answer;
    }

    private static void check(Object question, Object answer) {
        if (question == null) {
            throw new IllegalArgumentException("An answer has no question name");
        }
        if (answer == null || answer instanceof String || answer instanceof Boolean) {
            return;
        }
        if (answer instanceof List<?> list && list.stream().allMatch(String.class::isInstance)) {
            return;
        }
        if (answer instanceof Map<?, ?> group) {
            group.forEach((part, value) -> check(question + "." + part, value));
            return;
        }
        throw new IllegalArgumentException("Answer to \"" + question + "\" is a " + answer.getClass().getSimpleName()
                + "; answers are strings, booleans, lists of strings or groups of these");
    }
}
