import Foundation

/// Where the vault lives: the app's own Application Support folder.
///
/// Never in an App Group (shared) container: iOS kills an app that is
/// suspended while holding a lock on a file there (termination reason
/// 0xdead10cc), and SQLCipher in WAL mode holds such locks. The app could be
/// killed mid-write, in the background, whenever it is suspended. Keeping the
/// database in the app's own container avoids it (the alternative,
/// `cipher_plaintext_header_size`, would leave the database header readable).
public enum VaultLocation {
    public static func defaultDirectory() throws -> URL {
        let base = try FileManager.default.url(
            for: .applicationSupportDirectory, in: .userDomainMask, appropriateFor: nil, create: true)
        var dir = base.appendingPathComponent("Waymark", isDirectory: true)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        #if os(iOS)
        // Not in iCloud/iTunes backups: the key that opens it never leaves
        // this device anyway, and a backup would only carry ciphertext around.
        var values = URLResourceValues()
        values.isExcludedFromBackup = true
        try dir.setResourceValues(values)
        try FileManager.default.setAttributes(
            [.protectionKey: FileProtectionType.completeUntilFirstUserAuthentication], ofItemAtPath: dir.path)
        #endif
        return dir.appendingPathComponent("vault", isDirectory: true)
    }
}
