package org.waymark.android

import org.waymark.ffi.Courier
import org.waymark.ffi.DenyReason
import org.waymark.ffi.NextRun
import org.waymark.ffi.RunVerdict
import org.waymark.ffi.SyncEngine
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
 * The core's scheduling hint (`NextRun`) in WorkManager's words: the result
 * and, when the core named one, how soon to run again (the end of the random
 * delay, the next allowed moment, a retry time). When the send rules held
 * the run, [heldFor] says why (the scheduler waits for an unmetered network
 * when that is what is missing: [SyncPlan.followUp]). The rules are the
 * core's (`sync::next_run`); this file only translates. Plain Kotlin, so it
 * is tested on the JVM against the real library.
 */
data class SyncRun(
    val result: SyncRunResult,
    val runAgainAfter: Duration? = null,
    val heldFor: DenyReason? = null,
    /** The vault was locked: the courier sends instead. */
    val vaultLocked: Boolean = false,
) {
    companion object {
        /** The phone's current offset from UTC, for the send rules' time windows. */
        fun utcOffsetMinutes(zone: TimeZone = TimeZone.getDefault(), at: Instant = Instant.now()): Int =
            zone.getOffset(at.toEpochMilli()) / 60_000

        /**
         * Calls the core's `run_in_background` (its `sync_once` as a
         * background scheduler needs it; blocking: network, disk; never on
         * the main thread) and follows the core's hint. Never throws.
         */
        fun run(engine: SyncEngine, now: Instant = Instant.now()): SyncRun =
            hinted { engine.runInBackground(utcOffsetMinutes(at = now)) }

        /** [run] on the courier (the vault locked, ADR 0210). Never throws. */
        fun run(courier: Courier, now: Instant = Instant.now()): SyncRun =
            hinted { courier.runInBackground(utcOffsetMinutes(at = now)) }

        /** [run] on the vault's engine, or `null` when the vault is locked
         *  (then the courier sends). */
        fun runUnlessLocked(engine: SyncEngine, now: Instant = Instant.now()): SyncRun? =
            hinted { engine.runInBackground(utcOffsetMinutes(at = now)) }
                .takeUnless { it.vaultLocked }

        /** The core's hint in WorkManager's words; no rule of its own. */
        fun of(hint: NextRun): SyncRun = SyncRun(
            when (hint.verdict) {
                RunVerdict.DONE -> SyncRunResult.DONE
                RunVerdict.RETRY -> SyncRunResult.RETRY
                RunVerdict.NOT_NOW, RunVerdict.VAULT_LOCKED -> SyncRunResult.NOT_NOW
            },
            hint.runAgainAfterSeconds?.let { Duration.ofSeconds(it.toLong()) },
            hint.heldFor,
            hint.verdict == RunVerdict.VAULT_LOCKED,
        )

        // The core answers every failure in the hint; an exception here is
        // an internal error (a bug), and WorkManager's backoff is the calm
        // answer to it.
        private fun hinted(call: () -> NextRun): SyncRun = try {
            of(call())
        } catch (e: Exception) {
            SyncRun(SyncRunResult.RETRY)
        }
    }
}
