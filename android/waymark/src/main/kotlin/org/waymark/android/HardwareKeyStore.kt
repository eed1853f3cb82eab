package org.waymark.android

import org.waymark.ffi.KeyStoreException
import org.waymark.ffi.PlatformKeyStore
import java.security.Key
import javax.crypto.AEADBadTagException
import javax.crypto.Cipher
import javax.crypto.Mac
import javax.crypto.spec.GCMParameterSpec

/**
 * What the key store needs from the secure hardware. [AndroidKeyStoreKeyStore]
 * implements it with Android Keystore; JVM tests with a stand-in. Methods
 * throw whatever the platform throws: [HardwareKeyStore] decides what it means.
 */
interface KeyHardware {
    /** Makes a non-exportable HMAC-SHA256 key under [name], replacing any. */
    fun createHmacKey(name: String)

    /** The key under [name], or `null` when there is none. */
    fun key(name: String): Key?

    /** Every key name in the store. */
    fun names(): List<String>

    /** Deletes the key under [name], if there is one. */
    fun deleteKey(name: String)

    /** Whether [e] says the key exists but can never be used again (Android:
     *  `KeyPermanentlyInvalidatedException`, e.g. after the screen lock was
     *  removed). Such a key is as good as missing. */
    fun isPermanentlyInvalidated(e: Throwable): Boolean
}

/**
 * The core's [PlatformKeyStore] over [KeyHardware], with no Android imports,
 * so that every decision it makes is tested on the JVM (GlueLogicTest):
 *
 * - `derive` is HMAC-SHA256 with the hardware key, computed inside the
 *   hardware (the `Mac` runs in the Keystore; the key never leaves it).
 * - Keys are made only by `create`; every other call on a missing key is
 *   `KeyMissing`, and never makes one.
 * - Only a key that is truly not there (or permanently invalidated) is
 *   `KeyMissing`: the app tells the person the vault is gone. Any other
 *   failure, an `UnrecoverableKeyException` included, is `Unavailable`.
 * - `unwrap` reads format-1 vaults' device secret (AES-256-GCM, 12-byte IV,
 *   the alias as AAD) once, to migrate them.
 */
class HardwareKeyStore(private val hardware: KeyHardware) : PlatformKeyStore {
    private fun name(alias: String) = PREFIX + alias

    /** Runs [block], turning whatever it throws into the core's error. */
    private inline fun <T> mapped(block: () -> T): T = try {
        block()
    } catch (e: KeyStoreException) {
        throw e
    } catch (e: Exception) {
        throw keyStoreFailure(e, hardware)
    }

    private fun existing(alias: String): Key = mapped { hardware.key(name(alias)) }
        ?: throw KeyStoreException.KeyMissing()

    override fun create(alias: String) = mapped { hardware.createHmacKey(name(alias)) }

    override fun derive(alias: String, input: ByteArray): ByteArray {
        if (input.size != INPUT_LEN) throw KeyStoreException.Unavailable()
        val key = existing(alias)
        return mapped { Mac.getInstance(HMAC).apply { init(key) }.doFinal(input) }
    }

    override fun aliases(prefix: String): List<String> = mapped {
        hardware.names().filter { it.startsWith(PREFIX + prefix) }.map { it.removePrefix(PREFIX) }
    }

    override fun delete(alias: String) = mapped { hardware.deleteKey(name(alias)) }

    override fun unwrap(alias: String, wrapped: ByteArray): ByteArray {
        val key = existing(alias)
        if (wrapped.size < IV_LEN + TAG_LEN) throw KeyStoreException.UnwrapFailed()
        return mapped {
            try {
                val cipher = Cipher.getInstance(AES_GCM)
                cipher.init(Cipher.DECRYPT_MODE, key, GCMParameterSpec(TAG_LEN * 8, wrapped, 0, IV_LEN))
                cipher.updateAAD(alias.toByteArray(Charsets.UTF_8))
                cipher.doFinal(wrapped, IV_LEN, wrapped.size - IV_LEN)
            } catch (e: AEADBadTagException) {
                throw KeyStoreException.UnwrapFailed()
            }
        }
    }

    companion object {
        /** Every Waymark key in Android Keystore starts with this (so a
         *  vault alias `waymark-…` is stored as `waymark-waymark-…`, as in
         *  format 1, whose keys `unwrap` must still find). */
        const val PREFIX = "waymark-"
        const val HMAC = "HmacSHA256"
        const val AES_GCM = "AES/GCM/NoPadding"
        const val INPUT_LEN = 32
        const val IV_LEN = 12
        const val TAG_LEN = 16
    }
}

/** What a failure of the hardware means to the core: missing only when the
 *  key can never be used again; everything else is "unavailable, try later". */
fun keyStoreFailure(e: Throwable, hardware: KeyHardware): KeyStoreException = when {
    hardware.isPermanentlyInvalidated(e) -> KeyStoreException.KeyMissing()
    else -> KeyStoreException.Unavailable()
}
