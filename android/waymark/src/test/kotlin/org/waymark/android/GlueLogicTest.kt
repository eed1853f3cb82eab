package org.waymark.android

import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertTrue
import org.junit.Test
import org.waymark.ffi.Transport
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
}
