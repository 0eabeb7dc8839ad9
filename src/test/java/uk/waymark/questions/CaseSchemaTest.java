package uk.waymark.questions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import uk.waymark.content.PackLoader;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The published JSON Schema of a case ({@code schemas/intake-case.schema.json}) says what the
 * forms' definitions keep, no more and no less: the same keys in the same part (safe-contact
 * instructions or the other answers), the same offered values, and the same length limits.
 * The self-referral is taken from Bolsover's pack, which offers every contact method.
 */
class CaseSchemaTest {

    private static final List<Form> FORMS = List.of(
            SelfReferral.form(new PackLoader(Path.of("content")).load("bolsover").provider()), ConcernReport.FORM);

    /** What the forms keep at one place in the case: key to its offered values, or to its length limit. */
    private record Kept(Map<String, Set<String>> values, Map<String, Integer> limits) {
        Kept() {
            this(new TreeMap<>(), new TreeMap<>());
        }

        Set<String> keys() {
            Set<String> keys = new TreeSet<>(values.keySet());
            keys.addAll(limits.keySet());
            return keys;
        }
    }

    @Test
    void theSchemaDescribesExactlyWhatTheFormsKeep() throws Exception {
        JsonNode schema;
        try (InputStream in = getClass().getResourceAsStream("/schemas/intake-case.schema.json")) {
            assertNotNull(in, "the schema is on the class path");
            schema = new ObjectMapper().readTree(in);
        }
        Kept safeContact = new Kept();
        Kept answers = new Kept();
        Kept contact = new Kept();
        for (Form form : FORMS) {
            for (Question question : form.questions()) {
                Kept part = question.part() == Part.SAFE_CONTACT ? safeContact : answers;
                if (question instanceof ChoiceQuestion choice && choice.contact()) {
                    part.values().computeIfAbsent(choice.key(), k -> new TreeSet<>());
                    for (Option option : choice.options()) {
                        option.fixed().keySet().forEach(key -> contact.limits().putIfAbsent(key, 100));
                        option.reveals().forEach(revealed -> keep(contact, revealed));
                    }
                } else {
                    keep(part, question);
                    if (question instanceof ChoiceQuestion choice) {
                        choice.options().forEach(option -> option.reveals().forEach(revealed -> keep(part, revealed)));
                    }
                }
            }
        }
        for (ContactMethod method : ContactMethod.values()) {
            contact.values().computeIfAbsent("method", k -> new TreeSet<>()).add(method.id());
        }

        JsonNode properties = schema.at("/properties");
        assertEquals(safeContact.keys(), names(properties.at("/safeContact/properties")), "safe-contact keys");
        assertEquals(answers.keys(), names(properties.at("/answers/properties")), "other answers' keys");
        assertEquals(contact.keys(), names(properties.at("/safeContact/properties/contact/properties")), "contact details' keys");
        List<String> differences = new ArrayList<>();
        compare(schema, properties.at("/safeContact/properties"), safeContact, "safeContact", differences);
        compare(schema, properties.at("/answers/properties"), answers, "answers", differences);
        compare(schema, properties.at("/safeContact/properties/contact/properties"), contact, "safeContact.contact", differences);
        assertEquals(List.of(), differences);
    }

    private static void keep(Kept part, Question question) {
        if (question instanceof TextQuestion text) {
            part.limits().merge(text.key(), text.max(), Math::max);
        } else if (question instanceof ChoiceQuestion choice) {
            part.values().computeIfAbsent(choice.key(), k -> new TreeSet<>()).addAll(choice.values());
        }
    }

    private static void compare(JsonNode schema, JsonNode properties, Kept kept, String where, List<String> differences) {
        kept.values().forEach((key, values) -> {
            JsonNode property = resolve(schema, properties.get(key));
            JsonNode allowed = property.has("items") ? property.get("items").get("enum") : property.get("enum");
            if (values.isEmpty()) {
                return; // a group: its own properties are compared on their own
            }
            Set<String> published = new TreeSet<>();
            if (allowed != null) {
                allowed.forEach(value -> published.add(value.asText()));
            }
            if (!published.equals(values)) {
                differences.add(where + "." + key + ": the schema allows " + published + ", the forms offer " + values);
            }
        });
        kept.limits().forEach((key, max) -> {
            JsonNode property = resolve(schema, properties.get(key));
            if (property.has("pattern")) {
                return; // a phone number: its pattern is stricter than any length
            }
            if (property.path("maxLength").asInt(-1) != max) {
                differences.add(where + "." + key + ": the schema's maxLength is " + property.path("maxLength") + ", the form keeps " + max);
            }
        });
    }

    private static JsonNode resolve(JsonNode schema, JsonNode property) {
        return property.has("$ref") ? schema.at(property.get("$ref").asText().substring(1)) : property;
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new TreeSet<>();
        Iterator<String> fields = object.fieldNames();
        fields.forEachRemaining(names::add);
        return names;
    }
}
