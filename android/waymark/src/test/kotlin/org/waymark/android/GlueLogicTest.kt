package org.waymark.android

import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertTrue
import org.junit.Test
import org.waymark.ffi.KdfParams
import org.waymark.ffi.NetworkFacts
import org.waymark.ffi.NetworkMonitor
import org.waymark.ffi.PlatformException
import org.waymark.ffi.SyncException
import org.waymark.ffi.SyncOutcome
import org.waymark.ffi.SyncReport
import org.waymark.ffi.Transport
import org.waymark.ffi.Vault
import org.waymark.ffi.VaultOptions
import org.waymark.ffi.softwareKeyStore
import java.nio.file.Files
import java.time.Duration
import java.time.Instant
import java.util.TimeZone
import kotlin.random.Random

/**
 * JVM unit tests of the glue's decisions (no Android runtime needed). Run by
 * Gradle (`./gradlew :waymark:testDebugUnitTest`) and, on the project's Linux
 * machines, by tests/bindings/run.sh with kotlinc and JUnit.
 */
class GlueLogicTest {
    private val wifi = CapabilitySnapshot(
        connected = true, wifi = true, cellular = false, ethernet = false, vpn = false,
        validated = true, captivePortal = false, notMetered = true, notRoaming = true,
    )

    @Test
    fun noNetworkIsTransportNone() {
        assertEquals(Transport.NONE, networkFacts(null, charging = true).transport)
        assertEquals(Transport.NONE, networkFacts(wifi.copy(connected = false), false).transport)
        assertTrue(networkFacts(null, charging = true).charging)
    }

    @Test
    fun wifiIsWifiAndVpnKeepsTheUnderlyingTransport() {
        val f = networkFacts(wifi, charging = false)
        assertEquals(Transport.WIFI, f.transport)
        assertTrue(f.validated)
        assertFalse(f.metered)
        val overCellular = networkFacts(
            wifi.copy(wifi = false, cellular = true, vpn = true, notMetered = false), false,
        )
        assertEquals(Transport.CELLULAR, overCellular.transport)
        assertTrue(overCellular.vpn)
        assertTrue(overCellular.metered)
    }

    @Test
    fun aCaptivePortalIsNeverValidated() {
        val f = networkFacts(wifi.copy(captivePortal = true), false)
        assertTrue(f.captivePortal)
        assertFalse(f.validated)
    }

    @Test
    fun theNetworkNameIsNeverRead() {
        assertEquals(null, networkFacts(wifi, false).networkIdentity)
    }

    @Test
    fun theFirstSyncIsJitteredOverTheWholeInterval() {
        val random = Random(7)
        val delays = (0 until 2000).map { SyncTiming.initialDelayMinutes(180, random) }
        assertTrue(delays.all { it in 0 until 180 })
        assertTrue("spread over the interval", delays.min() < 10 && delays.max() > 170)
        // Never below WorkManager's 15-minute floor.
        assertTrue((0 until 100).all { SyncTiming.initialDelayMinutes(1, random) in 0 until 15 })
        assertEquals(90, SyncTiming.flexMinutes(180))
        assertEquals(7, SyncTiming.flexMinutes(15))
    }

    @Test
    fun onlyTrustedVerifiedCallersMayTriggerAPanicWipe() {
        val trust = PanicTrust(setOf("info.guardianproject.ripple"))
        assertTrue(trust.allows("info.guardianproject.ripple"))
        assertFalse(trust.allows("com.example.other"))
        assertFalse("an unverified caller is not trusted", trust.allows(null))
        assertFalse(PanicTrust(emptySet()).allows("info.guardianproject.ripple"))
    }

    private class Monitor(private val facts: NetworkFacts?) : NetworkMonitor {
        override fun currentFacts(): NetworkFacts = facts ?: throw PlatformException.Unavailable()
    }

    /** The worker's run against the real library: the core's sync_once, mapped. */
    @Test
    fun theWorkerRunsTheRealSyncAndMapsItsOutcome() {
        val dir = Files.createTempDirectory("waymark-glue-").toFile()
        Vault(dir.resolve("vault").path, softwareKeyStore(null)).use { vault ->
            vault.create("right horse", VaultOptions(KdfParams(8u, 1u, 1u), null))
            val offline = networkFacts(null, charging = false)
            assertEquals(SyncRun(SyncRunResult.NOT_NOW), SyncRun.run(vault.syncEngine(Monitor(offline))))
            assertEquals(SyncRunResult.RETRY, SyncRun.run(vault.syncEngine(Monitor(null))).result)
            val online = networkFacts(wifi, charging = true)
            assertEquals("nothing queued: idle", SyncRun(SyncRunResult.DONE), SyncRun.run(vault.syncEngine(Monitor(online))))
            // The follow-up run's network constraint follows the user's rules.
            val engine = vault.syncEngine(Monitor(online))
            assertFalse("the cautious default", SyncRun.allowsMetered(engine))
            val settings = engine.settings()
            engine.setSettings(settings.copy(rules = settings.rules.copy(allowMetered = true)))
            assertTrue(SyncRun.allowsMetered(engine))
            vault.lock()
            assertEquals("locked: wait for an unlock", SyncRunResult.NOT_NOW, SyncRun.run(vault.syncEngine(Monitor(online))).result)
            assertFalse("locked: the cautious default", SyncRun.allowsMetered(engine))
        }
        dir.deleteRecursively()
    }

    @Test
    fun aDelayedRunAsksToRunAgainWhenTheCoreSaid() {
        val now = Instant.parse("2026-01-01T10:00:00Z")
        val delayed = SyncReport(SyncOutcome.Delayed, 0u, 0u, 1u, 0u, false, null, now.plusSeconds(600), 0uL, 0uL)
        assertEquals(SyncRun(SyncRunResult.NOT_NOW, Duration.ofMinutes(10)), SyncRun.of(delayed, now))
        val failed = delayed.copy(outcome = SyncOutcome.Ran, failed = 1u)
        assertEquals(SyncRunResult.RETRY, SyncRun.of(failed, now).result)
        assertEquals(SyncRun(SyncRunResult.DONE), SyncRun.of(failed.copy(failed = 0u, queued = 0u), now))
        assertEquals(SyncRunResult.NOT_NOW, SyncRun.of(SyncException.Locked("locked")).result)
        assertEquals(-180, SyncRun.utcOffsetMinutes(TimeZone.getTimeZone("GMT-03:00"), now))
    }
}
