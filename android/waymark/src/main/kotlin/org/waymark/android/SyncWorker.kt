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
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.withContext
import org.waymark.ffi.SyncEngine
import java.util.concurrent.TimeUnit

/** Schedules the background sync job. */
object SyncScheduler {
    const val WORK_NAME = "waymark-sync"
    const val SOON_WORK_NAME = "waymark-sync-soon"

    /**
     * The vault's sync engine, set by the app at start:
     * `SyncScheduler.engine = vault.syncEngine(ConnectivityNetworkMonitor(context))`.
     * `null`: runs do nothing.
     */
    @Volatile
    var engine: SyncEngine? = null

    /**
     * Periodic sync with a random first delay and a flex window, only when
     * the OS says there is a network (unmetered unless [allowMetered]) and
     * the battery is not low. The core's own send policy still decides
     * every send; these constraints just avoid waking up for nothing.
     */
    fun schedule(
        context: Context,
        intervalMinutes: Long = SyncTiming.DEFAULT_INTERVAL_MINUTES,
        allowMetered: Boolean = false,
    ) {
        val interval = intervalMinutes.coerceAtLeast(SyncTiming.MIN_INTERVAL_MINUTES)
        val request = PeriodicWorkRequestBuilder<SyncWorker>(
            interval, TimeUnit.MINUTES, SyncTiming.flexMinutes(interval), TimeUnit.MINUTES,
        )
            .setConstraints(constraints(allowMetered))
            .setInitialDelay(SyncTiming.initialDelayMinutes(interval), TimeUnit.MINUTES)
            .setBackoffCriteria(BackoffPolicy.EXPONENTIAL, 30, TimeUnit.MINUTES)
            .build()
        WorkManager.getInstance(context)
            .enqueueUniquePeriodicWork(WORK_NAME, ExistingPeriodicWorkPolicy.UPDATE, request)
    }

    /**
     * One extra run after [minutes], when the core said when (the end of its
     * random delay, a retry time) and that is sooner than the next period.
     */
    fun runSoon(context: Context, minutes: Long, allowMetered: Boolean = false) {
        val request = OneTimeWorkRequestBuilder<SyncWorker>()
            .setConstraints(constraints(allowMetered))
            .setInitialDelay(minutes.coerceAtLeast(1), TimeUnit.MINUTES)
            .build()
        WorkManager.getInstance(context)
            .enqueueUniqueWork(SOON_WORK_NAME, ExistingWorkPolicy.REPLACE, request)
    }

    /**
     * Only when the OS says there is a network (unmetered unless
     * [allowMetered]) and the battery is not low. The core's own send rules
     * still decide every send; these constraints just avoid waking up for
     * nothing.
     */
    private fun constraints(allowMetered: Boolean) = Constraints.Builder()
        .setRequiredNetworkType(if (allowMetered) NetworkType.CONNECTED else NetworkType.UNMETERED)
        .setRequiresBatteryNotLow(true)
        .build()

    fun cancel(context: Context) {
        WorkManager.getInstance(context).cancelUniqueWork(WORK_NAME)
    }
}

/** Calls the core's `sync_once` ([SyncRun.run]) on a background thread. */
class SyncWorker(context: Context, params: WorkerParameters) : CoroutineWorker(context, params) {
    override suspend fun doWork(): Result = withContext(Dispatchers.IO) {
        val engine = SyncScheduler.engine ?: return@withContext Result.success()
        val run = SyncRun.run(engine)
        run.runAgainAfter?.let { again ->
            if (again.toMinutes() < SyncTiming.DEFAULT_INTERVAL_MINUTES) {
                SyncScheduler.runSoon(applicationContext, again.toMinutes(), SyncRun.allowsMetered(engine))
            }
        }
        when (run.result) {
            SyncRunResult.DONE, SyncRunResult.NOT_NOW -> Result.success()
            SyncRunResult.RETRY -> Result.retry()
        }
    }
}
