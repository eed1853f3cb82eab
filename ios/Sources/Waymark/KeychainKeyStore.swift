#if canImport(Security) && canImport(CryptoKit)
import CryptoKit
import Foundation
import Security

/// The core's `PlatformKeyStore` on the iOS Keychain and Secure Enclave.
///
/// - With a Secure Enclave (every iPhone since the 5s, not the simulator):
///   one P-256 key per vault, created inside the enclave and never
///   extractable; wrapping is ECIES (`eciesEncryptionCofactorVariableIVX963SHA256AESGCM`).
/// - Without (simulator): a random AES-256 key per vault in the Keychain,
///   wrapping with AES-GCM (CryptoKit), the alias bound as associated data.
///
/// Both use `kSecAttrAccessibleAfterFirstUnlockThisDeviceOnly`: usable by
/// background sync after the first unlock since boot, never in backups or on
/// another device. Thread-safe (the Keychain serialises access).
public final class KeychainKeyStore: PlatformKeyStore, @unchecked Sendable {
    private let service: String
    private let useSecureEnclave: Bool

    /// `service` namespaces the keys (e.g. your bundle id + ".waymark").
    public init(service: String = "org.waymark.keystore", useSecureEnclave: Bool = SecureEnclave.isAvailable) {
        self.service = service
        self.useSecureEnclave = useSecureEnclave
    }

    private func tag(_ alias: String) -> Data { Data("\(service).\(alias)".utf8) }

    // MARK: PlatformKeyStore

    public func wrap(alias: String, plaintext: Data) throws -> Data {
        if useSecureEnclave {
            let key = try enclaveKey(alias, create: true)
            guard let pub = SecKeyCopyPublicKey(key) else { throw KeyStoreError.Unavailable }
            var error: Unmanaged<CFError>?
            guard let out = SecKeyCreateEncryptedData(pub, Self.algorithm, plaintext as CFData, &error) else {
                throw KeyStoreError.Unavailable
            }
            return out as Data
        }
        let key = try symmetricKey(alias, create: true)
        do {
            let box = try AES.GCM.seal(plaintext, using: key, authenticating: Data(alias.utf8))
            guard let combined = box.combined else { throw KeyStoreError.Unavailable }
            return combined
        } catch {
            throw KeyStoreError.Unavailable
        }
    }

    public func unwrap(alias: String, wrapped: Data) throws -> Data {
        if useSecureEnclave {
            let key = try enclaveKey(alias, create: false)
            var error: Unmanaged<CFError>?
            guard let out = SecKeyCreateDecryptedData(key, Self.algorithm, wrapped as CFData, &error) else {
                throw KeyStoreError.UnwrapFailed
            }
            return out as Data
        }
        let key = try symmetricKey(alias, create: false)
        do {
            let box = try AES.GCM.SealedBox(combined: wrapped)
            return try AES.GCM.open(box, using: key, authenticating: Data(alias.utf8))
        } catch {
            throw KeyStoreError.UnwrapFailed
        }
    }

    public func delete(alias: String) throws {
        let queries: [[String: Any]] = [
            [kSecClass as String: kSecClassKey, kSecAttrApplicationTag as String: tag(alias)],
            [kSecClass as String: kSecClassGenericPassword, kSecAttrService as String: service,
             kSecAttrAccount as String: alias],
        ]
        for q in queries {
            let status = SecItemDelete(q as CFDictionary)
            guard status == errSecSuccess || status == errSecItemNotFound else { throw KeyStoreError.Unavailable }
        }
    }

    // MARK: Secure Enclave

    private static let algorithm = SecKeyAlgorithm.eciesEncryptionCofactorVariableIVX963SHA256AESGCM

    private func enclaveKey(_ alias: String, create: Bool) throws -> SecKey {
        let query: [String: Any] = [
            kSecClass as String: kSecClassKey,
            kSecAttrApplicationTag as String: tag(alias),
            kSecAttrKeyType as String: kSecAttrKeyTypeECSECPrimeRandom,
            kSecReturnRef as String: true,
        ]
        var item: CFTypeRef?
        let status = SecItemCopyMatching(query as CFDictionary, &item)
        if status == errSecSuccess, let item { return (item as! SecKey) }
        guard status == errSecItemNotFound else { throw KeyStoreError.Unavailable }
        guard create else { throw KeyStoreError.KeyMissing }
        var error: Unmanaged<CFError>?
        guard let access = SecAccessControlCreateWithFlags(
            nil, kSecAttrAccessibleAfterFirstUnlockThisDeviceOnly, .privateKeyUsage, &error
        ) else { throw KeyStoreError.Unavailable }
        let attributes: [String: Any] = [
            kSecAttrKeyType as String: kSecAttrKeyTypeECSECPrimeRandom,
            kSecAttrKeySizeInBits as String: 256,
            kSecAttrTokenID as String: kSecAttrTokenIDSecureEnclave,
            kSecPrivateKeyAttrs as String: [
                kSecAttrIsPermanent as String: true,
                kSecAttrApplicationTag as String: tag(alias),
                kSecAttrAccessControl as String: access,
            ] as [String: Any],
        ]
        guard let key = SecKeyCreateRandomKey(attributes as CFDictionary, &error) else {
            throw KeyStoreError.Unavailable
        }
        return key
    }

    // MARK: Keychain fallback

    private func symmetricKey(_ alias: String, create: Bool) throws -> SymmetricKey {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecAttrAccount as String: alias,
            kSecReturnData as String: true,
        ]
        var item: CFTypeRef?
        let status = SecItemCopyMatching(query as CFDictionary, &item)
        if status == errSecSuccess, let data = item as? Data { return SymmetricKey(data: data) }
        guard status == errSecItemNotFound else { throw KeyStoreError.Unavailable }
        guard create else { throw KeyStoreError.KeyMissing }
        let key = SymmetricKey(size: .bits256)
        let add: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecAttrAccount as String: alias,
            kSecAttrAccessible as String: kSecAttrAccessibleAfterFirstUnlockThisDeviceOnly,
            kSecAttrSynchronizable as String: false,
            kSecValueData as String: key.withUnsafeBytes { Data($0) },
        ]
        guard SecItemAdd(add as CFDictionary, nil) == errSecSuccess else { throw KeyStoreError.Unavailable }
        return key
    }
}
#endif
