package uk.waymark.content;

import java.nio.file.Path;

/** One thing wrong in a content pack, placed precisely enough for an editor to fix it. */
public record Problem(Path file, int line, String field, String message) {

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + (field.isEmpty() ? "" : ": " + field) + ": " + message;
    }
}
