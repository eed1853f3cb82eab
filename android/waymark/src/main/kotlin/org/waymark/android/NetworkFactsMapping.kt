package org.waymark.android

import org.waymark.ffi.NetworkFacts
import org.waymark.ffi.Transport

/**
 * What [ConnectivityNetworkMonitor] reads from one network's
 * `NetworkCapabilities`, as plain values, so the mapping to the core's
 * [NetworkFacts] is testable on a JVM.
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
    /** NET_CAPABILITY_NOT_METERED (or TEMPORARILY_NOT_METERED). */
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
 *
 * [carriers] are the phone's other networks with internet access that are
 * not VPNs (ConnectivityNetworkMonitor listens to them). They only matter
 * when [s] is a VPN: see [throughVpn].
 */
fun networkFacts(
    s: CapabilitySnapshot?,
    charging: Boolean,
    carriers: Collection<CapabilitySnapshot> = emptyList(),
): NetworkFacts {
    if (s == null || !s.connected) {
        return NetworkFacts(Transport.NONE, false, false, false, false, false, charging, null)
    }
    val n = if (s.vpn) throughVpn(s, carriers) else s
    val transport = when {
        // A VPN that may use both is cellular: "Wi-Fi only" must not send over cellular.
        n.cellular && n.vpn -> Transport.CELLULAR
        n.wifi -> Transport.WIFI
        n.ethernet -> Transport.ETHERNET
        n.cellular -> Transport.CELLULAR
        else -> Transport.OTHER
    }
    return NetworkFacts(
        transport = transport,
        validated = n.validated && !n.captivePortal,
        captivePortal = n.captivePortal,
        metered = !n.notMetered,
        roaming = !n.notRoaming,
        vpn = n.vpn,
        charging = charging,
        networkIdentity = null,
    )
}

/**
 * A VPN's facts, taken from the networks it runs over.
 *
 * Android 10+ counts a VPN as metered unless its app calls
 * `VpnService.Builder.setMetered(false)`, whatever it runs over; many VPN
 * apps (Tor/Orbot among them) never do. Read as it is, a person who requires
 * a VPN and allows only unmetered networks could never send. What costs the
 * person money is the network under the VPN, so that is what `metered`
 * reports here: metered when any carrier is. Android lists the carriers'
 * transports on the VPN's own capabilities, which says which of [carriers]
 * are under it. When none can be matched, the VPN's own answer stands
 * (the cautious one).
 *
 * Validation: whether Android marks a VPN VALIDATED differs between
 * versions, so a VPN counts as validated when it is, or when every carrier
 * is (a captive portal on a carrier still blocks sending).
 */
internal fun throughVpn(vpn: CapabilitySnapshot, carriers: Collection<CapabilitySnapshot>): CapabilitySnapshot {
    val candidates = carriers.filter { it.connected && !it.vpn }
    val knowsTransport = vpn.wifi || vpn.cellular || vpn.ethernet
    val under = if (knowsTransport) {
        candidates.filter { (vpn.wifi && it.wifi) || (vpn.cellular && it.cellular) || (vpn.ethernet && it.ethernet) }
    } else {
        // Older versions do not copy the carriers' transports: only a single
        // carrier can be assumed to be the one under the VPN.
        candidates.takeIf { it.size == 1 } ?: emptyList()
    }
    if (under.isEmpty()) return vpn
    return vpn.copy(
        wifi = vpn.wifi || under.any { it.wifi },
        cellular = vpn.cellular || under.any { it.cellular },
        ethernet = vpn.ethernet || under.any { it.ethernet },
        validated = vpn.validated || under.all { it.validated },
        captivePortal = vpn.captivePortal || under.any { it.captivePortal },
        notMetered = under.all { it.notMetered },
        notRoaming = vpn.notRoaming && under.all { it.notRoaming },
    )
}
