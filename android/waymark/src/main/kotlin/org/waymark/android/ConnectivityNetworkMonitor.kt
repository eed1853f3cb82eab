package org.waymark.android

import android.content.Context
import android.content.Intent
import android.content.IntentFilter
import android.net.ConnectivityManager
import android.net.Network
import android.net.NetworkCapabilities
import android.net.NetworkRequest
import android.os.BatteryManager
import android.os.Build
import org.waymark.ffi.NetworkFacts
import org.waymark.ffi.NetworkMonitor
import java.util.concurrent.ConcurrentHashMap
import java.util.concurrent.atomic.AtomicReference

/**
 * The core's [NetworkMonitor] from ConnectivityManager: keeps the default
 * network's capabilities up to date through a callback, and answers
 * `currentFacts()` at once from the last known state (the core calls it from
 * background threads and must not wait).
 *
 * It also listens (without requesting anything) to the other networks with
 * internet access that are not VPNs: when the default network is a VPN,
 * whether sending costs money is read from the network under it
 * ([throughVpn]), because Android 10+ calls most VPNs metered.
 *
 * Call [close] when the process no longer needs it (e.g. never, for an
 * app-wide singleton).
 */
class ConnectivityNetworkMonitor(context: Context) : NetworkMonitor, AutoCloseable {
    private val app = context.applicationContext
    private val connectivity = app.getSystemService(ConnectivityManager::class.java)
    private val latest = AtomicReference<CapabilitySnapshot?>(null)
    private val carriers = ConcurrentHashMap<Network, CapabilitySnapshot>()

    private val callback = object : ConnectivityManager.NetworkCallback() {
        override fun onCapabilitiesChanged(network: Network, caps: NetworkCapabilities) {
            latest.set(snapshot(caps))
        }

        override fun onLost(network: Network) {
            latest.set(null)
        }
    }

    private val carrierCallback = object : ConnectivityManager.NetworkCallback() {
        override fun onCapabilitiesChanged(network: Network, caps: NetworkCapabilities) {
            carriers[network] = snapshot(caps)
        }

        override fun onLost(network: Network) {
            carriers.remove(network)
        }
    }

    init {
        connectivity.activeNetwork?.let { n -> connectivity.getNetworkCapabilities(n)?.let { latest.set(snapshot(it)) } }
        connectivity.registerDefaultNetworkCallback(callback)
        // A listen request: it never brings a network up. NOT_VPN is in
        // NetworkRequest.Builder's defaults; said again here on purpose.
        val notVpn = NetworkRequest.Builder()
            .addCapability(NetworkCapabilities.NET_CAPABILITY_INTERNET)
            .addCapability(NetworkCapabilities.NET_CAPABILITY_NOT_VPN)
            .build()
        connectivity.registerNetworkCallback(notVpn, carrierCallback)
    }

    override fun currentFacts(): NetworkFacts = networkFacts(latest.get(), isCharging(), carriers.values.toList())

    override fun close() {
        runCatching { connectivity.unregisterNetworkCallback(callback) }
        runCatching { connectivity.unregisterNetworkCallback(carrierCallback) }
    }

    private fun isCharging(): Boolean {
        val status = app.registerReceiver(null, IntentFilter(Intent.ACTION_BATTERY_CHANGED))
            ?.getIntExtra(BatteryManager.EXTRA_STATUS, -1) ?: -1
        return status == BatteryManager.BATTERY_STATUS_CHARGING || status == BatteryManager.BATTERY_STATUS_FULL
    }

    private fun snapshot(c: NetworkCapabilities) = CapabilitySnapshot(
        connected = c.hasCapability(NetworkCapabilities.NET_CAPABILITY_INTERNET),
        wifi = c.hasTransport(NetworkCapabilities.TRANSPORT_WIFI),
        cellular = c.hasTransport(NetworkCapabilities.TRANSPORT_CELLULAR),
        ethernet = c.hasTransport(NetworkCapabilities.TRANSPORT_ETHERNET),
        vpn = c.hasTransport(NetworkCapabilities.TRANSPORT_VPN) ||
            !c.hasCapability(NetworkCapabilities.NET_CAPABILITY_NOT_VPN),
        validated = c.hasCapability(NetworkCapabilities.NET_CAPABILITY_VALIDATED),
        captivePortal = c.hasCapability(NetworkCapabilities.NET_CAPABILITY_CAPTIVE_PORTAL),
        notMetered = c.hasCapability(NetworkCapabilities.NET_CAPABILITY_NOT_METERED) ||
            (Build.VERSION.SDK_INT >= Build.VERSION_CODES.R &&
                c.hasCapability(NetworkCapabilities.NET_CAPABILITY_TEMPORARILY_NOT_METERED)),
        // Below API 28 roaming cannot be read: cautious, cellular counts as roaming.
        notRoaming = if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.P) {
            c.hasCapability(NetworkCapabilities.NET_CAPABILITY_NOT_ROAMING)
        } else {
            !c.hasTransport(NetworkCapabilities.TRANSPORT_CELLULAR)
        },
    )
}
