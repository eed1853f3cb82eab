package org.waymark.android

/**
 * Which apps may trigger a panic wipe (PanicKit-style: e.g. Ripple, a
 * "panic button" app the user connected on purpose). A trigger from any
 * other app is ignored: otherwise any installed app could wipe the vault.
 */
class PanicTrust(private val trustedPackages: Set<String>) {
    /**
     * `caller` is the verified package of the activity that started us
     * (`Activity.getCallingActivity()`), or null when unknown: an implicit
     * broadcast or `startActivity` without a result cannot be verified, so it
     * is not trusted.
     */
    fun allows(caller: String?): Boolean = caller != null && caller in trustedPackages

    companion object {
        /** The PanicKit trigger action. */
        const val ACTION_TRIGGER = "info.guardianproject.panic.action.TRIGGER"
        /** PanicKit's action to ask a panic app to connect to us. */
        const val ACTION_CONNECT = "info.guardianproject.panic.action.CONNECT"
    }
}
