package org.waymark.android

import org.junit.Assert.assertArrayEquals
import org.junit.Assert.assertEquals
import org.junit.Assert.assertFalse
import org.junit.Assert.assertTrue
import org.junit.Assert.fail
import org.junit.Test
import org.waymark.ffi.KdfParams
import org.waymark.ffi.KeyStoreException
import org.waymark.ffi.Vault
import org.waymark.ffi.VaultException
import org.waymark.ffi.VaultOptions
import org.waymark.ffi.selfTestKeyStore
import java.nio.file.Files
import java.security.Key
import java.security.SecureRandom
import java.security.UnrecoverableKeyException
import java.util.concurrent.ConcurrentHashMap
import javax.crypto.Cipher
import javax.crypto.KeyGenerator
import javax.crypto.spec.GCMParameterSpec

/** Stands in for the Keystore on the JVM: keys live in a map and are never
 *  handed to anyone but `Mac`/`Cipher` (as with hardware), and any lookup can
 *  be made to throw what Android throws. */
class StandInHardware : KeyHardware {
    val keys = ConcurrentHashMap<String, Key>()
    @Volatile var lookupFails: Exception? = null
    @Volatile var createFails: Exception? = null

    class Invalidated : Exception("stands for KeyPermanentlyInvalidatedException")

    override fun createHmacKey(name: String) {
        createFails?.let { throw it }
        keys[name] = KeyGenerator.getInstance("HmacSHA256").apply { init(256) }.generateKey()
    }

    override fun key(name: String): Key? {
        lookupFails?.let { throw it }
        return keys[name]
    }

    override fun names(): List<String> = keys.keys.toList()
    override fun deleteKey(name: String) { keys.remove(name) }
    override fun isPermanentlyInvalidated(e: Throwable) = e is Invalidated
}

/** The key store glue's decisions, on the JVM with the real library. */
class KeyStoreGlueTest {
    private inline fun <reified E : Throwable> expect(block: () -> Unit): E {
        try {
            block()
        } catch (e: Throwable) {
            if (e is E) return e
            fail("expected ${E::class.simpleName}, got $e")
        }
        fail("expected ${E::class.simpleName}, nothing thrown")
        throw AssertionError()
    }

    private val input = ByteArray(32) { it.toByte() }

    @Test
    fun passesTheCoreSelfTest() {
        val hardware = StandInHardware()
        assertEquals(4u, selfTestKeyStore(HardwareKeyStore(hardware), 4u))
        assertTrue("the self-test deletes its keys", hardware.keys.isEmpty())
    }

    @Test
    fun deriveIsAnHmacInsideTheHardwareAndNeverMakesAKey() {
        val hardware = StandInHardware()
        val store = HardwareKeyStore(hardware)
        expect<KeyStoreException.KeyMissing> { store.derive("waymark-a-b", input) }
        assertTrue("no key made behind the vault's back", hardware.keys.isEmpty())
        store.create("waymark-a-b")
        assertEquals(setOf("waymark-waymark-a-b"), hardware.keys.keys)
        val out = store.derive("waymark-a-b", input)
        assertEquals(32, out.size)
        assertArrayEquals(out, store.derive("waymark-a-b", input))
        expect<KeyStoreException.Unavailable> { store.derive("waymark-a-b", ByteArray(5)) }
        assertEquals(listOf("waymark-a-b"), store.aliases("waymark-a"))
        assertEquals(emptyList<String>(), store.aliases("waymark-z"))
        store.delete("waymark-a-b")
        store.delete("waymark-a-b")
        expect<KeyStoreException.KeyMissing> { store.derive("waymark-a-b", input) }
    }

    /** Issue 18, item 4: only a key that is not there is "missing". */
    @Test
    fun onlyATrulyMissingKeyIsReportedMissing() {
        val hardware = StandInHardware()
        val store = HardwareKeyStore(hardware)
        store.create("k")
        hardware.lookupFails = UnrecoverableKeyException("cannot recover now")
        expect<KeyStoreException.Unavailable> { store.derive("k", input) }
        expect<KeyStoreException.Unavailable> { store.unwrap("k", ByteArray(40)) }
        hardware.lookupFails = java.security.KeyStoreException("keystore daemon gone")
        expect<KeyStoreException.Unavailable> { store.derive("k", input) }
        hardware.lookupFails = IllegalStateException("anything else")
        expect<KeyStoreException.Unavailable> { store.derive("k", input) }
        hardware.lookupFails = StandInHardware.Invalidated()
        expect<KeyStoreException.KeyMissing> { store.derive("k", input) }
        hardware.lookupFails = null
        hardware.createFails = java.security.ProviderException("StrongBox busy")
        expect<KeyStoreException.Unavailable> { store.create("other") }
        hardware.createFails = null
        assertEquals(32, store.derive("k", input).size)
    }

    @Test
    fun formatOneDeviceSecretsStillUnwrap() {
        val hardware = StandInHardware()
        val store = HardwareKeyStore(hardware)
        val aes = KeyGenerator.getInstance("AES").apply { init(256) }.generateKey()
        hardware.keys["waymark-waymark-old"] = aes
        val iv = ByteArray(12).also { SecureRandom().nextBytes(it) }
        val cipher = Cipher.getInstance("AES/GCM/NoPadding")
        cipher.init(Cipher.ENCRYPT_MODE, aes, GCMParameterSpec(128, iv))
        cipher.updateAAD("waymark-old".toByteArray())
        val wrapped = iv + cipher.doFinal(input)
        assertArrayEquals(input, store.unwrap("waymark-old", wrapped))
        wrapped[wrapped.size - 1] = (wrapped.last() + 1).toByte()
        expect<KeyStoreException.UnwrapFailed> { store.unwrap("waymark-old", wrapped) }
        expect<KeyStoreException.UnwrapFailed> { store.unwrap("waymark-old", ByteArray(3)) }
        expect<KeyStoreException.KeyMissing> { store.unwrap("waymark-gone", wrapped) }
    }

    /** The real library on the glue: a vault, its duress passcode, and a
     *  hardware error that must not read as a lost vault. */
    @Test
    fun aVaultOnTheGlue() {
        val hardware = StandInHardware()
        val dir = Files.createTempDirectory("waymark-glue-").toFile()
        Vault(dir.resolve("vault").path, HardwareKeyStore(hardware)).use { vault ->
            vault.create("2468", VaultOptions(KdfParams(8u, 1u, 1u), null))
            vault.journal().add("kept")
            vault.setDuressPasscode("2468", "1357")
            vault.lock()
            assertEquals("epoch, two slots and the courier's key", 4, hardware.keys.size)
            hardware.lookupFails = UnrecoverableKeyException("not now")
            expect<VaultException.KeyStore> { vault.unlock("2468") }
            assertEquals("not counted as a guess", 0u, vault.status().failedAttempts)
            hardware.lookupFails = null
            vault.unlock("2468")
            assertEquals(1, vault.journal().list().size)
            vault.lock()
            vault.unlock("1357")
            assertTrue(vault.journal().list().isEmpty())
            assertEquals("a new courier key after duress", 4, hardware.keys.size)
            vault.wipe()
            assertFalse(vault.status().exists)
            assertTrue("wipe deletes every key", hardware.keys.isEmpty())
        }
        dir.deleteRecursively()
    }
}
