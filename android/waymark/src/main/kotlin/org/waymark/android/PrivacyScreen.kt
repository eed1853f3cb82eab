package org.waymark.android

import android.app.Activity
import android.os.Build
import android.view.WindowManager
import androidx.lifecycle.DefaultLifecycleObserver
import androidx.lifecycle.LifecycleOwner
import androidx.lifecycle.ProcessLifecycleOwner

/**
 * Keeps the screen out of screenshots, screen recordings and the app
 * switcher's preview: someone browsing the recent apps must not see a
 * journal note or an answer. Call from every Activity's `onCreate`, before
 * `setContentView`.
 */
fun Activity.protectScreen() {
    window.setFlags(WindowManager.LayoutParams.FLAG_SECURE, WindowManager.LayoutParams.FLAG_SECURE)
    if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.TIRAMISU) {
        // Android 13+: no snapshot at all in Recents (FLAG_SECURE already blanks it).
        setRecentsScreenshotEnabled(false)
    }
}

/**
 * Runs [onBackground] when the whole app goes to the background (not on
 * every Activity change): lock the vault there, so a phone picked up later
 * asks for the passcode. Install once, e.g. in `Application.onCreate`:
 * `LockOnBackground.install { vault.lock() }`. Locking blocks briefly (a
 * database checkpoint); it runs on the main thread here because the app is
 * leaving the screen anyway.
 */
object LockOnBackground {
    fun install(onBackground: () -> Unit) {
        ProcessLifecycleOwner.get().lifecycle.addObserver(object : DefaultLifecycleObserver {
            override fun onStop(owner: LifecycleOwner) {
                runCatching(onBackground)
            }
        })
    }
}
