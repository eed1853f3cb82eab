package org.waymark.android

import android.annotation.SuppressLint
import android.app.Activity
import android.content.Context
import android.content.pm.PackageInfo
import android.content.pm.PackageManager
import android.os.Build
import android.os.Bundle

/**
 * Receives a PanicKit trigger (`info.guardianproject.panic.action.TRIGGER`)
 * from a panic-button app the person connected, and wipes.
 *
 * An Activity, not a BroadcastReceiver, on purpose: only an activity started
 * with `startActivityForResult` learns its caller's package from the system
 * (`getCallingActivity()`), so only here can the trigger be checked. The
 * caller must be a trusted app **signed with its pinned certificate**
 * ([PanicTrust]); anything else is ignored silently.
 *
 * The wipe runs off the main thread ([PanicResponder]) and the activity
 * finishes at once; no UI is shown (Theme.NoDisplay, which requires
 * finishing before onResume).
 *
 * The app registers what "wipe" means once, at start:
 * `PanicTriggerActivity.onPanic = { vault.wipe() }`, and stores the
 * trusted panic apps with [trust] after the person confirmed them.
 */
class PanicTriggerActivity : Activity() {
    override fun onCreate(savedInstanceState: Bundle?) {
        super.onCreate(savedInstanceState)
        responder.respond(
            action = intent?.action,
            caller = callingActivity?.packageName,
            trust = PanicTrust(trusted(this)),
            signers = PackageManagerSigners(packageManager),
            wipe = onPanic,
        )
        // Leave no trace in the recent-apps list; do not wait for the wipe.
        finishAndRemoveTask()
    }

    companion object {
        private const val PREFS = "waymark-panic"
        private const val KEY = "trusted-apps"

        /** Written by earlier versions (package names only): no longer trusted. */
        private const val OLD_KEY = "trusted-packages"

        private val responder = PanicResponder()

        /** What a trusted trigger does: wipe the vault(s). Set by the app. */
        @Volatile
        var onPanic: (() -> Unit)? = null

        fun trusted(context: Context): Set<TrustedPanicApp> =
            prefs(context).getStringSet(KEY, emptySet()).orEmpty().mapNotNull { TrustedPanicApp.decode(it) }.toSet()

        /**
         * Trusts a panic app by package name and signing-certificate SHA-256
         * (after the person confirmed it in the app's settings), e.g.
         * `trust(context, TrustedPanicApp.of("info.guardianproject.ripple", "…64 hex digits…"))`.
         */
        fun trust(context: Context, app: TrustedPanicApp) {
            val p = prefs(context)
            p.edit()
                .putStringSet(KEY, trusted(context).filter { it.packageName != app.packageName }.map { it.encode() }.toSet() + app.encode())
                .remove(OLD_KEY)
                .apply()
        }

        /**
         * Trust on first use: pins the certificate the installed [packageName]
         * is signed with now. For the moment the person connects a panic app
         * (PanicKit's CONNECT). Returns what was trusted, or null when the
         * package is not installed or has several signers.
         */
        fun trustInstalled(context: Context, packageName: String): TrustedPanicApp? {
            val certificate = PackageManagerSigners(context.packageManager).currentCertificate(packageName) ?: return null
            return TrustedPanicApp(packageName, certificate).also { trust(context, it) }
        }

        fun untrust(context: Context, packageName: String) {
            prefs(context).edit()
                .putStringSet(KEY, trusted(context).filter { it.packageName != packageName }.map { it.encode() }.toSet())
                .apply()
        }

        private fun prefs(context: Context) = context.getSharedPreferences(PREFS, Context.MODE_PRIVATE)
    }
}

/**
 * [SignerCheck] on PackageManager.
 *
 * - API 28+: `hasSigningCertificate(package, sha256, CERT_INPUT_SHA256)`,
 *   which knows the package's proven signing history (key rotation).
 * - API 26–27: `GET_SIGNATURES`; trusted only when the package has exactly
 *   one signer and it is the pinned one ([SigningCertificates.isSignedByOnly]).
 */
class PackageManagerSigners(private val pm: PackageManager) : SignerCheck {
    override fun isSignedBy(packageName: String, certificateSha256: ByteArray): Boolean = try {
        if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.P) {
            pm.hasSigningCertificate(packageName, certificateSha256, PackageManager.CERT_INPUT_SHA256)
        } else {
            SigningCertificates.isSignedByOnly(legacySigners(packageName), certificateSha256)
        }
    } catch (e: PackageManager.NameNotFoundException) {
        false
    }

    /** SHA-256 of the certificate the package is signed with now; null if not installed or several signers. */
    @Suppress("DEPRECATION") // getPackageInfo(String, Int): the flags overload is API 33+.
    fun currentCertificate(packageName: String): ByteArray? = try {
        if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.P) {
            val info = pm.getPackageInfo(packageName, PackageManager.GET_SIGNING_CERTIFICATES).signingInfo
            when {
                info == null || info.hasMultipleSigners() -> null
                // Oldest first, current last.
                else -> info.signingCertificateHistory?.lastOrNull()?.let { SigningCertificates.sha256(it.toByteArray()) }
            }
        } else {
            SigningCertificates.single(legacySigners(packageName))
        }
    } catch (e: PackageManager.NameNotFoundException) {
        null
    }

    @Suppress("DEPRECATION")
    @SuppressLint("PackageManagerGetSignatures") // Only on API 26–27, and only a single signer is ever trusted.
    private fun legacySigners(packageName: String): List<ByteArray>? {
        val info: PackageInfo = pm.getPackageInfo(packageName, PackageManager.GET_SIGNATURES)
        return info.signatures?.map { it.toByteArray() }
    }
}
