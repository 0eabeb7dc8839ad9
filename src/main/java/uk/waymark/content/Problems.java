package uk.waymark.content;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Collects every problem in a pack so an editor sees them all at once, not one per run. */
final class Problems {

    private final List<Problem> found = new ArrayList<>();

    void add(Path file, int line, String field, String message) {
        found.add(new Problem(file, line, field, message));
    }

    void addAll(Problems other) {
        found.addAll(other.found);
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    List<Problem> list() {
        return List.copyOf(found);
    }
}
