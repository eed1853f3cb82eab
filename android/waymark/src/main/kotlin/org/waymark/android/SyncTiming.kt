package org.waymark.android

import kotlin.random.Random

/**
 * When background sync runs. Reports leave the phone at random moments, not
 * at a fixed minute after the app opened or the phone got Wi-Fi: a network
 * observer should not be able to tie a send to a person's routine.
 */
object SyncTiming {
    /** WorkManager's floor for periodic work. */
    const val MIN_INTERVAL_MINUTES = 15L

    /** The period of the background sync job, in minutes. */
    const val DEFAULT_INTERVAL_MINUTES = 180L

    /**
     * A delay before the first run, uniform in [0, interval): "full jitter",
     * the same rule the core's backoff uses.
     */
    fun initialDelayMinutes(intervalMinutes: Long, random: Random = Random.Default): Long {
        val interval = intervalMinutes.coerceAtLeast(MIN_INTERVAL_MINUTES)
        return random.nextLong(0, interval)
    }

    /** The flex window: WorkManager may run the job anywhere in the last half of each period. */
    fun flexMinutes(intervalMinutes: Long): Long =
        (intervalMinutes.coerceAtLeast(MIN_INTERVAL_MINUTES) / 2).coerceAtLeast(5)
}
