package org.waymark.android

import android.content.Context
import androidx.work.BackoffPolicy
import androidx.work.Constraints
import androidx.work.CoroutineWorker
import androidx.work.ExistingPeriodicWorkPolicy
import androidx.work.ExistingWorkPolicy
import androidx.work.NetworkType
import androidx.work.OneTimeWorkRequestBuilder
import androidx.work.PeriodicWorkRequestBuilder
import androidx.work.WorkManager
import androidx.work.WorkerParameters
import androidx.work.workDataOf
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.withContext
import org.waymark.ffi.Courier
import org.waymark.ffi.NetworkMonitor
import org.waymark.ffi.SyncEngine
import org.waymark.ffi.Transport
import java.util.concurrent.TimeUnit

/**
 * Schedules the background sync job. The decisions (interval, jitter,
 * constraint, keep or replace, follow-ups) are [SyncPlan]'s; this object
 * only hands them to WorkManager.
 */
object SyncScheduler {
    const val WORK_NAME = "waymark-sync"
    const val SOON_WORK_NAME = "waymark-sync-soon"

    /** Input data key: the period the job was enqueued with, in minutes. */
    internal const val KEY_INTERVAL_MINUTES = "interval-minutes"

    /**
     * The vault's sync engine, set by the app at start:
     * `SyncScheduler.engine = vault.syncEngine(monitor)`.
     * `null`: runs do nothing.
     */
    @Volatile
    var engine: SyncEngine? = null

    /**
     * Opens the courier for runs while the vault is locked (ADR 0210), set
     * by the app at every process start, before any run:
     * `SyncScheduler.courier = { Courier(vaultDir, AndroidKeyStoreKeyStore(ctx), monitor) }`.
     * WorkManager may start the process with no activity and no passcode:
     * this is all a run needs then.
     */
    @Volatile
    var courier: (() -> Courier)? = null

    /**
     * The same monitor the engine asks (optional). With it, a run held
     * because cellular is not allowed waits for an unmetered network instead
     * of a whole period.
     */
    @Volatile
    var monitor: NetworkMonitor? = null

    /**
     * Call at every app start (`Application.onCreate`). Enqueues the
     * periodic job if there is none, and otherwise keeps the existing one
     * untouched (ExistingPeriodicWorkPolicy.KEEP): its period, and its random
     * first delay, which a fresh start must not roll again.
     */
    fun schedule(context: Context, intervalMinutes: Long = SyncTiming.DEFAULT_INTERVAL_MINUTES) =
        enqueue(context, SyncPlan.periodic(ScheduleReason.APP_START, intervalMinutes))

    /**
     * Call when the person changes how often the app checks: replaces the
     * periodic job (ExistingPeriodicWorkPolicy.UPDATE). The send rules
     * (Wi-Fi, metered, VPN…) need no rescheduling: the core reads them at
     * every run.
     */
    fun reschedule(context: Context, intervalMinutes: Long) =
        enqueue(context, SyncPlan.periodic(ScheduleReason.SETTING_CHANGED, intervalMinutes))

    private fun enqueue(context: Context, plan: PeriodicPlan) {
        val request = PeriodicWorkRequestBuilder<SyncWorker>(
            plan.intervalMinutes, TimeUnit.MINUTES, plan.flexMinutes, TimeUnit.MINUTES,
        )
            .setConstraints(constraints(plan.network))
            .setInitialDelay(plan.initialDelayMinutes, TimeUnit.MINUTES)
            .setBackoffCriteria(BackoffPolicy.EXPONENTIAL, 30, TimeUnit.MINUTES)
            .setInputData(workDataOf(KEY_INTERVAL_MINUTES to plan.intervalMinutes))
            .build()
        val policy = if (plan.replaceExisting) ExistingPeriodicWorkPolicy.UPDATE else ExistingPeriodicWorkPolicy.KEEP
        WorkManager.getInstance(context).enqueueUniquePeriodicWork(WORK_NAME, policy, request)
    }

    /** One extra run before the next period ([SyncPlan.followUp]). */
    internal fun runSoon(context: Context, plan: FollowUpPlan, intervalMinutes: Long) {
        val request = OneTimeWorkRequestBuilder<SyncWorker>()
            .setConstraints(constraints(plan.network))
            .setInitialDelay(plan.delayMinutes, TimeUnit.MINUTES)
            .setInputData(workDataOf(KEY_INTERVAL_MINUTES to intervalMinutes))
            .build()
        WorkManager.getInstance(context)
            .enqueueUniqueWork(SOON_WORK_NAME, ExistingWorkPolicy.REPLACE, request)
    }

    private fun constraints(network: NetworkNeed) = Constraints.Builder()
        .setRequiredNetworkType(
            when (network) {
                NetworkNeed.CONNECTED -> NetworkType.CONNECTED
                NetworkNeed.UNMETERED -> NetworkType.UNMETERED
            },
        )
        .setRequiresBatteryNotLow(true)
        .build()

    fun cancel(context: Context) {
        WorkManager.getInstance(context).apply {
            cancelUniqueWork(WORK_NAME)
            cancelUniqueWork(SOON_WORK_NAME)
        }
    }
}

/** Calls the core's `sync_once` ([SyncRun.run]) on a background thread:
 *  the vault's when it is unlocked, the courier's otherwise. */
class SyncWorker(context: Context, params: WorkerParameters) : CoroutineWorker(context, params) {
    override suspend fun doWork(): Result = withContext(Dispatchers.IO) {
        val interval = inputData.getLong(SyncScheduler.KEY_INTERVAL_MINUTES, SyncTiming.DEFAULT_INTERVAL_MINUTES)
        // The unlocked vault's engine when there is one; otherwise (a fresh
        // process, a locked vault) the courier, with only the key store.
        val unlocked = SyncScheduler.engine?.let { SyncRun.runUnlessLocked(it) }
        val run = unlocked
            ?: SyncScheduler.courier?.invoke()?.use { SyncRun.run(it) }
            ?: return@withContext Result.success()
        val onCellular = runCatching { SyncScheduler.monitor?.currentFacts()?.transport == Transport.CELLULAR }
            .getOrDefault(false)
        SyncPlan.followUp(run, interval, onCellular)?.let { SyncScheduler.runSoon(applicationContext, it, interval) }
        when (run.result) {
            SyncRunResult.DONE, SyncRunResult.NOT_NOW -> Result.success()
            SyncRunResult.RETRY -> Result.retry()
        }
    }
}
