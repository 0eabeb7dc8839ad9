package uk.waymark.store;

import io.micronaut.transaction.TransactionOperations;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Group commit: the small writes of many requests share one transaction and one commit, instead
 * of each paying for its own flush to disk. A caller hands over a unit of work and waits; one
 * writer thread takes every unit waiting, runs them in order in one transaction, commits, and
 * only then gives each caller its result. Nothing is acknowledged before its commit.
 *
 * <p>If any unit of a group fails, or the commit does, the group is rolled back and each of its
 * units is run again in a transaction of its own, so a failure reaches only the unit that caused
 * it, with that unit's own exception. If no transaction can be begun at all (the database is
 * unreachable), every unit waiting fails at once with that error, instead of each waiting out
 * the connection timeout in turn. A unit may therefore run twice: it must do nothing outside
 * the database that cannot be repeated, and it must throw rather than swallow a database error.
 *
 * <p>One writer is enough for the database's single log: while it commits, the next group
 * gathers, so groups grow with the load and a quiet portal still commits each unit at once.
 */
@Singleton
public class GroupCommit {

    /** Units in one transaction at most: bounds its length and its locks. */
    static final int MAX_GROUP = 64;

    private final TransactionOperations<Connection> transactions;
    private final BlockingQueue<Unit<?>> waiting = new LinkedBlockingQueue<>();
    private final AtomicLong commits = new AtomicLong();
    private final AtomicLong units = new AtomicLong();
    private final Thread writer;
    private volatile boolean closed;

    GroupCommit(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
        this.writer = new Thread(this::write, "group-commit");
        this.writer.setDaemon(true);
        this.writer.start();
    }

    /**
     * Runs {@code work} in a transaction shared with other callers' and returns its result once
     * that transaction has committed; throws the work's own exception if it failed, and then
     * nothing it wrote is kept. Called from within a unit, it runs there, in the same transaction.
     */
    public <T> T run(Supplier<T> work) {
        if (Thread.currentThread() == writer) {
            return work.get();
        }
        if (closed) {
            return transactions.executeWrite(status -> work.get());
        }
        Unit<T> unit = new Unit<>(work);
        waiting.add(unit);
        if (closed && waiting.remove(unit)) {
            return transactions.executeWrite(status -> work.get());   // closed meanwhile: the writer may be gone
        }
        return unit.await();
    }

    /** Transactions committed (or tried) by the writer since start. */
    public long commits() {
        return commits.get();
    }

    /** Units of work run by the writer since start; with {@link #commits()}, the mean group size. */
    public long units() {
        return units.get();
    }

    @PreDestroy
    void close() throws InterruptedException {
        closed = true;
        writer.join(TimeUnit.SECONDS.toMillis(30));   // the writer finishes every unit already waiting
    }

    private void write() {
        List<Unit<?>> group = new ArrayList<>(MAX_GROUP);
        while (!closed || !waiting.isEmpty()) {
            try {
                Unit<?> first = waiting.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                group.add(first);
                waiting.drainTo(group, MAX_GROUP - 1);
                commit(group);
            } catch (InterruptedException e) {
                closed = true;   // stops taking new units; those already waiting are still run
            } catch (RuntimeException | Error e) {
                group.forEach(unit -> unit.fail(e));   // not reached: commit gives every unit its outcome
            } finally {
                group.clear();
            }
        }
    }

    private void commit(List<Unit<?>> group) {
        units.addAndGet(group.size());
        if (group.size() > 1) {
            commits.incrementAndGet();
            boolean[] began = {false};
            try {
                List<Object> results = transactions.executeWrite(status -> {
                    began[0] = true;
                    List<Object> each = new ArrayList<>(group.size());
                    for (Unit<?> unit : group) {
                        each.add(unit.work.get());
                    }
                    return each;
                });
                for (int i = 0; i < group.size(); i++) {
                    group.get(i).complete(results.get(i));
                }
                return;
            } catch (RuntimeException | Error e) {
                if (!began[0]) {
                    // No transaction to be had (the database unreachable): each unit alone would
                    // wait out the same timeout, one after another. They all fail now, with it.
                    group.forEach(unit -> unit.fail(e));
                    return;
                }
                // Rolled back: each unit again, alone, so that only the one that failed fails.
            }
        }
        for (int i = 0; i < group.size(); i++) {
            Unit<?> unit = group.get(i);
            commits.incrementAndGet();
            boolean[] began = {false};
            try {
                unit.complete(transactions.executeWrite(status -> {
                    began[0] = true;
                    return unit.work.get();
                }));
            } catch (RuntimeException | Error e) {
                unit.fail(e);
                if (!began[0]) {
                    group.subList(i + 1, group.size()).forEach(rest -> rest.fail(e));
                    return;
                }
            }
        }
    }

    private static final class Unit<T> {
        final Supplier<T> work;
        final CompletableFuture<Object> outcome = new CompletableFuture<>();

        Unit(Supplier<T> work) {
            this.work = work;
        }

        void complete(Object result) {
            outcome.complete(result);
        }

        void fail(Throwable e) {
            outcome.completeExceptionally(e);
        }

        @SuppressWarnings("unchecked")
        T await() {
            boolean interrupted = false;
            try {
                while (true) {
                    try {
                        return (T) outcome.get();
                    } catch (InterruptedException e) {
                        interrupted = true;   // the unit is already queued: its outcome must still be known
                    } catch (ExecutionException e) {
                        Throwable cause = e.getCause();
                        if (cause instanceof RuntimeException runtime) {
                            throw runtime;
                        }
                        if (cause instanceof Error error) {
                            throw error;
                        }
                        throw new IllegalStateException(cause);
                    }
                }
            } finally {
                if (interrupted) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
