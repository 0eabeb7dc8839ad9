package uk.waymark.store;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;

/**
 * Group commit, as metrics: transactions committed and the units of work they carried; their
 * ratio is the mean group, which grows with the load. Counts only.
 */
@Context
final class GroupCommitMetrics {

    GroupCommitMetrics(MeterRegistry meters, GroupCommit commits) {
        FunctionCounter.builder("waymark.group.commits", commits, GroupCommit::commits)
                .description("Transactions committed for grouped writes").register(meters);
        FunctionCounter.builder("waymark.group.units", commits, GroupCommit::units)
                .description("Units of work those transactions carried").register(meters);
    }
}
