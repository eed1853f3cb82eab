package org.waymark.android

import org.waymark.ffi.NetworkFacts
import org.waymark.ffi.Transport

/**
 * What [ConnectivityNetworkMonitor] reads from `NetworkCapabilities`, as plain
 * values, so the mapping to the core's [NetworkFacts] is testable on a JVM.
 */
data class CapabilitySnapshot(
    val connected: Boolean,
    val wifi: Boolean,
    val cellular: Boolean,
    val ethernet: Boolean,
    val vpn: Boolean,
    /** NET_CAPABILITY_VALIDATED: the system reached the internet. */
    val validated: Boolean,
    /** NET_CAPABILITY_CAPTIVE_PORTAL. */
    val captivePortal: Boolean,
    /** NET_CAPABILITY_NOT_METERED. */
    val notMetered: Boolean,
    /** NET_CAPABILITY_NOT_ROAMING (API 28+; assume roaming when unknown on cellular). */
    val notRoaming: Boolean,
)

/**
 * Maps the OS's view of the network to the facts the core's send policy
 * reads. Underlying transport wins over VPN: a VPN over cellular is
 * cellular (with `vpn = true`), so "Wi-Fi only" still means Wi-Fi.
 * The network's name (SSID) is never read: it needs the location
 * permission, and a stored list of places would betray the user.
 */
fun networkFacts(s: CapabilitySnapshot?, charging: Boolean): NetworkFacts {
    if (s == null || !s.connected) {
        return NetworkFacts(Transport.NONE, false, false, false, false, false, charging, null)
    }
    val transport = when {
        s.wifi -> Transport.WIFI
        s.ethernet -> Transport.ETHERNET
        s.cellular -> Transport.CELLULAR
        else -> Transport.OTHER
    }
    return NetworkFacts(
        transport = transport,
        validated = s.validated && !s.captivePortal,
        captivePortal = s.captivePortal,
        metered = !s.notMetered,
        roaming = !s.notRoaming,
        vpn = s.vpn,
        charging = charging,
        networkIdentity = null,
    )
}
