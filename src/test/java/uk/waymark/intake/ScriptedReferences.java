package uk.waymark.intake;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;

/** In a context with {@code spec.name=ScriptedReferences}, hands out the references it is told to, then random ones. */
@Singleton
@Replaces(CaseReferences.class)
@Requires(property = "spec.name", value = "ScriptedReferences")
class ScriptedReferences extends CaseReferences {

    private final Deque<CaseReference> script = new ConcurrentLinkedDeque<>();

    void thenGive(CaseReference... references) {
        script.addAll(List.of(references));
    }

    @Override
    CaseReference next() {
        CaseReference scripted = script.poll();
        return scripted != null ? scripted : super.next();
    }
}
