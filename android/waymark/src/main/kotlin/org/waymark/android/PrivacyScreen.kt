package org.waymark.android

import android.app.Activity
import android.app.Dialog
import android.content.Context
import android.os.Build
import android.view.View
import android.view.ViewGroup
import android.view.WindowManager
import androidx.lifecycle.DefaultLifecycleObserver
import androidx.lifecycle.LifecycleOwner
import androidx.lifecycle.ProcessLifecycleOwner

/**
 * Keeps the app's windows out of screenshots, screen recordings, casting and
 * the app switcher's preview: someone looking at the recent apps or at a
 * recording must not see a journal note or an answer.
 *
 * FLAG_SECURE belongs to one window, and an activity is not the only window
 * an app opens: dialogs, popups, drop-downs (Spinner, AutoCompleteTextView),
 * popup and overflow menus are windows of their own. So, in every Activity:
 *
 * ```kotlin
 * override fun onCreate(savedInstanceState: Bundle?) {
 *     protectScreen()
 *     super.onCreate(savedInstanceState)
 * }
 * // Every window opened through this activity gets FLAG_SECURE too.
 * override fun getSystemService(name: String): Any? =
 *     ScreenProtection.wrap(name, super.getSystemService(name))
 * ```
 *
 * Jetpack Compose `Dialog` and `Popup` inherit the flag from their parent
 * window by default (`SecureFlagPolicy.Inherit`); keep it, or use `SecureOn`.
 * [Dialog.protectScreen] covers a dialog built some other way.
 *
 * **Toasts cannot be protected**: since Android 11 a text toast is drawn by
 * the system, not by the app. Never put anything sensitive in a toast; show
 * it inside a protected window instead. Notifications are the system's too.
 */
fun Activity.protectScreen() {
    window.addFlags(WindowManager.LayoutParams.FLAG_SECURE)
    if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.TIRAMISU) {
        // Android 13+: no snapshot at all in Recents (FLAG_SECURE already blanks it).
        setRecentsScreenshotEnabled(false)
    }
}

/** FLAG_SECURE on a dialog's own window (call before or after `show()`). */
fun Dialog.protectScreen() {
    window?.addFlags(WindowManager.LayoutParams.FLAG_SECURE)
}

object ScreenProtection {
    /**
     * For `Activity.getSystemService`: the activity's WindowManager, wrapped
     * so that every window added or updated through it carries FLAG_SECURE.
     * Dialogs, PopupWindows and the popups built on them (menus, drop-downs)
     * take their WindowManager from their context's `getSystemService`, i.e.
     * from the activity. Any other service is returned as it is.
     */
    fun wrap(name: String, service: Any?): Any? =
        if (name == Context.WINDOW_SERVICE && service is WindowManager && service !is SecureWindowManager) {
            SecureWindowManager(service)
        } else {
            service
        }
}

private class SecureWindowManager(private val base: WindowManager) : WindowManager by base {
    override fun addView(view: View, params: ViewGroup.LayoutParams) = base.addView(view, secured(params))

    override fun updateViewLayout(view: View, params: ViewGroup.LayoutParams) =
        base.updateViewLayout(view, secured(params))

    private fun secured(params: ViewGroup.LayoutParams): ViewGroup.LayoutParams {
        if (params is WindowManager.LayoutParams) params.flags = params.flags or WindowManager.LayoutParams.FLAG_SECURE
        return params
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
