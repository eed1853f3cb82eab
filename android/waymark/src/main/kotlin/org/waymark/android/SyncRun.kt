package org.waymark.android

import org.waymark.ffi.Courier
import org.waymark.ffi.DenyReason
import org.waymark.ffi.SyncEngine
import org.waymark.ffi.SyncException
import org.waymark.ffi.SyncOutcome
import org.waymark.ffi.SyncReport
import java.time.Duration
import java.time.Instant
import java.util.TimeZone

/** What one background sync run came to, as the worker needs to know it. */
enum class SyncRunResult {
    /** Everything that could be sent was sent (or there was nothing). */
    DONE,
    /** A transient failure (network, server, network facts): WorkManager retries with backoff. */
    RETRY,
    /** The send rules said no, the random delay is not over, or the vault is locked: wait. */
    NOT_NOW,
}

/**
 * A run's result and, when the core named one, how soon to run again: the
 * end of the random delay, the next allowed moment, a retry time. When the
 * send rules held the run, [heldFor] says why (the scheduler waits for an
 * unmetered network when that is what is missing: [SyncPlan.followUp]).
 * Plain Kotlin, so it is tested on the JVM against the real library.
 */
data class SyncRun(
    val result: SyncRunResult,
    val runAgainAfter: Duration? = null,
    val heldFor: DenyReason? = null,
) {
    companion object {
        /** The phone's current offset from UTC, for the send rules' time windows. */
        fun utcOffsetMinutes(zone: TimeZone = TimeZone.getDefault(), at: Instant = Instant.now()): Int =
            zone.getOffset(at.toEpochMilli()) / 60_000

        /**
         * Calls the core's `sync_once` as a background scheduler does
         * (blocking: network, disk; never on the main thread) and maps what
         * happened. Never throws.
         */
        fun run(engine: SyncEngine, now: Instant = Instant.now()): SyncRun = try {
            of(engine.syncOnce(false, utcOffsetMinutes(at = now)), now)
        } catch (e: SyncException) {
            of(e)
        } catch (e: Exception) {
            SyncRun(SyncRunResult.RETRY)
        }

        /** [run] on the courier (the vault locked, ADR 0210). Never throws. */
        fun run(courier: Courier, now: Instant = Instant.now()): SyncRun = try {
            of(courier.syncOnce(false, utcOffsetMinutes(at = now)), now)
        } catch (e: SyncException) {
            of(e)
        } catch (e: Exception) {
            SyncRun(SyncRunResult.RETRY)
        }

        /** [run] on the vault's engine, or `null` when the vault is locked
         *  (then the courier sends). */
        fun runUnlessLocked(engine: SyncEngine, now: Instant = Instant.now()): SyncRun? = try {
            of(engine.syncOnce(false, utcOffsetMinutes(at = now)), now)
        } catch (e: SyncException.Locked) {
            null
        } catch (e: SyncException) {
            of(e)
        } catch (e: Exception) {
            SyncRun(SyncRunResult.RETRY)
        }

        fun of(report: SyncReport, now: Instant = Instant.now()): SyncRun {
            val again = report.nextCheck?.let {
                Duration.between(now, it).coerceAtLeast(Duration.ofMinutes(1))
            }
            return when (val outcome = report.outcome) {
                is SyncOutcome.Held -> SyncRun(SyncRunResult.NOT_NOW, again, outcome.reason)
                SyncOutcome.Delayed -> SyncRun(SyncRunResult.NOT_NOW, again)
                SyncOutcome.Idle -> SyncRun(SyncRunResult.DONE)
                SyncOutcome.Ran -> SyncRun(
                    if (report.failed > 0u) SyncRunResult.RETRY else SyncRunResult.DONE,
                    if (report.queued > 0u) again else null,
                )
            }
        }

        fun of(error: SyncException): SyncRun = when (error) {
            is SyncException.NetworkFactsUnavailable, is SyncException.Network,
            is SyncException.BadAnswer -> SyncRun(SyncRunResult.RETRY)
            // Locked (wait for the next unlock), or nothing a retry fixes.
            else -> SyncRun(SyncRunResult.NOT_NOW)
        }
    }
}
