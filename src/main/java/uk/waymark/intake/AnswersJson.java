package uk.waymark.intake;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.JsonRecyclerPools;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * Writes a case's answers as JSON with Jackson's generator. Its buffers (8 KB to write into, and
 * more) come from one pool that every thread shares: by default Jackson keeps them for each thread,
 * and the forms' posts run on virtual threads, a new thread for each request, so every post made
 * them again, about 20 KB of it.
 */
public final class AnswersJson {

    /** Jackson's factory, its buffers shared by every thread (at most 64 sets kept). */
    public static final JsonFactory FACTORY = JsonFactory.builder().recyclerPool(JsonRecyclerPools.newBoundedPool(64)).build();

    private AnswersJson() {
    }

    /** An answer as {@code CaseAnswers} keeps it: a string, a boolean, a list of strings, or a group of these. */
    public static void write(JsonGenerator json, Object value) throws IOException {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof String text) {
            json.writeString(text);
        } else if (value instanceof Boolean yes) {
            json.writeBoolean(yes);
        } else if (value instanceof List<?> list) {
            json.writeStartArray();
            for (Object item : list) {
                write(json, item);
            }
            json.writeEndArray();
        } else if (value instanceof Map<?, ?> group) {
            json.writeStartObject();
            for (Map.Entry<?, ?> part : group.entrySet()) {
                json.writeFieldName(String.valueOf(part.getKey()));
                write(json, part.getValue());
            }
            json.writeEndObject();
        } else {
            throw new IllegalArgumentException("An answer is a " + value.getClass().getSimpleName()
                    + "; answers are strings, booleans, lists of strings or groups of these");
        }
    }
}
