package org.waymark.android

import android.content.Context
import androidx.work.BackoffPolicy
import androidx.work.Constraints
import androidx.work.CoroutineWorker
import androidx.work.ExistingPeriodicWorkPolicy
import androidx.work.NetworkType
import androidx.work.PeriodicWorkRequestBuilder
import androidx.work.WorkManager
import androidx.work.WorkerParameters
import kotlinx.coroutines.Dispatchers
import kotlinx.coroutines.withContext
import java.util.concurrent.TimeUnit

/** What one sync attempt came to, as the worker needs to know it. */
enum class SyncRunResult {
    /** Everything that could be sent was sent (or there was nothing). */
    DONE,
    /** A transient failure (server down, timeout): WorkManager retries with backoff. */
    RETRY,
    /** The user's send rules said no (or the vault is locked): wait for the next period. */
    NOT_NOW,
}

/**
 * The core's sync entry point, as the worker calls it. Issue 6 adds
 * `syncOnce()` to the bindings (outbox → inbox, receipts, replies); the app
 * then installs `SyncScheduler.runner = SyncRunner { mapResult(syncOnce(...)) }`.
 * Until then this interface is the seam: nothing here sends anything itself.
 */
fun interface SyncRunner {
    /** Blocking; called on a WorkManager background thread. */
    fun syncOnce(): SyncRunResult
}

/** Schedules the background sync job. */
object SyncScheduler {
    const val WORK_NAME = "waymark-sync"

    @Volatile
    var runner: SyncRunner? = null

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
        val constraints = Constraints.Builder()
            .setRequiredNetworkType(if (allowMetered) NetworkType.CONNECTED else NetworkType.UNMETERED)
            .setRequiresBatteryNotLow(true)
            .build()
        val interval = intervalMinutes.coerceAtLeast(SyncTiming.MIN_INTERVAL_MINUTES)
        val request = PeriodicWorkRequestBuilder<SyncWorker>(
            interval, TimeUnit.MINUTES, SyncTiming.flexMinutes(interval), TimeUnit.MINUTES,
        )
            .setConstraints(constraints)
            .setInitialDelay(SyncTiming.initialDelayMinutes(interval), TimeUnit.MINUTES)
            .setBackoffCriteria(BackoffPolicy.EXPONENTIAL, 30, TimeUnit.MINUTES)
            .build()
        WorkManager.getInstance(context)
            .enqueueUniquePeriodicWork(WORK_NAME, ExistingPeriodicWorkPolicy.UPDATE, request)
    }

    fun cancel(context: Context) {
        WorkManager.getInstance(context).cancelUniqueWork(WORK_NAME)
    }
}

/** Runs [SyncScheduler.runner] off the main thread. */
class SyncWorker(context: Context, params: WorkerParameters) : CoroutineWorker(context, params) {
    override suspend fun doWork(): Result = withContext(Dispatchers.IO) {
        val runner = SyncScheduler.runner ?: return@withContext Result.success()
        when (runCatching { runner.syncOnce() }.getOrDefault(SyncRunResult.RETRY)) {
            SyncRunResult.DONE, SyncRunResult.NOT_NOW -> Result.success()
            SyncRunResult.RETRY -> Result.retry()
        }
    }
}
