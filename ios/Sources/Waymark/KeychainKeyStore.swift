#if canImport(Security) && canImport(CryptoKit)
import CryptoKit
import Foundation
import Security

/// The core's `PlatformKeyStore` on the iOS Secure Enclave. The decisions
/// (what is missing, what is unavailable) are in `HardwareKeyStore`, tested
/// on Linux; `SecureEnclaveHardware` only talks to CryptoKit and the Keychain.
public enum KeychainKeyStore {
    /// `service` namespaces the keys (e.g. your bundle id + ".waymark").
    public static func make(service: String = "org.waymark.keystore",
                            useSecureEnclave: Bool = SecureEnclave.isAvailable) -> PlatformKeyStore {
        HardwareKeyStore(service: service,
                         hardware: SecureEnclaveHardware(service: service, useSecureEnclave: useSecureEnclave))
    }
}

/// P-256 key-agreement keys in the Secure Enclave (every iPhone since the
/// 5s, not the simulator).
///
/// - `derive`: ECDH of the enclave key with the public point of the scalar
///   `input` (the Argon2id output), hashed with SHA-256: deterministic, and
///   the private key never leaves the enclave, so every passcode guess needs
///   this phone's enclave.
/// - The key's `dataRepresentation` (an enclave-encrypted blob, useless on any
///   other device) is kept in the Keychain with
///   `kSecAttrAccessibleWhenUnlockedThisDeviceOnly` and
///   `.privateKeyUsage`: usable only while the phone is unlocked, never in
///   backups or on another device.
/// - Without an enclave (simulator) the same with a software P-256 key in
///   the Keychain: for development only, no hardware binding.
/// - `legacyUnwrap` reads format-1 keys (enclave ECIES or Keychain AES-GCM),
///   once, to migrate old vaults.
public final class SecureEnclaveHardware: KeyAgreementHardware, @unchecked Sendable {
    private let service: String
    private let useSecureEnclave: Bool
    private var keyService: String { "\(service).keys" }

    public init(service: String, useSecureEnclave: Bool) {
        self.service = service
        self.useSecureEnclave = useSecureEnclave
    }

    public func createKey(tag: String) throws {
        // The courier's key (ADR 0210) works after the first unlock, while
        // the screen is locked, so BackgroundSync can send without the
        // passcode; every vault key only while the phone is unlocked.
        let accessible = tag.contains("waymark-courier-")
            ? kSecAttrAccessibleAfterFirstUnlockThisDeviceOnly
            : kSecAttrAccessibleWhenUnlockedThisDeviceOnly
        let blob: Data
        do {
            if useSecureEnclave {
                var error: Unmanaged<CFError>?
                guard let access = SecAccessControlCreateWithFlags(
                    nil, accessible, .privateKeyUsage, &error
                ) else { throw HardwareFailure.unavailable }
                blob = try SecureEnclave.P256.KeyAgreement.PrivateKey(accessControl: access).dataRepresentation
            } else {
                blob = P256.KeyAgreement.PrivateKey().rawRepresentation
            }
        } catch {
            throw HardwareFailure.unavailable
        }
        try deleteKey(tag: tag)
        let add: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: keyService,
            kSecAttrAccount as String: tag,
            kSecAttrAccessible as String: accessible,
            kSecAttrSynchronizable as String: false,
            kSecValueData as String: blob,
        ]
        guard SecItemAdd(add as CFDictionary, nil) == errSecSuccess else { throw HardwareFailure.unavailable }
    }

    public func agree(tag: String, input: [UInt8]) throws -> [UInt8]? {
        guard let blob = try item(service: keyService, account: tag) else { return nil }
        do {
            let peer = try publicPoint(of: input)
            let shared: SharedSecret
            if useSecureEnclave {
                shared = try SecureEnclave.P256.KeyAgreement.PrivateKey(dataRepresentation: blob)
                    .sharedSecretFromKeyAgreement(with: peer)
            } else {
                shared = try P256.KeyAgreement.PrivateKey(rawRepresentation: blob)
                    .sharedSecretFromKeyAgreement(with: peer)
            }
            return shared.withUnsafeBytes { secret in
                Array(SHA256.hash(data: Data("waymark derive v1".utf8) + Data(secret)))
            }
        } catch {
            throw HardwareFailure.unavailable
        }
    }

    /// `input`·G. A 32-byte string is a valid scalar except with probability
    /// about 2⁻³²; if not, hash it until it is (deterministic).
    private func publicPoint(of input: [UInt8]) throws -> P256.KeyAgreement.PublicKey {
        var scalar = Data(input)
        for _ in 0..<8 {
            if let key = try? P256.KeyAgreement.PrivateKey(rawRepresentation: scalar) { return key.publicKey }
            scalar = Data(SHA256.hash(data: scalar))
        }
        throw HardwareFailure.unavailable
    }

    /// This store's keys, and format-1 keys (so that migration and wipe find them).
    public func tags() throws -> [String] {
        let legacyKeys = try attributes([kSecClass as String: kSecClassKey])
            .compactMap { ($0[kSecAttrApplicationTag as String] as? Data).flatMap { String(data: $0, encoding: .utf8) } }
            .filter { $0.hasPrefix("\(service).") }
        let legacySecrets = try attributes([kSecClass as String: kSecClassGenericPassword,
                                            kSecAttrService as String: service])
            .compactMap { $0[kSecAttrAccount as String] as? String }
            .map { "\(service).\($0)" }
        let keys = try attributes([kSecClass as String: kSecClassGenericPassword,
                                   kSecAttrService as String: keyService])
            .compactMap { $0[kSecAttrAccount as String] as? String }
        return Array(Set(keys + legacyKeys + legacySecrets))
    }

    private func attributes(_ base: [String: Any]) throws -> [[String: Any]] {
        var query = base
        query[kSecMatchLimit as String] = kSecMatchLimitAll
        query[kSecReturnAttributes as String] = true
        var result: CFTypeRef?
        let status = SecItemCopyMatching(query as CFDictionary, &result)
        if status == errSecItemNotFound { return [] }
        guard status == errSecSuccess, let items = result as? [[String: Any]] else { throw HardwareFailure.unavailable }
        return items
    }

    public func deleteKey(tag: String) throws {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: keyService,
            kSecAttrAccount as String: tag,
        ]
        let status = SecItemDelete(query as CFDictionary)
        guard status == errSecSuccess || status == errSecItemNotFound else { throw HardwareFailure.unavailable }
        // A format-1 key under the same name goes too.
        try deleteLegacy(tag: tag)
    }

    private func item(service: String, account: String) throws -> Data? {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecAttrAccount as String: account,
            kSecReturnData as String: true,
        ]
        var result: CFTypeRef?
        let status = SecItemCopyMatching(query as CFDictionary, &result)
        if status == errSecItemNotFound { return nil }
        // errSecInteractionNotAllowed (a locked phone) and the rest: not now.
        guard status == errSecSuccess, let data = result as? Data else { throw HardwareFailure.unavailable }
        return data
    }

    // MARK: Format 1

    private func alias(of tag: String) -> String { String(tag.dropFirst(service.count + 1)) }

    public func legacyUnwrap(tag: String, wrapped: Data) throws -> Data? {
        // An enclave ECIES key under the application tag…
        let keyQuery: [String: Any] = [
            kSecClass as String: kSecClassKey,
            kSecAttrApplicationTag as String: Data(tag.utf8),
            kSecAttrKeyType as String: kSecAttrKeyTypeECSECPrimeRandom,
            kSecReturnRef as String: true,
        ]
        var ref: CFTypeRef?
        let status = SecItemCopyMatching(keyQuery as CFDictionary, &ref)
        if status == errSecSuccess, let ref {
            var error: Unmanaged<CFError>?
            guard let out = SecKeyCreateDecryptedData(
                ref as! SecKey, .eciesEncryptionCofactorVariableIVX963SHA256AESGCM, wrapped as CFData, &error
            ) else { throw HardwareFailure.invalidData }
            return out as Data
        }
        guard status == errSecItemNotFound else { throw HardwareFailure.unavailable }
        // …or an AES key in the Keychain (simulator).
        guard let raw = try item(service: service, account: alias(of: tag)) else { return nil }
        do {
            let box = try AES.GCM.SealedBox(combined: wrapped)
            return try AES.GCM.open(box, using: SymmetricKey(data: raw), authenticating: Data(alias(of: tag).utf8))
        } catch {
            throw HardwareFailure.invalidData
        }
    }

    private func deleteLegacy(tag: String) throws {
        let queries: [[String: Any]] = [
            [kSecClass as String: kSecClassKey, kSecAttrApplicationTag as String: Data(tag.utf8)],
            [kSecClass as String: kSecClassGenericPassword, kSecAttrService as String: service,
             kSecAttrAccount as String: alias(of: tag)],
        ]
        for q in queries {
            let status = SecItemDelete(q as CFDictionary)
            guard status == errSecSuccess || status == errSecItemNotFound else { throw HardwareFailure.unavailable }
        }
    }
}
#endif
