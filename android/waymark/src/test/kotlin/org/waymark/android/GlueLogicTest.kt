package org.waymark.android

import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertNotEquals
import org.junit.Assert.assertNull
import org.junit.Assert.assertThrows
import org.junit.Assert.assertTrue
import org.junit.Test
import org.waymark.ffi.DenyReason
import org.waymark.ffi.KdfParams
import org.waymark.ffi.NetworkFacts
import org.waymark.ffi.NetworkMonitor
import org.waymark.ffi.NextRun
import org.waymark.ffi.PlatformException
import org.waymark.ffi.RunVerdict
import org.waymark.ffi.SendDecision
import org.waymark.ffi.Transport
import org.waymark.ffi.Vault
import org.waymark.ffi.VaultOptions
import org.waymark.ffi.decideSend
import org.waymark.ffi.defaultSendRules
import org.waymark.ffi.softwareKeyStore
import java.nio.file.Files
import java.time.Duration
import java.time.Instant
import java.util.TimeZone
import java.util.concurrent.CountDownLatch
import java.util.concurrent.TimeUnit
import java.util.concurrent.atomic.AtomicReference
import kotlin.random.Random

/**
 * JVM unit tests of the glue's decisions (no Android runtime needed), against
 * the real library where the core decides. Run on the project's Linux
 * machines by tests/bindings/run.sh (step android_jvm) with kotlinc and
 * JUnit, with the host bindings (android = false). Gradle's
 * `testDebugUnitTest` would need a host libwaymark and a desktop JNA on its
 * classpath, which the module does not set up.
 */
class GlueLogicTest {
    private val wifi = CapabilitySnapshot(
        connected = true, wifi = true, cellular = false, ethernet = false, vpn = false,
        validated = true, captivePortal = false, notMetered = true, notRoaming = true,
    )
    private val cellular = wifi.copy(wifi = false, cellular = true, notMetered = false)

    /** A VPN's own capabilities on Android 10+: the carrier's transport, metered unless its app said otherwise. */
    private val vpnOverWifi = wifi.copy(vpn = true, notMetered = false)

    private class Monitor(private val facts: NetworkFacts?) : NetworkMonitor {
        override fun currentFacts(): NetworkFacts = facts ?: throw PlatformException.Unavailable()
    }

    private fun decide(facts: NetworkFacts, requireVpn: Boolean = false): SendDecision =
        decideSend(defaultSendRules().copy(requireVpn = requireVpn), Monitor(facts), false, 0)

    private fun <T> withVault(body: (Vault) -> T): T {
        val dir = Files.createTempDirectory("waymark-glue-").toFile()
        try {
            return Vault(dir.resolve("vault").path, softwareKeyStore(null)).use { vault ->
                vault.create("right horse", VaultOptions(KdfParams(8u, 1u, 1u), null))
                body(vault)
            }
        } finally {
            dir.deleteRecursively()
        }
    }

    // ------------------------------------------------------------ network facts

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
        val overCellular = networkFacts(cellular.copy(vpn = true), false, listOf(cellular))
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

    /**
     * Issue 18, item 8: Android 10+ calls a VPN metered unless its app says
     * otherwise. Over unmetered Wi-Fi, a person who requires a VPN and allows
     * only unmetered networks must be able to send: the real core's policy says so.
     */
    @Test
    fun aVpnOverUnmeteredWifiLetsAPersonWhoRequiresAVpnSend() {
        val facts = networkFacts(vpnOverWifi, charging = false, carriers = listOf(wifi, cellular))
        assertEquals(Transport.WIFI, facts.transport)
        assertTrue(facts.vpn)
        assertFalse("the data is carried by unmetered Wi-Fi", facts.metered)
        assertEquals(SendDecision.Allow, decide(facts, requireVpn = true))
        // The same rules without a VPN: held.
        assertEquals(SendDecision.Deny(DenyReason.VPN_REQUIRED, null), decide(networkFacts(wifi, false), requireVpn = true))
    }

    @Test
    fun aVpnOverAMeteredCarrierOrAnUnknownOneStaysMetered() {
        val overCell = networkFacts(cellular.copy(vpn = true), false, listOf(wifi, cellular))
        assertEquals(Transport.CELLULAR, overCell.transport)
        assertTrue(overCell.metered)
        val meteredWifi = wifi.copy(notMetered = false)
        assertTrue("a hotspot under the VPN", networkFacts(vpnOverWifi, false, listOf(meteredWifi)).metered)
        // No carrier known: the VPN's own (cautious) answer.
        val unknown = networkFacts(vpnOverWifi, false, emptyList())
        assertTrue(unknown.metered)
        assertEquals(SendDecision.Deny(DenyReason.METERED, null), decide(unknown, requireVpn = true))
    }

    @Test
    fun aVpnWithoutCarrierTransportsTrustsOnlyASingleCarrier() {
        val bare = wifi.copy(wifi = false, vpn = true, notMetered = false)
        val one = networkFacts(bare, false, listOf(wifi))
        assertEquals(Transport.WIFI, one.transport)
        assertFalse(one.metered)
        val two = networkFacts(bare, false, listOf(wifi, cellular))
        assertEquals("which one is under the VPN is unknown", Transport.OTHER, two.transport)
        assertTrue(two.metered)
    }

    @Test
    fun aVpnIsValidatedWhenItsCarrierIsAndAPortalUnderItStillBlocks() {
        val unvalidatedVpn = vpnOverWifi.copy(validated = false)
        assertTrue(networkFacts(unvalidatedVpn, false, listOf(wifi)).validated)
        assertFalse(networkFacts(unvalidatedVpn, false, listOf(wifi.copy(validated = false))).validated)
        val portal = networkFacts(vpnOverWifi, false, listOf(wifi.copy(captivePortal = true)))
        assertTrue(portal.captivePortal)
        assertFalse(portal.validated)
        // A VPN that may use both Wi-Fi and cellular is cellular for "Wi-Fi only".
        val both = networkFacts(vpnOverWifi.copy(cellular = true), false, listOf(wifi, cellular))
        assertEquals(Transport.CELLULAR, both.transport)
        assertTrue(both.metered)
    }

    // ------------------------------------------------------------ scheduling

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

    /** Issue 18, item 1: an app start keeps the job; only a setting change replaces it. */
    @Test
    fun anAppStartKeepsTheJobAndOnlyASettingChangeReplacesIt() {
        val start = SyncPlan.periodic(ScheduleReason.APP_START, random = Random(1))
        assertFalse(start.replaceExisting)
        assertEquals(SyncTiming.DEFAULT_INTERVAL_MINUTES, start.intervalMinutes)
        assertTrue(start.initialDelayMinutes in 0 until start.intervalMinutes)
        val changed = SyncPlan.periodic(ScheduleReason.SETTING_CHANGED, 360, Random(1))
        assertTrue(changed.replaceExisting)
        assertEquals(360, changed.intervalMinutes)
        assertEquals(15, SyncPlan.periodic(ScheduleReason.SETTING_CHANGED, 5).intervalMinutes)
        // The constraint never carries the send rules: any network, the core decides.
        assertEquals(NetworkNeed.CONNECTED, start.network)
        assertEquals(NetworkNeed.CONNECTED, changed.network)
    }

    /** Issue 18, item 9: the follow-up is compared with the period the job really has. */
    @Test
    fun aFollowUpIsComparedWithTheIntervalActuallyScheduled() {
        val in200 = SyncRun(SyncRunResult.NOT_NOW, Duration.ofMinutes(200))
        assertEquals(FollowUpPlan(200, NetworkNeed.CONNECTED), SyncPlan.followUp(in200, 360, onCellular = false))
        assertNull("the next period comes sooner", SyncPlan.followUp(in200, 180, onCellular = false))
        val in90 = SyncRun(SyncRunResult.NOT_NOW, Duration.ofMinutes(90))
        assertNull("a 60-minute job runs before that anyway", SyncPlan.followUp(in90, 60, onCellular = false))
        assertEquals(FollowUpPlan(90, NetworkNeed.CONNECTED), SyncPlan.followUp(in90, 180, onCellular = false))
        // Never earlier than the core's time: 61 seconds is two minutes.
        val soon = SyncRun(SyncRunResult.NOT_NOW, Duration.ofSeconds(61))
        assertEquals(2L, SyncPlan.followUp(soon, 180, onCellular = false)?.delayMinutes)
        assertNull(SyncPlan.followUp(SyncRun(SyncRunResult.DONE), 180, onCellular = false))
    }

    @Test
    fun aRunHeldForAMeteredOrCellularNetworkWaitsForAnUnmeteredOne() {
        val metered = SyncRun(SyncRunResult.NOT_NOW, heldFor = DenyReason.METERED)
        val unmetered = FollowUpPlan(SyncPlan.NETWORK_FOLLOW_UP_MINUTES, NetworkNeed.UNMETERED)
        assertEquals(unmetered, SyncPlan.followUp(metered, 180, onCellular = false))
        val transport = SyncRun(SyncRunResult.NOT_NOW, heldFor = DenyReason.TRANSPORT_NOT_ALLOWED)
        assertEquals(unmetered, SyncPlan.followUp(transport, 180, onCellular = true))
        assertNull("Wi-Fi not allowed: an unmetered network would not help", SyncPlan.followUp(transport, 180, onCellular = false))
        assertNull(SyncPlan.followUp(SyncRun(SyncRunResult.NOT_NOW, heldFor = DenyReason.ROAMING), 180, onCellular = true))
    }

    /** The worker's run against the real library: the core's sync_once, mapped, and what comes next. */
    @Test
    fun theWorkerRunsTheRealSyncAndPlansWhatComesNext() {
        withVault { vault -> workerRun(vault) }
    }

    private fun workerRun(vault: Vault) {
        val offline = networkFacts(null, charging = false)
        assertEquals(
            SyncRun(SyncRunResult.NOT_NOW, heldFor = DenyReason.NO_NETWORK),
            SyncRun.run(vault.syncEngine(Monitor(offline))),
        )
        assertEquals(SyncRunResult.RETRY, SyncRun.run(vault.syncEngine(Monitor(null))).result)
        val online = networkFacts(wifi, charging = true)
        assertEquals("nothing queued: idle", SyncRun(SyncRunResult.DONE), SyncRun.run(vault.syncEngine(Monitor(online))))

        // Default rules on cellular: held, and woken again on an unmetered network.
        val onCell = networkFacts(cellular, charging = false)
        val held = SyncRun.run(vault.syncEngine(Monitor(onCell)))
        assertEquals(DenyReason.TRANSPORT_NOT_ALLOWED, held.heldFor)
        assertEquals(NetworkNeed.UNMETERED, SyncPlan.followUp(held, 180, onCellular = true)?.network)

        // A cellular-only person who allowed cellular and metered networks in
        // the vault: the job (constraint "connected") runs on cellular, and
        // the core lets it through; nothing in the schedule reset that choice.
        val engine = vault.syncEngine(Monitor(onCell))
        val settings = engine.settings()
        engine.setSettings(settings.copy(rules = settings.rules.copy(allowCellular = true, allowMetered = true)))
        assertEquals(NetworkNeed.CONNECTED, SyncPlan.periodic(ScheduleReason.APP_START).network)
        assertEquals(SyncRun(SyncRunResult.DONE), SyncRun.run(engine))

        vault.lock()
        assertEquals("locked: wait for an unlock", SyncRunResult.NOT_NOW, SyncRun.run(vault.syncEngine(Monitor(online))).result)
        assertNull("locked: the courier sends instead", SyncRun.runUnlessLocked(vault.syncEngine(Monitor(online))))
    }

    /** The rules are the core's (sync::next_run, tested there): SyncRun only translates its hint. */
    @Test
    fun theCoresHintIsTranslatedNotReinterpreted() {
        val now = Instant.parse("2026-01-01T10:00:00Z")
        assertEquals(
            SyncRun(SyncRunResult.NOT_NOW, Duration.ofMinutes(10), DenyReason.OUTSIDE_TIME_WINDOW),
            SyncRun.of(NextRun(RunVerdict.NOT_NOW, 600uL, DenyReason.OUTSIDE_TIME_WINDOW)),
        )
        assertEquals(SyncRun(SyncRunResult.RETRY, Duration.ofMinutes(15)), SyncRun.of(NextRun(RunVerdict.RETRY, 900uL, null)))
        assertEquals(SyncRun(SyncRunResult.DONE), SyncRun.of(NextRun(RunVerdict.DONE, null, null)))
        assertEquals(
            SyncRun(SyncRunResult.NOT_NOW, vaultLocked = true),
            SyncRun.of(NextRun(RunVerdict.VAULT_LOCKED, null, null)),
        )
        assertEquals(-180, SyncRun.utcOffsetMinutes(TimeZone.getTimeZone("GMT-03:00"), now))
    }

    // ------------------------------------------------------------ panic trigger

    private val rippleCert = "ripple's real certificate".toByteArray()
    private val impostorCert = "a sideloaded app's certificate".toByteArray()
    private val ripple = TrustedPanicApp("info.guardianproject.ripple", SigningCertificates.sha256(rippleCert))

    /** What is installed: package name -> the certificates it is signed with. */
    private fun installed(vararg apps: Pair<String, ByteArray>) = SignerCheck { pkg, sha256 ->
        apps.any { (name, cert) -> name == pkg && SigningCertificates.sha256(cert).contentEquals(sha256) }
    }

    /** Issue 18, item 6: a package name alone is not trusted. */
    @Test
    fun onlyATrustedAppSignedWithItsPinnedCertificateMayTriggerAWipe() {
        val trust = PanicTrust(setOf(ripple))
        assertTrue(trust.allows("info.guardianproject.ripple", installed("info.guardianproject.ripple" to rippleCert)))
        assertFalse(
            "the same package name, another signer",
            trust.allows("info.guardianproject.ripple", installed("info.guardianproject.ripple" to impostorCert)),
        )
        assertFalse(trust.allows("com.example.other", installed("com.example.other" to rippleCert)))
        assertFalse("an unverified caller is not trusted", trust.allows(null, installed("info.guardianproject.ripple" to rippleCert)))
        assertFalse(PanicTrust(emptySet()).allows("info.guardianproject.ripple", installed("info.guardianproject.ripple" to rippleCert)))
        assertFalse("a failing check is a no", trust.allows("info.guardianproject.ripple") { _, _ -> error("PackageManager died") })
    }

    /** Below API 28 (GET_SIGNATURES): one signer, the pinned one, or no trust. */
    @Test
    fun beforeApi28OnlyASingleSignerThatIsThePinnedOneCounts() {
        val pinned = SigningCertificates.sha256(rippleCert)
        assertTrue(SigningCertificates.isSignedByOnly(listOf(rippleCert), pinned))
        assertFalse("an extra signer", SigningCertificates.isSignedByOnly(listOf(rippleCert, impostorCert), pinned))
        assertFalse(SigningCertificates.isSignedByOnly(listOf(impostorCert), pinned))
        assertFalse(SigningCertificates.isSignedByOnly(emptyList(), pinned))
        assertFalse(SigningCertificates.isSignedByOnly(null, pinned))
        assertNull(SigningCertificates.single(listOf(rippleCert, impostorCert)))
    }

    @Test
    fun trustedAppsAreStoredWithTheirCertificate() {
        assertEquals(ripple, TrustedPanicApp.decode(ripple.encode()))
        val colons = ripple.certificateHex.uppercase().chunked(2).joinToString(":")
        assertEquals("apksigner/keytool form", ripple, TrustedPanicApp.of("info.guardianproject.ripple", colons))
        assertNull("a bare package name (earlier versions) is no longer trusted", TrustedPanicApp.decode("info.guardianproject.ripple"))
        assertNull(TrustedPanicApp.decode("info.guardianproject.ripple:abcd"))
        assertNull(TrustedPanicApp.decode(":" + ripple.certificateHex))
        assertThrows(IllegalArgumentException::class.java) { TrustedPanicApp.of("info.guardianproject.ripple", "zz".repeat(32)) }
        assertThrows(IllegalArgumentException::class.java) { TrustedPanicApp.of("not a package", ripple.certificateHex) }
        assertThrows(IllegalArgumentException::class.java) { TrustedPanicApp("a.b", ByteArray(20)) }
    }

    /** Issue 18, item 6: the wipe runs off the caller's (main) thread, which returns at once. */
    @Test
    fun aTriggerWipesOffTheCallersThreadAndReturnsAtOnce() {
        withVault { vault -> triggerWipe(vault) }
    }

    private fun triggerWipe(vault: Vault) {
        val trust = PanicTrust(setOf(ripple))
        val signers = installed("info.guardianproject.ripple" to rippleCert)
        val release = CountDownLatch(1)
        val done = CountDownLatch(1)
        val wipeThread = AtomicReference<Thread>()
        val wipe = {
            wipeThread.set(Thread.currentThread())
            release.await(10, TimeUnit.SECONDS)
            vault.wipe()
            done.countDown()
        }
        val responder = PanicResponder()
        assertFalse("untrusted caller", responder.respond(PanicTrust.ACTION_TRIGGER, "com.example.other", trust, signers, wipe))
        assertFalse("another action", responder.respond("android.intent.action.MAIN", "info.guardianproject.ripple", trust, signers, wipe))
        assertTrue(vault.status().exists)

        // The wipe is still blocked when respond() returns: it did not wait.
        assertTrue(responder.respond(PanicTrust.ACTION_TRIGGER, "info.guardianproject.ripple", trust, signers, wipe))
        assertEquals(1L, release.count)
        release.countDown()
        assertTrue(done.await(30, TimeUnit.SECONDS))
        assertNotEquals(Thread.currentThread(), wipeThread.get())
        assertFalse("the vault is gone", vault.status().exists)
    }
}
