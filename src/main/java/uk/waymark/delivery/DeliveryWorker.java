package uk.waymark.delivery;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Named;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.waymark.config.DeliveryConfiguration;
import uk.waymark.config.Settings;
import uk.waymark.intake.CaseReference;
import uk.waymark.intake.IntakeCases;
import uk.waymark.intake.StoredCase;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends waiting cases through the configured {@link Channel}, from every instance of the portal
 * at once: each case is leased to one instance at a time. An acceptance is an acknowledgement
 * (the case is then erased); a refusal for good moves the case to the dead-letter state at once;
 * anything else is retried with capped exponential backoff and jitter, until the case moves to
 * the dead-letter state after too many attempts or too long. Logs carry references and
 * outcomes, never what a case says.
 */
@Context
@Requires(notEnv = Settings.COMMAND)
final class DeliveryWorker {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryWorker.class);
    private static final Duration LOG_EVERY = Duration.ofSeconds(30);

    private final DeliveryConfiguration config;
    private final Outbox outbox;
    private final IntakeCases cases;
    private final Channel channel;
    private final Clock clock;
    private final String owner = DeliveryInstance.next().id();
    private final ExecutorService senders;
    private final ExecutorService ticks;
    private volatile boolean stopping;
    private final Counter delivered;
    private final Counter deadLettered;
    private final Counter roundFailures;
    private final Counter givenBack;
    private final AtomicLong givenBackLogged = new AtomicLong(System.nanoTime() - LOG_EVERY.toNanos());
    private int failingRounds;
    private long lastFailureLogged;
    private String lastFailure;

    DeliveryWorker(DeliveryConfiguration config, Outbox outbox, IntakeCases cases, Channels channels, Clock clock,
                   MeterRegistry meters, @Named(TaskExecutors.SCHEDULED) ExecutorService ticks) {
        this.config = config;
        this.ticks = ticks;
        this.outbox = outbox;
        this.cases = cases;
        this.channel = channels.configured().orElse(null);
        this.clock = clock;
        this.senders = Executors.newFixedThreadPool(config.concurrency(), runnable -> {
            Thread thread = new Thread(runnable, "case-delivery");
            thread.setDaemon(true);
            return thread;
        });
        this.delivered = meters.counter("waymark.outbox.delivered");
        this.deadLettered = meters.counter("waymark.outbox.dead.lettered");
        this.roundFailures = Counter.builder("waymark.delivery.round.failures")
                .description("Delivery rounds that failed as a whole (no case could be claimed or recorded)").register(meters);
        this.givenBack = Counter.builder("waymark.delivery.given.back")
                .description("Cases given back unsent, as their lease would have run out before the case system could answer").register(meters);
        if (this.channel == null) {
            LOG.warn("No WAYMARK_DELIVERY_URL or WAYMARK_DELIVERY_EMAIL_TO: cases are stored and wait in the outbox until one is configured");
        } else {
            LOG.info(new DeliveryInstance(owner).startUpLine(hostName()) + "; cases go by " + this.channel.describe());
        }
    }

    /**
     * Sends everything due, batch by batch, then rests until the next tick. The batches overlap:
     * the next is claimed, read and queued for the senders while one is being sent, and one is
     * recorded while the next is sent, so the senders never wait on the database between
     * batches. (Read only once the batch before had been sent, the senders waited for that read
     * at each batch: on PostgreSQL a fifth of their time.)
     */
    @Scheduled(fixedDelay = Settings.DELIVERY_POLL_INTERVAL, initialDelay = Settings.DELIVERY_POLL_INTERVAL)
    void drain() {
        if (channel == null || stopping) {
            return;
        }
        try {
            List<Claimed> batch = outbox.claim(owner, config.lease(), config.batchSize());
            List<Future<Boolean>> sending = send(batch);
            while (!batch.isEmpty()) {
                // Once the portal is stopping, nothing more is claimed: the batches already claimed are
                // sent and recorded, and the round ends.
                List<Claimed> next = batch.size() == config.batchSize() && !stopping
                        ? outbox.claim(owner, config.lease(), config.batchSize()) : List.of();
                List<Future<Boolean>> sendingNext = send(next);
                List<Claimed> acknowledged = new ArrayList<>();
                for (int i = 0; i < batch.size(); i++) {
                    if (sending.get(i).get()) {
                        acknowledged.add(batch.get(i));
                    }
                }
                // One commit for the batch: a crash before it means the case system gets these again,
                // and records each once (Idempotency-Key).
                delivered.increment(outbox.acknowledged(acknowledged, owner));
                batch = next;
                sending = sendingNext;
            }
            if (failingRounds > 0) {
                LOG.warn("Delivery rounds succeed again, after {} failed in a row", failingRounds);
                failingRounds = 0;
                lastFailure = null;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            roundFailed(e);
        }
    }

    /**
     * Reads the batch's cases in one query, still encrypted, and hands each to a sender, which
     * decrypts and sends it. If that read fails, each sender reads its own case instead, as the
     * failure of one case's read fails only that case.
     */
    private List<Future<Boolean>> send(List<Claimed> batch) {
        if (batch.isEmpty()) {
            return List.of();
        }
        Map<CaseReference, IntakeCases.Sealed> sealed;
        try {
            sealed = cases.findSealed(batch.stream().map(claimed -> new CaseReference(claimed.reference())).toList());
        } catch (RuntimeException e) {
            sealed = null;
        }
        Map<CaseReference, IntakeCases.Sealed> read = sealed;
        return batch.stream().map(claimed -> senders.submit(() -> deliver(claimed, read))).toList();
    }

    /**
     * Counts the failure and logs it with its root cause's class and message: the round's SQL
     * carries ids, times and this instance's id, never what a case says. A new cause is logged at
     * once; the same one again at most every 30 seconds, with how many rounds have failed in a row.
     */
    private void roundFailed(Exception e) {
        roundFailures.increment();
        failingRounds++;
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String cause = root == e ? describe(e) : describe(e) + ", caused by " + describe(root);
        long now = System.nanoTime();
        if (!cause.equals(lastFailure) || now - lastFailureLogged > LOG_EVERY.toNanos()) {
            LOG.error("Delivery round failed ({} in a row; no case is being delivered): {}. It starts again at the next tick;"
                    + " watch waymark_delivery_round_failures_total", failingRounds, cause);
            lastFailure = cause;
            lastFailureLogged = now;
        }
    }

    private static String describe(Throwable error) {
        String message = error.getMessage() == null ? "" : error.getMessage().replaceAll("\\s+", " ").strip();
        return error.getClass().getName() + (message.isEmpty() ? "" : ": " + (message.length() > 300 ? message.substring(0, 300) + "…" : message));
    }

    private static String hostName() {
        try {
            return java.net.InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException | RuntimeException e) {
            return "(unknown)";
        }
    }

    /**
     * Sends one case; true when the other side accepted it and the batch is to record that. A
     * channel that keeps repeats has it recorded here at once instead. Failures are scheduled for
     * retry, or dead-lettered, here.
     */
    private boolean deliver(Claimed claimed, Map<CaseReference, IntakeCases.Sealed> read) {
        if (!outlasts(claimed)) {
            giveBack(claimed);
            return false;
        }
        Channel.Result result;
        try {
            CaseReference reference = new CaseReference(claimed.reference());
            Optional<StoredCase> found = read == null ? cases.find(reference)
                    : Optional.ofNullable(read.get(reference)).map(IntakeCases.Sealed::open);
            StoredCase stored = found.orElseThrow(() -> new IllegalStateException("case missing"));
            result = channel.send(stored, claimed.messageId());
        } catch (RuntimeException e) {
            result = Channel.Result.retry(e.getClass().getSimpleName());
        }
        if (result.outcome() == Channel.Outcome.ACCEPTED) {
            if (channel.dropsRepeats()) {
                return true;
            }
            delivered.increment(outbox.acknowledged(List.of(claimed), owner));
            return false;
        }
        failed(claimed, result.detail(), result.outcome() == Channel.Outcome.REFUSED);
        return false;
    }

    /**
     * Whether this instance's lease on the case outlasts the longest exchange the channel may
     * take. A case is sent only then: once the lease has run out, another instance may take the
     * case over and send it too. (A batch waits for the senders behind the one before it, so a
     * case system slow to answer can keep a case queued past most of its lease.)
     */
    private boolean outlasts(Claimed claimed) {
        return !clock.instant().plus(config.connectTimeout()).plus(config.readTimeout()).isAfter(claimed.leaseUntil());
    }

    /**
     * Frees the case at once for the next claim, by any instance, its claim not counted as an
     * attempt. If that fails, the lease runs out by itself. Said at most every 30 seconds.
     */
    private void giveBack(Claimed claimed) {
        try {
            if (outbox.giveBack(claimed, owner)) {
                givenBack.increment();
            }
        } catch (RuntimeException e) {
            return;
        }
        long now = System.nanoTime();
        long last = givenBackLogged.get();
        if (now - last > LOG_EVERY.toNanos() && givenBackLogged.compareAndSet(last, now)) {
            LOG.warn("Cases given back unsent ({} so far): the case system answers too slowly for them to be sent within"
                    + " WAYMARK_DELIVERY_LEASE; they go in a later batch. Watch waymark_delivery_given_back_total", (long) givenBack.count());
        }
    }

    private void failed(Claimed claimed, String failure, boolean refused) {
        Instant now = clock.instant();
        boolean tooMany = claimed.attempts() >= config.maxAttempts();
        boolean tooOld = Duration.between(claimed.createdAt(), now).compareTo(config.maxAge()) > 0;
        if (refused || tooMany || tooOld) {
            if (outbox.deadLetter(claimed, owner, failure)) {
                deadLettered.increment();
                LOG.warn("Case {} moved to the dead-letter state after {} attempts ({}{}); re-drive it once the cause is fixed",
                        claimed.reference(), claimed.attempts(), failure, refused ? ", refused for good" : "");
            }
            return;
        }
        Instant next = now.plus(backoff(claimed.attempts()));
        outbox.retryLater(claimed, owner, next, failure);
        LOG.info("Case {} not delivered on attempt {} ({}); trying again in {} ms", claimed.reference(), claimed.attempts(),
                failure, Duration.between(now, next).toMillis());
    }

    /** Capped exponential backoff with jitter: between half and all of first × 2^(attempt-1), at most the cap. */
    Duration backoff(int attempt) {
        return backoff(attempt, config.firstRetry(), config.maxRetry());
    }

    static Duration backoff(int attempt, Duration first, Duration cap) {
        long base = Math.min(cap.toMillis(), first.toMillis() << Math.min(30, Math.max(0, attempt - 1)));
        return Duration.ofMillis(base / 2 + ThreadLocalRandom.current().nextLong(base / 2 + 1));
    }

    /**
     * The portal is stopping, before any bean is destroyed: the round under way sends and records
     * what it has claimed, and no tick runs after it. A tick after the context had destroyed this
     * worker made a new one (the scheduler looks the bean up at every tick), which claimed cases
     * while the database was closing, and the round under way failed to record what it had sent:
     * those cases waited out their lease and were sent again. Stopping the scheduler stops the
     * forms' clean-up ticks too, for the same reason. Waits at most a lease.
     */
    @EventListener
    void stopping(ShutdownEvent event) {
        stopping = true;
        ticks.shutdown();
        try {
            if (!ticks.awaitTermination(config.lease().toMillis(), TimeUnit.MILLISECONDS)) {
                LOG.warn("The delivery round was still running after {} at shutdown; what it had claimed waits for its lease to run out",
                        config.lease());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @PreDestroy
    void stop() {
        senders.shutdownNow();
    }
}
