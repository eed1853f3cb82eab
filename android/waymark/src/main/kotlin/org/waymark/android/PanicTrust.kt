package org.waymark.android

import java.security.MessageDigest
import java.util.concurrent.Executor
import java.util.concurrent.Executors

/**
 * A panic-button app the person chose to trust (PanicKit-style, e.g.
 * Ripple): its package name **and** the SHA-256 of its signing certificate.
 * A package name alone proves nothing: any sideloaded app can take a name
 * that is not installed.
 *
 * [certificateSha256] is the digest of the DER-encoded X.509 certificate,
 * as `apksigner verify --print-certs` prints it ("Signer #1 certificate
 * SHA-256 digest").
 */
class TrustedPanicApp(val packageName: String, certificateSha256: ByteArray) {
    private val digest = certificateSha256.copyOf()

    init {
        require(PACKAGE.matches(packageName)) { "not an Android package name" }
        require(digest.size == SHA256_LEN) { "a certificate SHA-256 digest has 32 bytes" }
    }

    val certificateSha256: ByteArray get() = digest.copyOf()

    /** Lower-case hex, no separators. */
    val certificateHex: String get() = digest.joinToString("") { "%02x".format(it) }

    /** How it is stored (SharedPreferences): `package:hex`. */
    fun encode(): String = "$packageName:$certificateHex"

    override fun equals(other: Any?): Boolean =
        other is TrustedPanicApp && other.packageName == packageName && other.digest.contentEquals(digest)

    override fun hashCode(): Int = packageName.hashCode() * 31 + digest.contentHashCode()

    override fun toString(): String = "TrustedPanicApp($packageName, $certificateHex)"

    companion object {
        private const val SHA256_LEN = 32
        private val PACKAGE = Regex("[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z][A-Za-z0-9_]*)+")

        /**
         * From a package name and a hex digest, with or without `:` or
         * spaces between the bytes (apksigner and keytool print both forms).
         * Throws IllegalArgumentException for anything else.
         */
        fun of(packageName: String, certificateSha256Hex: String): TrustedPanicApp {
            val hex = certificateSha256Hex.filterNot { it == ':' || it.isWhitespace() }
            require(hex.length == SHA256_LEN * 2 && hex.all { it in '0'..'9' || it.lowercaseChar() in 'a'..'f' }) {
                "a certificate SHA-256 digest is 64 hex digits"
            }
            return TrustedPanicApp(packageName, ByteArray(SHA256_LEN) { hex.substring(it * 2, it * 2 + 2).toInt(16).toByte() })
        }

        /**
         * A stored entry back, or null when it is not one: e.g. a bare
         * package name stored by an earlier version of this library, which
         * is no longer trusted until the person confirms the app again.
         */
        fun decode(entry: String): TrustedPanicApp? {
            val colon = entry.indexOf(':')
            if (colon <= 0) return null
            return runCatching { of(entry.substring(0, colon), entry.substring(colon + 1)) }.getOrNull()
        }
    }
}

/**
 * Whether an installed package is signed with a certificate (SHA-256 of its
 * DER encoding). On Android: `PackageManagerSigners` (PackageManager
 * `hasSigningCertificate` on API 28+, [SigningCertificates] below).
 */
fun interface SignerCheck {
    fun isSignedBy(packageName: String, certificateSha256: ByteArray): Boolean
}

/** The decisions about a package's signing certificates, as plain functions. */
object SigningCertificates {
    fun sha256(der: ByteArray): ByteArray = MessageDigest.getInstance("SHA-256").digest(der)

    /**
     * The one certificate a package is signed with, or null. Before API 28
     * Android lists every signer (`GET_SIGNATURES`) and knows nothing of key
     * rotation: a package with several signers, or none, is never trusted,
     * so "one of its signers is the pinned one" cannot be abused.
     */
    fun single(certificatesDer: List<ByteArray>?): ByteArray? =
        certificatesDer?.singleOrNull()?.let(::sha256)

    /** API 26–27: signed by exactly one certificate, and it is the pinned one. */
    fun isSignedByOnly(certificatesDer: List<ByteArray>?, pinnedSha256: ByteArray): Boolean =
        single(certificatesDer)?.let { MessageDigest.isEqual(it, pinnedSha256) } ?: false
}

/**
 * Which apps may trigger a panic wipe. A trigger counts only when the
 * caller's package, as the system verified it, is one the person trusted,
 * **and** that installed package is signed with the pinned certificate.
 */
class PanicTrust(apps: Collection<TrustedPanicApp>) {
    private val apps = apps.toList()

    /**
     * `caller` is the verified package of the activity that started us
     * (`Activity.getCallingActivity()`), or null when unknown: a trigger
     * sent without `startActivityForResult` cannot be verified, so it is
     * not trusted.
     */
    fun allows(caller: String?, signers: SignerCheck): Boolean =
        caller != null && apps.any {
            it.packageName == caller && runCatching { signers.isSignedBy(caller, it.certificateSha256) }.getOrDefault(false)
        }

    companion object {
        /** The PanicKit trigger action. */
        const val ACTION_TRIGGER = "info.guardianproject.panic.action.TRIGGER"

        /** PanicKit's action to ask a panic app to connect to us. */
        const val ACTION_CONNECT = "info.guardianproject.panic.action.CONNECT"
    }
}

/**
 * What a trusted trigger does: the wipe runs on a thread of its own, so
 * PanicTriggerActivity can finish at once and the main thread never waits
 * for it (a wipe waits for any vault call in progress, e.g. a sync). The
 * vault's wipe shreds the header first, which already makes the data
 * unreadable; the rest follows on this thread. Wipes run one after another.
 */
class PanicResponder(private val executor: Executor = defaultExecutor) {
    /**
     * Starts [wipe] if [action] is the trigger and [trust] allows [caller].
     * Returns at once whether a wipe was started; never throws.
     */
    fun respond(action: String?, caller: String?, trust: PanicTrust, signers: SignerCheck, wipe: (() -> Unit)?): Boolean {
        if (action != PanicTrust.ACTION_TRIGGER || wipe == null || !trust.allows(caller, signers)) return false
        return runCatching { executor.execute { runCatching(wipe) } }.isSuccess
    }

    private companion object {
        val defaultExecutor: Executor = Executors.newSingleThreadExecutor { task ->
            Thread(task, "waymark-panic").apply { isDaemon = true }
        }
    }
}
