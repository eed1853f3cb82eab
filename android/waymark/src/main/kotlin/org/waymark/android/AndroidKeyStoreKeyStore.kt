package org.waymark.android

import android.content.Context
import android.content.pm.PackageManager
import android.os.Build
import android.security.keystore.KeyGenParameterSpec
import android.security.keystore.KeyPermanentlyInvalidatedException
import android.security.keystore.KeyProperties
import android.security.keystore.StrongBoxUnavailableException
import org.waymark.ffi.PlatformKeyStore
import java.security.Key
import java.security.KeyStore
import javax.crypto.KeyGenerator

/**
 * The core's [PlatformKeyStore] on Android Keystore: the vault's keys are
 * non-exportable HMAC-SHA256 keys, in StrongBox when the phone has one (a
 * separate secure chip), otherwise in the TEE. All the decisions (what is
 * "missing", what is "unavailable") are in [HardwareKeyStore], tested on the
 * JVM; this class only talks to the Keystore.
 *
 * - Every passcode guess runs one HMAC inside the hardware: a copy of the
 *   vault's files is useless on another device, and on this one guessing
 *   goes at the secure hardware's pace.
 * - `setUnlockedDeviceRequired(true)` (Android 9+): the keys work only while
 *   the phone is unlocked, so a forensic tool on a locked phone cannot use
 *   them. The vault is only ever unlocked by a person at an unlocked phone.
 * - Except the courier's key (`waymark-courier-…`, ADR 0210): it must work
 *   after the phone's first unlock, while the screen is locked, so that
 *   [SyncWorker] can send reports without the passcode. It opens only
 *   sealed envelopes' metadata, never a report (docs/courier.md).
 * - No user-authentication requirement: the passcode is the authentication.
 *
 * Thread-safe: Android Keystore operations are independent per `Mac`.
 */
class AndroidKeyStoreKeyStore(context: Context) :
    PlatformKeyStore by HardwareKeyStore(AndroidKeystoreHardware(context))

/** [KeyHardware] on the AndroidKeyStore provider. */
class AndroidKeystoreHardware(context: Context) : KeyHardware {
    private val hasStrongBox = Build.VERSION.SDK_INT >= Build.VERSION_CODES.P &&
        context.packageManager.hasSystemFeature(PackageManager.FEATURE_STRONGBOX_KEYSTORE)

    private fun keyStore(): KeyStore = KeyStore.getInstance(PROVIDER).apply { load(null) }

    override fun createHmacKey(name: String) {
        fun spec(strongBox: Boolean) = KeyGenParameterSpec.Builder(name, KeyProperties.PURPOSE_SIGN)
            .setKeySize(256)
            .apply {
                if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.P) {
                    if (!name.contains(COURIER_ALIAS_PREFIX)) setUnlockedDeviceRequired(true)
                    if (strongBox) setIsStrongBoxBacked(true)
                }
            }
            .build()

        val generator = KeyGenerator.getInstance(KeyProperties.KEY_ALGORITHM_HMAC_SHA256, PROVIDER)
        try {
            generator.init(spec(hasStrongBox))
            generator.generateKey()
        } catch (e: Exception) {
            val noStrongBox = Build.VERSION.SDK_INT >= Build.VERSION_CODES.P && e is StrongBoxUnavailableException
            if (!hasStrongBox || !noStrongBox) throw e
            generator.init(spec(false))
            generator.generateKey()
        }
    }

    // `getKey` returns null for a name that does not exist; it throws
    // (UnrecoverableKeyException…) for a key that exists but cannot be read
    // now, which HardwareKeyStore reports as unavailable, never as missing.
    override fun key(name: String): Key? = keyStore().getKey(name, null)

    override fun names(): List<String> = keyStore().aliases().toList()

    override fun deleteKey(name: String) {
        val ks = keyStore()
        if (ks.containsAlias(name)) ks.deleteEntry(name)
    }

    override fun isPermanentlyInvalidated(e: Throwable): Boolean = e is KeyPermanentlyInvalidatedException

    private companion object {
        const val PROVIDER = "AndroidKeyStore"
    }
}

/** The core's alias prefix for the courier's key (docs/courier.md). */
internal const val COURIER_ALIAS_PREFIX = "waymark-courier-"
