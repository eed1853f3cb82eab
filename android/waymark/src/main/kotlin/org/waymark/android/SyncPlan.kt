package org.waymark.android

import org.waymark.ffi.DenyReason
import java.time.Duration
import kotlin.random.Random

/**
 * What network a scheduled run waits for. The core's send rules decide
 * every send; this only keeps WorkManager from waking the app for nothing.
 */
enum class NetworkNeed {
    /** Any network with internet access (WorkManager `NetworkType.CONNECTED`). */
    CONNECTED,

    /** An unmetered network (`NetworkType.UNMETERED`). */
    UNMETERED,
}

/** Why the periodic job is being enqueued. */
enum class ScheduleReason {
    /** The app started: an existing job is kept as it is (its timing and its random first delay). */
    APP_START,

    /** The person changed a setting the job depends on: the existing job is replaced. */
    SETTING_CHANGED,
}

/** The periodic background job, as WorkManager gets it (SyncScheduler.schedule). */
data class PeriodicPlan(
    val intervalMinutes: Long,
    val flexMinutes: Long,
    /** Uniform in [0, interval): a send is not tied to the moment the app started. */
    val initialDelayMinutes: Long,
    val network: NetworkNeed,
    /** true: replace the job with this name (UPDATE); false: keep an existing one (KEEP). */
    val replaceExisting: Boolean,
)

/** One extra run before the next period (SyncScheduler.runSoon). */
data class FollowUpPlan(val delayMinutes: Long, val network: NetworkNeed)

/**
 * The scheduling decisions of background sync, in plain Kotlin so that they
 * are tested on the JVM (GlueLogicTest); SyncWorker.kt turns them into
 * WorkManager requests. docs/adr/0600-background-sync-scheduling.md says why.
 */
object SyncPlan {
    /**
     * A network follow-up never comes sooner than this: even if WorkManager's
     * view and the core's facts disagree for a while, the app wakes at most
     * four times an hour.
     */
    const val NETWORK_FOLLOW_UP_MINUTES = SyncTiming.MIN_INTERVAL_MINUTES

    /**
     * The periodic job. Its constraint is only "connected": which networks
     * may carry a report is the person's send rules, inside the core (and,
     * once it exists, the courier of issue 13), not a copy in WorkManager that
     * an app start could reset.
     */
    fun periodic(
        reason: ScheduleReason,
        intervalMinutes: Long = SyncTiming.DEFAULT_INTERVAL_MINUTES,
        random: Random = Random.Default,
    ): PeriodicPlan {
        val interval = intervalMinutes.coerceAtLeast(SyncTiming.MIN_INTERVAL_MINUTES)
        return PeriodicPlan(
            intervalMinutes = interval,
            flexMinutes = SyncTiming.flexMinutes(interval),
            initialDelayMinutes = SyncTiming.initialDelayMinutes(interval, random),
            network = NetworkNeed.CONNECTED,
            replaceExisting = reason == ScheduleReason.SETTING_CHANGED,
        )
    }

    /**
     * Whether to run once more before the next period, after [run].
     *
     * - The core named a time (the end of its random delay, a retry, the
     *   next send window) sooner than [scheduledIntervalMinutes], the period
     *   the job was really enqueued with: run then, on any network.
     * - The rules held the run because the network is metered, or because
     *   it is cellular ([onCellular]) and cellular is not allowed: run again
     *   when an unmetered network is there, instead of waiting a whole period.
     * - Anything else: the next period.
     */
    fun followUp(run: SyncRun, scheduledIntervalMinutes: Long, onCellular: Boolean): FollowUpPlan? {
        val interval = scheduledIntervalMinutes.coerceAtLeast(SyncTiming.MIN_INTERVAL_MINUTES)
        run.runAgainAfter?.let { again ->
            val minutes = wholeMinutes(again)
            return if (minutes < interval) FollowUpPlan(minutes, NetworkNeed.CONNECTED) else null
        }
        val waitsForUnmetered = run.heldFor == DenyReason.METERED ||
            (run.heldFor == DenyReason.TRANSPORT_NOT_ALLOWED && onCellular)
        return if (waitsForUnmetered) FollowUpPlan(NETWORK_FOLLOW_UP_MINUTES, NetworkNeed.UNMETERED) else null
    }

    /** Rounded up, at least one: a run is never asked for before the core's time. */
    private fun wholeMinutes(d: Duration): Long {
        val seconds = d.seconds.coerceAtLeast(0)
        return ((seconds + 59) / 60).coerceAtLeast(1)
    }
}
