import Foundation

/// What the key store needs from the Secure Enclave. `KeychainKeyStore`
/// implements it with CryptoKit and the Keychain (Apple platforms only); the
/// Linux tests with a stand-in. Methods throw `HardwareFailure`.
public protocol KeyAgreementHardware: Sendable {
    /// Makes a non-exportable P-256 key-agreement key under `tag`, replacing any.
    func createKey(tag: String) throws
    /// The key `tag` agreeing with the public point of the scalar `input`,
    /// hashed to 32 bytes (deterministic). `nil` when there is no such key.
    func agree(tag: String, input: [UInt8]) throws -> [UInt8]?
    /// Every tag in the store.
    func tags() throws -> [String]
    /// Deletes the key under `tag`, if there is one.
    func deleteKey(tag: String) throws
    /// Format-1 vaults only: the older `wrap`'s result, undone. `nil` when
    /// there is no such key; `.invalidData` when it does not authenticate.
    func legacyUnwrap(tag: String, wrapped: Data) throws -> Data?
}

/// What went wrong in the hardware. Only `.missing` means the key is gone.
public enum HardwareFailure: Error, Equatable {
    /// The key does not exist (or can never be used again).
    case missing
    /// The data does not authenticate under the key.
    case invalidData
    /// Anything else: the device is locked, the enclave is busy, an OS error.
    case unavailable
}

/// The core's `PlatformKeyStore` over `KeyAgreementHardware`, with no Apple
/// imports, so every decision it makes is tested on Linux
/// (tests/bindings/swift, `ios_key_store_glue`):
///
/// - keys are made only by `create`; any other call on a missing key is
///   `KeyMissing` and never makes one;
/// - only a key that is truly not there is `KeyMissing` (the app then says
///   the vault is gone); every other failure is `Unavailable`;
/// - `derive` takes exactly 32 bytes and gives 32.
public final class HardwareKeyStore: PlatformKeyStore, @unchecked Sendable {
    private let service: String
    private let hardware: KeyAgreementHardware

    /// `service` namespaces the keys (e.g. your bundle id + ".waymark").
    public init(service: String, hardware: KeyAgreementHardware) {
        self.service = service
        self.hardware = hardware
    }

    private func tag(_ alias: String) -> String { "\(service).\(alias)" }

    private func mapped<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch HardwareFailure.missing {
            throw KeyStoreError.KeyMissing
        } catch HardwareFailure.invalidData {
            throw KeyStoreError.UnwrapFailed
        } catch {
            throw KeyStoreError.Unavailable
        }
    }

    public func create(alias: String) throws {
        try mapped { try hardware.createKey(tag: tag(alias)) }
    }

    public func derive(alias: String, input: Data) throws -> Data {
        guard input.count == 32 else { throw KeyStoreError.Unavailable }
        let out = try mapped { try hardware.agree(tag: tag(alias), input: Array(input)) }
        guard let out else { throw KeyStoreError.KeyMissing }
        guard out.count == 32 else { throw KeyStoreError.Unavailable }
        return Data(out)
    }

    public func aliases(prefix: String) throws -> [String] {
        let start = tag(prefix), cut = service.count + 1
        return try mapped { try hardware.tags() }
            .filter { $0.hasPrefix(start) }
            .map { String($0.dropFirst(cut)) }
    }

    public func delete(alias: String) throws {
        try mapped { try hardware.deleteKey(tag: tag(alias)) }
    }

    public func unwrap(alias: String, wrapped: Data) throws -> Data {
        let out = try mapped { try hardware.legacyUnwrap(tag: tag(alias), wrapped: wrapped) }
        guard let out else { throw KeyStoreError.KeyMissing }
        return out
    }
}
