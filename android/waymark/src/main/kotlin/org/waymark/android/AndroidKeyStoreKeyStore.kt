package org.waymark.android

import android.content.Context
import android.content.pm.PackageManager
import android.os.Build
import android.security.keystore.KeyGenParameterSpec
import android.security.keystore.KeyPermanentlyInvalidatedException
import android.security.keystore.KeyProperties
import android.security.keystore.StrongBoxUnavailableException
import org.waymark.ffi.KeyStoreException
import org.waymark.ffi.PlatformKeyStore
import java.security.KeyStore
import java.security.UnrecoverableKeyException
import javax.crypto.AEADBadTagException
import javax.crypto.Cipher
import javax.crypto.KeyGenerator
import javax.crypto.SecretKey
import javax.crypto.spec.GCMParameterSpec

/**
 * The core's [PlatformKeyStore] on Android Keystore: one non-exportable
 * AES-256-GCM key per vault, in StrongBox when the phone has one (a separate
 * secure chip), otherwise in the TEE.
 *
 * - The key never leaves the hardware: a copy of the vault's files is
 *   useless on another device, and even a 6-digit PIN cannot be brute-forced
 *   off the phone.
 * - No user-authentication or unlocked-device requirement: background sync
 *   (WorkManager) must be able to use the vault after the first unlock, and
 *   the passcode is the user's authentication.
 * - Wrapped data = 12-byte IV ‖ ciphertext ‖ tag; the alias is bound as AAD.
 *
 * Thread-safe: Android Keystore operations are independent per Cipher.
 */
class AndroidKeyStoreKeyStore(context: Context) : PlatformKeyStore {
    private val hasStrongBox = Build.VERSION.SDK_INT >= Build.VERSION_CODES.P &&
        context.packageManager.hasSystemFeature(PackageManager.FEATURE_STRONGBOX_KEYSTORE)

    private fun keyStore(): KeyStore = KeyStore.getInstance(PROVIDER).apply { load(null) }

    private fun name(alias: String) = PREFIX + alias

    private fun existingKey(alias: String): SecretKey? = try {
        keyStore().getKey(name(alias), null) as SecretKey?
    } catch (e: UnrecoverableKeyException) {
        null
    } catch (e: Exception) {
        throw KeyStoreException.Unavailable()
    }

    private fun createKey(alias: String): SecretKey {
        fun spec(strongBox: Boolean) = KeyGenParameterSpec.Builder(
            name(alias), KeyProperties.PURPOSE_ENCRYPT or KeyProperties.PURPOSE_DECRYPT,
        )
            .setBlockModes(KeyProperties.BLOCK_MODE_GCM)
            .setEncryptionPaddings(KeyProperties.ENCRYPTION_PADDING_NONE)
            .setKeySize(256)
            .setRandomizedEncryptionRequired(true)
            .apply { if (Build.VERSION.SDK_INT >= Build.VERSION_CODES.P && strongBox) setIsStrongBoxBacked(true) }
            .build()

        val generator = KeyGenerator.getInstance(KeyProperties.KEY_ALGORITHM_AES, PROVIDER)
        return try {
            generator.init(spec(hasStrongBox))
            generator.generateKey()
        } catch (e: Exception) {
            if (hasStrongBox && Build.VERSION.SDK_INT >= Build.VERSION_CODES.P && e is StrongBoxUnavailableException) {
                generator.init(spec(false))
                generator.generateKey()
            } else {
                throw KeyStoreException.Unavailable()
            }
        }
    }

    override fun wrap(alias: String, plaintext: ByteArray): ByteArray {
        val key = existingKey(alias) ?: createKey(alias)
        return try {
            val cipher = Cipher.getInstance(TRANSFORMATION)
            cipher.init(Cipher.ENCRYPT_MODE, key)
            cipher.updateAAD(alias.toByteArray(Charsets.UTF_8))
            cipher.iv + cipher.doFinal(plaintext)
        } catch (e: KeyPermanentlyInvalidatedException) {
            throw KeyStoreException.KeyMissing()
        } catch (e: Exception) {
            throw KeyStoreException.Unavailable()
        } finally {
            plaintext.fill(0)
        }
    }

    override fun unwrap(alias: String, wrapped: ByteArray): ByteArray {
        val key = existingKey(alias) ?: throw KeyStoreException.KeyMissing()
        if (wrapped.size < IV_LEN + TAG_LEN) throw KeyStoreException.UnwrapFailed()
        return try {
            val cipher = Cipher.getInstance(TRANSFORMATION)
            cipher.init(Cipher.DECRYPT_MODE, key, GCMParameterSpec(TAG_LEN * 8, wrapped, 0, IV_LEN))
            cipher.updateAAD(alias.toByteArray(Charsets.UTF_8))
            cipher.doFinal(wrapped, IV_LEN, wrapped.size - IV_LEN)
        } catch (e: AEADBadTagException) {
            throw KeyStoreException.UnwrapFailed()
        } catch (e: KeyPermanentlyInvalidatedException) {
            throw KeyStoreException.KeyMissing()
        } catch (e: Exception) {
            throw KeyStoreException.Unavailable()
        }
    }

    override fun delete(alias: String) {
        try {
            val ks = keyStore()
            if (ks.containsAlias(name(alias))) ks.deleteEntry(name(alias))
        } catch (e: Exception) {
            throw KeyStoreException.Unavailable()
        }
    }

    private companion object {
        const val PROVIDER = "AndroidKeyStore"
        const val TRANSFORMATION = "AES/GCM/NoPadding"
        const val PREFIX = "waymark-"
        const val IV_LEN = 12
        const val TAG_LEN = 16
    }
}
