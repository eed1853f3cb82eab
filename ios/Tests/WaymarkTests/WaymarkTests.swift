import XCTest
@testable import Waymark

/// XCTest tests of the Swift package on a simulator or device (Xcode). The
/// same generated bindings are tested on Linux by tests/bindings/run.sh; these
/// add what only Apple platforms have: the Keychain key store and the
/// package wiring.
/// (The panic-to-error check needs the debug-only `debugPanicInCore`, so it
/// runs in the Linux test against a dev build, not here.)
final class WaymarkTests: XCTestCase {
    private var dir: URL!

    override func setUpWithError() throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: dir)
    }

    private let fast = VaultOptions(kdf: KdfParams(memoryKib: 8, iterations: 1, lanes: 1), wipeAfter: nil)

    #if canImport(Security) && canImport(CryptoKit)
    func testKeychainKeyStorePassesTheCoreSelfTest() throws {
        let store = KeychainKeyStore.make(service: "org.waymark.tests.\(UUID().uuidString)")
        XCTAssertEqual(try selfTestKeyStore(store: store, threads: 4), 4)
    }

    func testVaultWithKeychainKeyStoreDuressAndWipe() throws {
        let store = KeychainKeyStore.make(service: "org.waymark.tests.\(UUID().uuidString)")
        let vault = Vault(dir: dir.appendingPathComponent("vault").path, keyStore: store)
        try vault.create(passcode: "right horse", options: fast)
        _ = try vault.journal().add(text: "note")
        try vault.setDuressPasscode(current: "right horse", duress: "0000")
        try vault.lock()
        XCTAssertThrowsError(try vault.unlock(passcode: "wrong")) { error in
            guard case VaultError.WrongPasscode = error else { return XCTFail("\(error)") }
            XCTAssertFalse((error as! WaymarkError).userMessage.isEmpty)
        }
        try vault.unlock(passcode: "0000")
        XCTAssertTrue(try vault.journal().list().isEmpty)
        try vault.wipe()
        XCTAssertFalse(try vault.status().exists)
    }
    #endif

    func testErrorsCarryALocalizedUserMessage() {
        XCTAssertEqual(setErrorLocale(requested: ["fr-FR"]), "fr")
        defer { _ = setErrorLocale(requested: ["en"]) }
        let vault = Vault(dir: dir.appendingPathComponent("none").path, keyStore: softwareKeyStore(dir: nil))
        XCTAssertThrowsError(try vault.unlock(passcode: "x")) { error in
            XCTAssertFalse((error as? WaymarkError)?.userMessage.isEmpty ?? true)
        }
    }

    func testNetworkFactsFromAPath() {
        let wifi = PathSnapshot(satisfied: true, wifi: true, cellular: false, wiredEthernet: false, usesVirtual: false,
                                interfaces: [PathInterface(.wifi, "en0")], isExpensive: false, isConstrained: true)
        let facts = networkFacts(wifi, charging: true)
        XCTAssertEqual(facts.transport, .wifi)
        XCTAssertTrue(facts.metered, "Low Data Mode counts as metered")
        XCTAssertEqual(networkFacts(nil, charging: false).transport, .none)
    }

    func testVaultLocationIsTheAppsOwnContainer() throws {
        let url = try VaultLocation.defaultDirectory()
        XCTAssertFalse(url.path.contains("/Shared/AppGroup/"), "never an App Group container (0xdead10cc)")
    }
}
