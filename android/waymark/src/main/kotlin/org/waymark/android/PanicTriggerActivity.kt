package org.waymark.android

import android.app.Activity
import android.content.Context
import android.os.Bundle

/**
 * Receives a PanicKit trigger (`info.guardianproject.panic.action.TRIGGER`)
 * from a panic-button app the user connected, and wipes.
 *
 * An Activity, not a BroadcastReceiver, on purpose: only an activity started
 * with `startActivityForResult` learns its caller's package from the system
 * (`getCallingActivity()`), so only here can the trigger be checked against
 * the apps the user trusts. Anything else is ignored silently.
 *
 * The app registers what "wipe" means once, at start:
 * `PanicTriggerActivity.onPanic = { vault.wipe() }`, and stores the trusted
 * panic apps with [trust]. No UI is shown (Theme.NoDisplay).
 */
class PanicTriggerActivity : Activity() {
    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        val caller = callingActivity?.packageName
        if (intent?.action == PanicTrust.ACTION_TRIGGER && PanicTrust(trusted(this)).allows(caller)) {
            runCatching { onPanic?.invoke() }
        }
        // Leave no trace in the recent-apps list.
        finishAndRemoveTask()
    }

    companion object {
        private const val PREFS = "waymark-panic"
        private const val KEY = "trusted-packages"

        /** What a trusted trigger does: wipe the vault(s). Set by the app. */
        @Volatile
        var onPanic: (() -> Unit)? = null

        fun trusted(context: Context): Set<String> =
            context.getSharedPreferences(PREFS, Context.MODE_PRIVATE).getStringSet(KEY, emptySet()) ?: emptySet()

        /** Trusts a panic app (after the user confirmed it in the app's settings). */
        fun trust(context: Context, packageName: String) {
            val prefs = context.getSharedPreferences(PREFS, Context.MODE_PRIVATE)
            prefs.edit().putStringSet(KEY, trusted(context) + packageName).apply()
        }

        fun untrust(context: Context, packageName: String) {
            val prefs = context.getSharedPreferences(PREFS, Context.MODE_PRIVATE)
            prefs.edit().putStringSet(KEY, trusted(context) - packageName).apply()
        }
    }
}
