// Waymark's Swift bindings on Linux (Debian trixie's swiftlang in a chroot),
// end to end, on the real library. Compiled by tests/bindings/run.sh in the
// same module as the generated waymark.swift. Arguments: the fixtures
// folder, the loopback inbox's URL and the NGO's signing key (run.sh starts
// the inbox and the NGO's responder). Each check is a function in `checks`,
// under the same name and in the same order as in Python and Kotlin.

import Foundation
#if canImport(Glibc)
import Glibc
#endif

let passcode = "correct horse 42"
let duress = "0000 under pressure"
let fixtures = CommandLine.arguments[1]
let inboxUrl = CommandLine.arguments[2]
let ngoKey = CommandLine.arguments[3]

func read(_ name: String) -> String {
    try! String(contentsOfFile: fixtures + "/" + name, encoding: .utf8)
}

struct Failure: Error, CustomStringConvertible {
    let description: String
}

func check(_ cond: Bool, _ what: @autoclosure () -> String = "check failed",
           line: Int = #line) throws {
    if !cond { throw Failure(description: "line \(line): \(what())") }
}

/// Runs `body` and returns the error it throws if `match` accepts it.
func expect<T>(_ what: String, line: Int = #line, _ body: () throws -> T,
               _ match: (Error) -> Bool) throws -> Error {
    do {
        _ = try body()
    } catch {
        if match(error) { return error }
        throw Failure(description: "line \(line): expected \(what), got \(error)")
    }
    throw Failure(description: "line \(line): expected \(what), nothing thrown")
}

// ---------------------------------------------------------------- SHA-256 / HMAC
// Linux has no CryptoKit; the test key store needs a MAC, so a small
// SHA-256 (FIPS 180-4) lives here.

func sha256(_ message: [UInt8]) -> [UInt8] {
    let k: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2]
    var h: [UInt32] = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                       0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]
    var msg = message
    let bitLen = UInt64(message.count) * 8
    msg.append(0x80)
    while msg.count % 64 != 56 { msg.append(0) }
    for i in (0..<8).reversed() { msg.append(UInt8((bitLen >> (UInt64(i) * 8)) & 0xff)) }
    func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 { (x >> n) | (x << (32 - n)) }
    for chunk in stride(from: 0, to: msg.count, by: 64) {
        var w = [UInt32](repeating: 0, count: 64)
        for i in 0..<16 {
            w[i] = msg[chunk + 4 * i..<chunk + 4 * i + 4].reduce(0) { ($0 << 8) | UInt32($1) }
        }
        for i in 16..<64 {
            let s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3)
            let s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10)
            w[i] = w[i - 16] &+ s0 &+ w[i - 7] &+ s1
        }
        var (a, b, c, d, e, f, g, hh) = (h[0], h[1], h[2], h[3], h[4], h[5], h[6], h[7])
        for i in 0..<64 {
            let s1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
            let ch = (e & f) ^ (~e & g)
            let t1 = hh &+ s1 &+ ch &+ k[i] &+ w[i]
            let s0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
            let maj = (a & b) ^ (a & c) ^ (b & c)
            let t2 = s0 &+ maj
            (hh, g, f, e, d, c, b, a) = (g, f, e, d &+ t1, c, b, a, t1 &+ t2)
        }
        for (i, v) in [a, b, c, d, e, f, g, hh].enumerated() { h[i] = h[i] &+ v }
    }
    return h.flatMap { v in (0..<4).reversed().map { UInt8((v >> (UInt32($0) * 8)) & 0xff) } }
}

func hmac(_ key: [UInt8], _ data: [UInt8]) -> [UInt8] {
    var k = key.count > 64 ? sha256(key) : key
    k += [UInt8](repeating: 0, count: 64 - k.count)
    return sha256(k.map { $0 ^ 0x5c } + sha256(k.map { $0 ^ 0x36 } + data))
}

func randomBytes(_ n: Int) -> [UInt8] {
    var g = SystemRandomNumberGenerator()
    return (0..<n).map { _ in UInt8.random(in: 0...255, using: &g) }
}

// ---------------------------------------------------------------- app services in Swift

/// The app's key store, written in Swift, behaving like hardware: keys are
/// made only by `create` and never leave it; `derive` is HMAC-SHA256 under
/// the key. Records the threads that called it.
class SwiftKeyStore: PlatformKeyStore, @unchecked Sendable {
    private let lock = NSLock()
    var keys: [String: [UInt8]] = [:]
    var threads = Set<UInt>()

    private func note() {
        lock.lock(); defer { lock.unlock() }
        threads.insert(UInt(bitPattern: Int(pthread_self())))
    }

    func keyCount() -> Int { lock.lock(); defer { lock.unlock() }; return keys.count }

    func create(alias: String) throws {
        note()
        lock.lock(); defer { lock.unlock() }
        keys[alias] = randomBytes(32)
    }

    func derive(alias: String, input: Data) throws -> Data {
        note()
        lock.lock()
        let key = keys[alias]
        lock.unlock()
        guard let key else { throw KeyStoreError.KeyMissing }
        return Data(hmac(key, Array(input)))
    }

    func aliases(prefix: String) throws -> [String] {
        note()
        lock.lock(); defer { lock.unlock() }
        return keys.keys.filter { $0.hasPrefix(prefix) }
    }

    func delete(alias: String) throws {
        note()
        lock.lock(); defer { lock.unlock() }
        keys[alias] = nil
    }

    /// Only vaults made before format 2 ask; this store made none.
    func unwrap(alias: String, wrapped: Data) throws -> Data {
        lock.lock(); defer { lock.unlock() }
        guard keys[alias] != nil else { throw KeyStoreError.KeyMissing }
        throw KeyStoreError.UnwrapFailed
    }
}

final class BrokenKeyStore: SwiftKeyStore, @unchecked Sendable {
    struct NotDeclared: Error {}
    let undeclared: Bool
    var broken = false
    init(undeclared: Bool) { self.undeclared = undeclared }
    override func derive(alias: String, input: Data) throws -> Data {
        if broken {
            if undeclared { throw NotDeclared() }
            throw KeyStoreError.Unavailable
        }
        return try super.derive(alias: alias, input: input)
    }
}

final class Network: NetworkMonitor, @unchecked Sendable {
    let facts: NetworkFacts?
    init(_ facts: NetworkFacts?) { self.facts = facts }
    func currentFacts() throws -> NetworkFacts {
        guard let facts else { throw PlatformError.Unavailable }
        return facts
    }
}

final class Sink: LogSink, @unchecked Sendable {
    private let lock = NSLock()
    var records: [LogRecord] = []
    func log(record: LogRecord) throws { lock.lock(); records.append(record); lock.unlock() }
}

func fastOptions() -> VaultOptions {
    VaultOptions(kdf: KdfParams(memoryKib: 8, iterations: 1, lanes: 1), wipeAfter: nil)
}

func wifi() -> NetworkFacts {
    NetworkFacts(transport: .wifi, validated: true, captivePortal: false, metered: false,
                 roaming: false, vpn: false, charging: true, networkIdentity: nil)
}

func tempDir() -> String {
    let dir = NSTemporaryDirectory() + "waymark-swift-" + UUID().uuidString
    try! FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    return dir
}

func newVault(_ store: PlatformKeyStore = SwiftKeyStore()) throws -> Vault {
    let vault = Vault(dir: tempDir() + "/vault", keyStore: store)
    try vault.create(passcode: passcode, options: fastOptions())
    return vault
}

// ---------------------------------------------------------------- scenario

func scenarioInterviewChatSyncReplyAndDuress() throws {
    try check(setErrorLocale(requested: ["uk-UA"]) == "uk")
    defer { _ = setErrorLocale(requested: ["en"]) }
    let store = SwiftKeyStore()
    let vault = Vault(dir: tempDir() + "/vault", keyStore: store)
    try vault.create(passcode: passcode, options: VaultOptions(kdf: recommendedKdf(), wipeAfter: nil))
    try check(try vault.status().unlocked)
    try check(store.keyCount() > 0, "the vault used the Swift key store")
    let journal = vault.journal()
    _ = try journal.add(text: "He kept my passport today")

    let loc = Localizer(requested: ["uk"])
    try loc.addResource(lang: "uk", fileName: "mini_screen.ftl", source: read("mini_screen.uk.ftl"))
    let q = try Questionnaire.parse(fileName: "mini_screen.toml", source: read("mini_screen.toml"))
    let drafts = vault.drafts()
    let s = try drafts.start(questionnaire: q, mode: .selfCheck)

    var view = try s.current()!
    try check(view.kind == .acknowledgement)
    try check(try loc.format(id: view.labelId!, args: []) == "Я розумію, що можу зупинитися будь-коли.")
    let required = try expect("QuestionnaireError.Required", { try s.next() }) {
        if case QuestionnaireError.Required = $0 { return true } else { return false }
    }
    guard case let QuestionnaireError.Required(question, userMessage) = required else { throw Failure(description: "type") }
    try check(question == "consent")
    // The core's own sentence, in Ukrainian, naming the question.
    try check(userMessage.hasPrefix("На питання") && userMessage.contains("consent"), userMessage)

    try s.answerCurrent(answer: .acknowledged)
    view = try s.next()!
    try check(view.slot.question == "passport")
    try check(try loc.format(id: view.labelId!, args: []).contains("паспорт"))
    try check(view.hintId == nil, "hints are for interviewers only")
    // The options to show come from the core: yes, no, then the two escapes.
    try check(view.options.dropFirst(2).map { $0.answer } == [.notSure, .preferNotToSay], "\(view.options)")
    try check(try loc.format(id: view.options[2].labelId, args: []) == "Не знаю")
    // What the person types is read by the core, in their language.
    try check(s.readTyped(typed: "3", localizer: loc) == .notSure)
    try check(s.readTyped(typed: "можливо", localizer: loc) == nil, "not understood: ask again")
    try s.answerCurrent(answer: s.readTyped(typed: " ні ", localizer: loc)!)
    view = try s.next()!
    try check(view.slot.question == "who_holds", "skip logic shows the follow-up")
    try s.answerCurrent(answer: .text(text: "the boss"))
    view = try s.next()!
    try check(view.slot.question == "debt")
    try s.answerCurrent(answer: .choice(name: "yes"))
    try check(try s.next() == nil)
    // The result in words comes from the core: no message id built here.
    let shown = try s.outcomeText(localizer: loc)
    try check(shown.risk == .high && shown.riskText == "Високий", "\(shown)")
    try check(Set(shown.indicators.map { $0.id }) == ["retention_of_identity_documents", "debt_bondage"])
    try check(shown.indicators.allSatisfy { $0.name != $0.id && !$0.strengthText.isEmpty }, "\(shown.indicators)")
    let stepTexts = shown.nextSteps.compactMap { step -> String? in
        if case let .message(_, text) = step { return text } else { return nil }
    }
    try check(stepTexts.contains("Зателефонуйте на гарячу лінію."), "\(stepTexts)")
    // An answer shown back (the review) is written by the core too.
    try check(try s.answerText(question: "passport", answer: .choice(name: "no"), localizer: loc) == "Ні")
    try check(try s.answerText(question: "passport", answer: .notSure, localizer: loc) == "Не знаю")

    let list = try drafts.list()
    try check(list.count == 1 && list[0].questionnaireId == "mini_screen" && list[0].mode == .selfCheck)
    let resumed = try drafts.resume(draftId: list[0].id, questionnaire: q)
    try check(resumed.answerOf(slot: Slot(question: "who_holds", instance: nil)) == .text(text: "the boss"))

    let report = try s.finalize()
    try check(report.outcome.risk == .high)
    try check(Set(report.outcome.indicators.map { $0.id }) == ["retention_of_identity_documents", "debt_bondage"])
    try check(report.outcome.nextSteps.contains(.referHelplines))
    let steps = try report.outcome.nextSteps.compactMap { step -> String? in
        if case let .message(id) = step { return try loc.format(id: id, args: []) } else { return nil }
    }
    try check(steps.contains("Зателефонуйте на гарячу лінію."), "\(steps)")
    try check(try drafts.reportIds() == [report.id])
    try check(try drafts.list().isEmpty)

    let lines = try vault.content().helplines(query: HelplineQuery(country: "UA", language: "uk", audience: nil, channel: nil))
    try check(lines.contains { $0.country == "UA" })
    // The helplines a result refers to are chosen by the core: none without a country.
    let referred = try vault.content().resultHelplines(country: "UA", locale: "uk")
    try check(!referred.isEmpty && referred.allSatisfy { $0.country == "UA" || $0.country == "EU" }, "\(referred)")
    try check(try vault.content().resultHelplines(country: nil, locale: "uk").isEmpty)

    let assistant = try vault.assistant()
    let chat = try chatInUkrainian(assistant)
    try sendReportAndReadReply(vault, report)

    try vault.lock()
    _ = try expect("JournalError.Locked", { try journal.list() }) {
        if case JournalError.Locked = $0 { return true } else { return false }
    }
    let wrong = try expect("VaultError.WrongPasscode", { try vault.unlock(passcode: "guess") }) {
        if case VaultError.WrongPasscode = $0 { return true } else { return false }
    }
    if case let VaultError.WrongPasscode(_, message) = wrong { try check(message == "Неправильний код.", message) }

    try vault.setDuressPasscode(current: passcode, duress: duress)
    try vault.unlock(passcode: duress)
    try check(try vault.status().unlocked)
    try check(try journal.list().isEmpty)
    try check(try drafts.reportIds().isEmpty)
    try check(try assistant.conversations().isEmpty, "the chat is gone")
    _ = try expect("AssistantError.NotFound", { try assistant.resume(id: chat) }) {
        if case AssistantError.NotFound = $0 { return true } else { return false }
    }
    try check(try vault.outbox().list().isEmpty && vault.replies().list().isEmpty && vault.ngos().list().isEmpty)
    // Sync says what an empty vault says: nothing to do (no "paused" reason).
    let after = try vault.syncEngine(monitor: Network(wifi())).syncOnce(userRequested: true, utcOffsetMinutes: 0)
    try check(after.outcome == .idle && after.bytesUp == 0, "\(after)")
    try vault.lock()
    _ = try expect("VaultError.WrongPasscode", { try vault.unlock(passcode: passcode) }) {
        if case VaultError.WrongPasscode = $0 { return true } else { return false }
    }
    try vault.unlock(passcode: duress)
    try vault.wipe()
    try check(!(try vault.status().exists))
}

/// Danger typed in Ukrainian lands on urgent help with Ukrainian helplines;
/// a quick exit leaves no screen and no saved chat. Returns the id of the
/// chat that stays saved.
func chatInUkrainian(_ assistant: Assistant) throws -> String {
    let chat = try assistant.start(locale: "uk-UA", country: "UA")
    let home = try chat.current()
    try check(home.locale == "uk" && !home.rightToLeft)
    try check(home.waitingFor == .choice && !home.quickReplies.isEmpty, "the home menu")
    var t = try chat.say(text: "у них мій паспорт, допоможіть")
    try check(t.flow == "urgent" && t.node == "in_danger", "\(String(describing: t.flow)) \(String(describing: t.node))")
    try check(t.messages[0] == "Те, що ви написали, мене турбує. Ваша безпека — найважливіша.", "\(t.messages)")
    try check(t.quickReplies[0].label == "Так, я зараз у небезпеці")
    t = try chat.choose(index: 0)
    let cards = t.effects.compactMap { e -> [HelplineCard]? in
        if case let .showHelplines(helplines) = e { return helplines } else { return nil }
    }
    try check(cards.count == 1 && cards[0].contains { $0.country == "UA" }, "\(cards)")
    let e = try expect("AssistantError.NoSuchChoice", { try chat.choose(index: 42) }) {
        if case AssistantError.NoSuchChoice = $0 { return true } else { return false }
    }
    if case let AssistantError.NoSuchChoice(message) = e { try check(message.hasPrefix("Варіанта"), message) }
    try check(try assistant.conversations().map { $0.id } == [chat.id()!])

    let other = try assistant.start(locale: "uk", country: "UA")
    try check(try other.urgent().node == "in_danger")
    let gone = try other.quickExit()
    try check(gone.messages.isEmpty && gone.quickReplies.isEmpty)
    try check(gone.waitingFor == .nothing)
    try check(gone.effects == [.quickExit], "\(gone.effects)")
    _ = try expect("AssistantError.Ended", { try other.current() }) {
        if case AssistantError.Ended = $0 { return true } else { return false }
    }
    try check(try assistant.conversations().map { $0.id } == [chat.id()!])
    return chat.id()!
}

/// The report sealed for the NGO, sent by the background entry point to the
/// real inbox, opened and answered by the NGO; the answer read.
func sendReportAndReadReply(_ vault: Vault, _ report: Report) throws {
    let ngos = vault.ngos()
    let keyId = try ngos.trust(signingKey: ngoKey, label: "Local inbox")
    let directory = try ngos.fetchDirectory(keyId: keyId, url: inboxUrl)
    try check(directory.endpoints == [inboxUrl], "\(directory.endpoints)")
    let outbox = vault.outbox()
    let queued = try outbox.queueQuestionnaire(ngoKeyId: keyId, reportId: report.id, locale: "uk", after: .deleteSource)
    // XXXX-XXXX-XXXX-XXXX-C, and the same secret as 26 digits.
    try check(queued.receiptCode.letters.count == 21 && queued.receiptCode.letters.filter { $0 == "-" }.count == 4)
    try check(queued.receiptCode.digits.replacingOccurrences(of: " ", with: "").count == 26)
    try check(try outbox.receiptCode(reportId: queued.reportId) == queued.receiptCode)
    try check(try vault.drafts().reportIds().isEmpty, "the plaintext report went with the queue")
    _ = try expect("SyncError.NothingToSend", { try outbox.queueQuestionnaire(ngoKeyId: keyId, reportId: report.id, locale: "uk", after: .keepSource) }) {
        if case SyncError.NothingToSend = $0 { return true } else { return false }
    }

    let engine = vault.syncEngine(monitor: Network(wifi()))
    var settings = try engine.settings()
    settings.delayMinSeconds = 0
    settings.delayMaxSeconds = 0
    try engine.setSettings(settings: settings)
    // As WorkManager / BGTaskScheduler would call it.
    let r = try engine.syncOnce(userRequested: false, utcOffsetMinutes: 120)
    try check(r.outcome == .ran && r.sent == 1 && r.failed == 0 && r.queued == 0, "\(r)")
    try check(r.bytesUp >= 4096, "padded to a bucket")
    let items = try outbox.list()
    try check(items.count == 1 && items[0].state == .sent && items[0].sentDay != nil, "\(items)")
    let status = try engine.status()
    try check(!status.running && status.sent == 1 && status.lastReport == r, "\(status)")

    let expected = "We read your mini_screen report: debt_bondage, retention_of_identity_documents."
    let deadline = Date().addingTimeInterval(60)
    var replies: [Reply] = []
    while replies.isEmpty && Date() < deadline {
        usleep(300_000)
        // The user's "check for replies": asked at once.
        _ = try engine.syncOnce(userRequested: true, utcOffsetMinutes: 120)
        replies = try vault.replies().list()
    }
    try check(!replies.isEmpty, "no reply from the NGO within a minute")
    try check(replies.count == 1 && replies[0].reportId == queued.reportId && replies[0].text == expected, "\(replies)")
}

// ---------------------------------------------------------------- courier

/// Queue, lock, drop every object; a new Courier made from the folder and
/// the key store alone (as BackgroundSync in a fresh process) sends the
/// report to the real inbox and verifies its receipt; later couriers fetch
/// the NGO's reply, sealed; the next unlock reads it.
func courierSendsWhileLockedAndTheReplyWaitsForUnlock() throws {
    let folder = tempDir() + "/vault"
    let store = SwiftKeyStore()
    let queuedId: String = try {
        let vault = Vault(dir: folder, keyStore: store)
        try vault.create(passcode: passcode, options: fastOptions())
        let ngos = vault.ngos()
        let keyId = try ngos.trust(signingKey: ngoKey, label: "Local inbox")
        _ = try ngos.fetchDirectory(keyId: keyId, url: inboxUrl)
        let engine = vault.syncEngine(monitor: Network(wifi()))
        var settings = try engine.settings()
        try check(settings.sendWhileLocked, "on by default")
        settings.delayMinSeconds = 0
        settings.delayMaxSeconds = 0
        try engine.setSettings(settings: settings)
        let queued = try vault.outbox().queueText(
            ngoKeyId: keyId, kind: .freeText, locale: "en", text: "They took our passports at the farm")
        try vault.lock()
        return queued.reportId
    }()

    let r = try Courier(dir: folder, keyStore: store, monitor: Network(wifi()))
        .syncOnce(userRequested: false, utcOffsetMinutes: 120)
    try check(r.outcome == .ran && r.sent == 1 && r.failed == 0 && r.queued == 0, "\(r)")
    let deadline = Date().addingTimeInterval(60)
    var fetched: UInt32 = 0
    while fetched == 0 && Date() < deadline {
        usleep(300_000)
        fetched = try Courier(dir: folder, keyStore: store, monitor: Network(wifi()))
            .syncOnce(userRequested: true, utcOffsetMinutes: 120).newReplies
    }
    try check(fetched == 1, "no reply fetched by the courier within a minute")

    let vault = Vault(dir: folder, keyStore: store)
    try vault.unlock(passcode: passcode)
    let items = try vault.outbox().list()
    try check(items.count == 1 && items[0].reportId == queuedId && items[0].state == .sent, "\(items)")
    let replies = try vault.replies().list()
    try check(replies.count == 1 && replies[0].reportId == queuedId && replies[0].text == "We read your report.",
              "\(replies)")
    try vault.lock()
}

// ---------------------------------------------------------------- errors

func errorsAreNativeExceptionsOfTheRightType() throws {
    let vault = try newVault()
    let journal = vault.journal()
    _ = try expect("JournalError.InvalidInput", { try journal.add(text: "   ") }) {
        if case JournalError.InvalidInput = $0 { return true } else { return false }
    }
    _ = try expect("JournalError.NotFound", { try journal.get(id: 12345) }) {
        if case JournalError.NotFound = $0 { return true } else { return false }
    }
    _ = try expect("VaultError.AlreadyExists", { try vault.create(passcode: passcode, options: fastOptions()) }) {
        if case VaultError.AlreadyExists = $0 { return true } else { return false }
    }
    _ = try expect("VaultError.InvalidInput", { try vault.setDuressPasscode(current: passcode, duress: passcode) }) {
        if case VaultError.InvalidInput = $0 { return true } else { return false }
    }
    let invalid = try expect("QuestionnaireError.Invalid", { try Questionnaire.parse(fileName: "bad.toml", source: "id = 3\n") }) {
        if case QuestionnaireError.Invalid = $0 { return true } else { return false }
    }
    if case let QuestionnaireError.Invalid(findings, _) = invalid {
        try check(!findings.isEmpty && findings[0].file == "bad.toml")
    }
    _ = try expect("ContentError.InvalidKey", { try vault.content().trustPublisher(publicKeyHex: "not hex", name: "NGO") }) {
        if case ContentError.InvalidKey = $0 { return true } else { return false }
    }
    _ = try expect("LocaleError.BadResource", { try Localizer(requested: ["en"]).addResource(lang: "en", fileName: "x.ftl", source: "broken = { $") }) {
        if case LocaleError.BadResource = $0 { return true } else { return false }
    }
    _ = try expect("AssistantError.UnknownFlow", { try Assistant.builtin(locale: "en").start(locale: "en", country: nil).startFlow(flowId: "nope") }) {
        if case AssistantError.UnknownFlow = $0 { return true } else { return false }
    }
    _ = try expect("AssistantError.NotFound", { try vault.assistant().resume(id: "nope") }) {
        if case AssistantError.NotFound = $0 { return true } else { return false }
    }
    _ = try expect("SyncError.InvalidInput", { try vault.ngos().trust(signingKey: "not hex", label: "NGO") }) {
        if case SyncError.InvalidInput = $0 { return true } else { return false }
    }
    _ = try expect("SyncError.UnknownNgo", { try vault.outbox().queueText(ngoKeyId: "nobody", kind: .freeText, locale: "en", text: "hi") }) {
        if case SyncError.UnknownNgo = $0 { return true } else { return false }
    }
    try vault.setWipeAfter(current: passcode, limit: 3)
    let wrong = try expect("VaultError.WrongPasscode", { try vault.unlock(passcode: "nope") }) {
        if case VaultError.WrongPasscode = $0 { return true } else { return false }
    }
    if case let VaultError.WrongPasscode(remaining, _) = wrong { try check(remaining == 2, "\(String(describing: remaining))") }
}

func keyStoreFailuresReachTheCallerTyped() throws {
    for undeclared in [false, true] {
        let store = BrokenKeyStore(undeclared: undeclared)
        let vault = try newVault(store)
        try vault.lock()
        store.broken = true
        _ = try expect("VaultError.KeyStore", { try vault.unlock(passcode: passcode) }) {
            if case VaultError.KeyStore = $0 { return true } else { return false }
        }
        store.broken = false
        try vault.unlock(passcode: passcode)
    }
}

func networkFactsFromTheApp() throws {
    var facts = NetworkFacts(transport: .wifi, validated: true, captivePortal: false, metered: true,
                             roaming: false, vpn: false, charging: false, networkIdentity: nil)
    let rules = defaultSendRules()
    let d = try decideSend(rules: rules, monitor: Network(facts), userRequested: false, utcOffsetMinutes: 120)
    try check(d == .deny(reason: .metered, nextCheck: nil), "\(d)")
    facts.metered = false
    try check(try decideSend(rules: rules, monitor: Network(facts), userRequested: false, utcOffsetMinutes: 0) == .allow)
    _ = try expect("SyncError.NetworkFactsUnavailable", { try decideSend(rules: rules, monitor: Network(nil), userRequested: false, utcOffsetMinutes: 0) }) {
        if case SyncError.NetworkFactsUnavailable = $0 { return true } else { return false }
    }
    // The sync entry point asks the same monitor: no network, nothing sent.
    let vault = try newVault()
    let offline = NetworkFacts(transport: .none, validated: false, captivePortal: false, metered: false,
                               roaming: false, vpn: false, charging: false, networkIdentity: nil)
    let r = try vault.syncEngine(monitor: Network(offline)).syncOnce(userRequested: true, utcOffsetMinutes: 0)
    try check(r.outcome == .held(reason: .noNetwork) && r.bytesUp == 0, "\(r)")
    try check(!sendHoldMessage(reason: .noNetwork).isEmpty)
    _ = try expect("SyncError.NetworkFactsUnavailable", { try vault.syncEngine(monitor: Network(nil)).syncOnce(userRequested: true, utcOffsetMinutes: 0) }) {
        if case SyncError.NetworkFactsUnavailable = $0 { return true } else { return false }
    }
}

// ---------------------------------------------------------------- threads

func callbacksFromRustThreads() throws {
    let store = SwiftKeyStore()
    try check(try selfTestKeyStore(store: store, threads: 4) == 4)
    let me = UInt(bitPattern: Int(pthread_self()))
    let others = store.threads.subtracting([me])
    try check(others.count >= 2, "expected calls from several Rust threads, got \(others.count)")
    try check(store.keyCount() == 0, "the self-test deletes its keys")
}

func objectsUsedFromSeveralThreads() throws {
    let vault = try newVault()
    let journal = vault.journal()
    let loc = Localizer(requested: ["fr"])
    let errors = NSMutableArray()
    DispatchQueue.concurrentPerform(iterations: 8) { n in
        do {
            for i in 0..<5 {
                _ = try journal.add(text: "note \(n)-\(i)")
                try check(loc.text(id: "vault-error-locked", args: []).hasPrefix("Le coffre"))
                _ = try vault.status()
            }
        } catch {
            errors.add("\(error)")
        }
    }
    try check(errors.count == 0, "\(errors)")
    try check(try journal.list().count == 40)
}

func panicInCoreIsAnErrorNotACrash() throws {
    let sink = Sink()
    setLogSink(sink: sink)
    defer { setLogSink(sink: nil) }
    let e = try expect("VaultError.Internal", { try debugPanicInCore() }) {
        if case VaultError.Internal = $0 { return true } else { return false }
    }
    guard case let VaultError.Internal(message) = e else { throw Failure(description: "type") }
    try check(!message.contains("SECRET") && !"\(e)".contains("SECRET"))
    try check(message.hasPrefix("Something went wrong"), message)
    try check(sink.records.map { "\($0.area)/\($0.event)" } == ["debug/panic-caught"], "\(sink.records)")
    _ = try newVault().journal().add(text: "still fine")
}

// ---------------------------------------------------------------- iOS glue (pure parts)

/// ios/Sources/Waymark's platform-free files are compiled into this test:
/// one `userMessage` for every error, the NWPath mapping, the sync jitter.
func iosGlueLogic() throws {
    do {
        _ = try Vault(dir: tempDir() + "/none", keyStore: SwiftKeyStore()).unlock(passcode: "x")
        throw Failure(description: "expected an error")
    } catch let e as WaymarkError {
        try check(e.userMessage == "There is no vault here.", e.userMessage)
    }
    let wifi = PathSnapshot(satisfied: true, wifi: true, cellular: false, wiredEthernet: false, usesVirtual: true,
                            interfaces: [PathInterface(.other, "utun4"), PathInterface(.wifi, "en0")],
                            isExpensive: false, isConstrained: true)
    let f = networkFacts(wifi, charging: true)
    try check(f.transport == .wifi && f.metered && f.vpn && f.charging && f.networkIdentity == nil, "\(f)")
    try check(networkFacts(nil, charging: false).transport == .none)
    var cell = wifi
    cell.wifi = false; cell.cellular = true; cell.isExpensive = true; cell.isConstrained = false
    try check(networkFacts(cell, charging: false).transport == .cellular && networkFacts(cell, charging: false).metered)
    let delays = (0..<2000).map { _ in SyncTiming.jitteredDelay(interval: 3600) }
    try check(delays.allSatisfy { $0 >= 0 && $0 < 3600 } && delays.min()! < 60 && delays.max()! > 3540)
    try check(SyncTiming.jitteredDelay(interval: 1) < SyncTiming.minimumInterval)

    // BGTaskScheduler's run: the real sync_once, its outcome mapped.
    let vault = try newVault()
    let online = NetworkFacts(transport: .wifi, validated: true, captivePortal: false, metered: false,
                              roaming: false, vpn: false, charging: true, networkIdentity: nil)
    let offline = NetworkFacts(transport: .none, validated: false, captivePortal: false, metered: false,
                               roaming: false, vpn: false, charging: false, networkIdentity: nil)
    try check(SyncRun.run(vault.syncEngine(monitor: Network(offline))) == SyncRun(result: .notNow, heldFor: .noNetwork))
    try check(SyncRun.run(vault.syncEngine(monitor: Network(nil))).result == .retry)
    try check(SyncRun.run(vault.syncEngine(monitor: Network(online))) == SyncRun(result: .done),
              "nothing queued: idle")
    try vault.lock()
    try check(SyncRun.run(vault.syncEngine(monitor: Network(online))).result == .notNow, "locked: wait for an unlock")
    try check(SyncRun.runUnlessLocked(vault.syncEngine(monitor: Network(online))) == nil, "locked: the courier sends")
    // The rules are the core's (sync::next_run); SyncRun only translates its hint.
    let later = SyncRun.of(NextRun(verdict: .notNow, runAgainAfterSeconds: 600, heldFor: .outsideTimeWindow))
    try check(later == SyncRun(result: .notNow, runAgainAfter: 600, heldFor: .outsideTimeWindow), "\(later)")
    try check(SyncRun.of(NextRun(verdict: .retry, runAgainAfterSeconds: nil, heldFor: nil)) == SyncRun(result: .retry))
    try check(SyncRun.of(NextRun(verdict: .vaultLocked, runAgainAfterSeconds: nil, heldFor: nil))
              == SyncRun(result: .notNow, vaultLocked: true))
    try check(SyncRun.utcOffsetMinutes(TimeZone(secondsFromGMT: -3 * 3600)!) == -180)
}

/// iOS has no VPN flag: a VPN is a path that uses a virtual interface
/// (documented) whose name is a tunnel's (heuristic). Both must hold, and
/// the real core's policy then lets a person who requires a VPN send.
func iosVpnFromThePath() throws {
    let tunnel = PathSnapshot(satisfied: true, wifi: true, cellular: false, wiredEthernet: false, usesVirtual: true,
                              interfaces: [PathInterface(.other, "utun3"), PathInterface(.wifi, "en0")],
                              isExpensive: false, isConstrained: false)
    try check(tunnel.vpn)
    var ipsec = tunnel
    ipsec.interfaces = [PathInterface(.other, "ipsec0"), PathInterface(.wifi, "en0")]
    try check(ipsec.vpn, "IKEv2/IPsec")
    var nameOnly = tunnel
    nameOnly.usesVirtual = false
    try check(!nameOnly.vpn, "a utun interface the path does not use is not a VPN")
    var virtualOnly = tunnel
    virtualOnly.interfaces = [PathInterface(.other, "bridge100"), PathInterface(.wifi, "en0")]
    try check(!virtualOnly.vpn, "a virtual interface that is not a tunnel is not a VPN")
    var wifiTunnelName = tunnel
    wifiTunnelName.interfaces = [PathInterface(.wifi, "utun9")]
    try check(!wifiTunnelName.vpn, "only a virtual interface counts")

    let facts = networkFacts(tunnel, charging: false)
    try check(facts.vpn && facts.transport == .wifi && !facts.metered, "\(facts)")
    var overCellular = tunnel
    overCellular.cellular = true
    overCellular.isExpensive = false
    let cellFacts = networkFacts(overCellular, charging: false)
    try check(cellFacts.transport == .cellular && cellFacts.metered, "a VPN that may use cellular is cellular: \(cellFacts)")

    var rules = defaultSendRules()
    rules.requireVpn = true
    let allowed = try decideSend(rules: rules, monitor: Network(facts), userRequested: false,
                                 utcOffsetMinutes: 0)
    try check(allowed == .allow, "\(allowed)")
    let plain = networkFacts(nameOnly, charging: false)
    let held = try decideSend(rules: rules, monitor: Network(plain), userRequested: false,
                              utcOffsetMinutes: 0)
    try check(held == .deny(reason: .vpnRequired, nextCheck: nil), "\(held)")
}

/// BGTask: the next run is scheduled and setTaskCompleted called exactly
/// once, whether the run or the expiration comes first, even at once.
func iosBackgroundTaskCompletesOnce() throws {
    final class Calls: @unchecked Sendable {
        let lock = NSLock()
        var scheduled: [TimeInterval?] = []
        var completed: [Bool] = []
        func add(_ f: () -> Void) { lock.lock(); f(); lock.unlock() }
    }
    func guarded(_ calls: Calls) -> BackgroundTaskCompletion {
        BackgroundTaskCompletion(schedule: { after in calls.add { calls.scheduled.append(after) } },
                                 complete: { ok in calls.add { calls.completed.append(ok) } })
    }

    // The run finishes first, with a sooner time from the core.
    var calls = Calls()
    var task = guarded(calls)
    try check(task.finished(SyncRun(result: .notNow, runAgainAfter: 600)))
    try check(!task.expired(), "an expiration after the end does nothing")
    try check(calls.scheduled == [600] && calls.completed == [true], "\(calls.scheduled) \(calls.completed)")

    // iOS expires the task first: reschedule, complete unsuccessfully; the
    // run that returns later changes nothing.
    calls = Calls()
    task = guarded(calls)
    try check(task.expired())
    try check(!task.finished(SyncRun(result: .done, runAgainAfter: nil)))
    try check(calls.scheduled == [nil] && calls.completed == [false], "\(calls.scheduled) \(calls.completed)")

    // A transient failure completes unsuccessfully (iOS may retry sooner).
    calls = Calls()
    guarded(calls).finished(SyncRun(result: .retry, runAgainAfter: nil))
    try check(calls.completed == [false])

    // Both at once, from many threads: still exactly once.
    for _ in 0..<50 {
        let c = Calls()
        let t = guarded(c)
        DispatchQueue.concurrentPerform(iterations: 16) { i in
            if i % 2 == 0 { t.expired() } else { t.finished(SyncRun(result: .done, runAgainAfter: nil)) }
        }
        try check(c.completed.count == 1 && c.scheduled.count == 1, "\(c.completed) \(c.scheduled)")
    }

    // The next earliest start: the core's time, capped at the interval, else jittered.
    try check(SyncTiming.nextDelay(after: 600, interval: 3600) == 600)
    try check(SyncTiming.nextDelay(after: 99_999, interval: 3600) == 3600)
    try check(SyncTiming.nextDelay(after: -5, interval: 3600) == 0)
    let jittered = (0..<200).map { _ in SyncTiming.nextDelay(after: nil, interval: 3600) }
    try check(jittered.allSatisfy { $0 >= 0 && $0 < 3600 } && Set(jittered).count > 100)
}

/// Stands in for the Secure Enclave on Linux: keys never leave it, and
/// "agreement" is an HMAC under the key (deterministic, key-dependent, as
/// ECDH then SHA-256 is on the phone). Any call can be made to fail the way
/// the Keychain fails.
final class StandInEnclave: KeyAgreementHardware, @unchecked Sendable {
    private let lock = NSLock()
    var keys: [String: [UInt8]] = [:]
    var failure: HardwareFailure?

    private func failIfAsked() throws { if let failure { throw failure } }

    func createKey(tag: String) throws {
        try failIfAsked()
        lock.lock(); defer { lock.unlock() }
        keys[tag] = randomBytes(32)
    }

    func agree(tag: String, input: [UInt8]) throws -> [UInt8]? {
        try failIfAsked()
        lock.lock(); defer { lock.unlock() }
        return keys[tag].map { hmac($0, input) }
    }

    func tags() throws -> [String] {
        try failIfAsked()
        lock.lock(); defer { lock.unlock() }
        return Array(keys.keys)
    }

    func deleteKey(tag: String) throws {
        try failIfAsked()
        lock.lock(); defer { lock.unlock() }
        keys[tag] = nil
    }

    func legacyUnwrap(tag: String, wrapped: Data) throws -> Data? {
        try failIfAsked()
        lock.lock(); defer { lock.unlock() }
        guard keys[tag] != nil else { return nil }
        throw HardwareFailure.invalidData
    }
}

/// The iOS key store's decisions (HardwareKeyStore.swift), with the real
/// library: explicit creation, 32-byte answers, and only a key that is truly
/// gone reported as missing.
func iosKeyStoreGlue() throws {
    let enclave = StandInEnclave()
    let store = HardwareKeyStore(service: "org.waymark.test", hardware: enclave)
    try check(try selfTestKeyStore(store: store, threads: 4) == 4)
    try check(enclave.keys.isEmpty, "the self-test deletes its keys")
    let input = Data(repeating: 7, count: 32)
    _ = try expect("KeyMissing before create", { _ = try store.derive(alias: "waymark-a", input: input) }) {
        if case KeyStoreError.KeyMissing = $0 { return true } else { return false }
    }
    try check(enclave.keys.isEmpty, "no key made behind the vault's back")
    try store.create(alias: "waymark-a")
    try check(Array(enclave.keys.keys) == ["org.waymark.test.waymark-a"], "\(enclave.keys.keys)")
    let out = try store.derive(alias: "waymark-a", input: input)
    try check(out.count == 32 && out == (try store.derive(alias: "waymark-a", input: input)))
    try check(try store.aliases(prefix: "waymark-") == ["waymark-a"])
    for (failure, expected) in [(HardwareFailure.unavailable, "Unavailable"), (.missing, "KeyMissing")] {
        enclave.failure = failure
        _ = try expect(expected, { _ = try store.derive(alias: "waymark-a", input: input) }) {
            switch ($0 as? KeyStoreError, expected) {
            case (.Unavailable?, "Unavailable"), (.KeyMissing?, "KeyMissing"): return true
            default: return false
            }
        }
    }
    enclave.failure = nil
    _ = try expect("Unavailable for a short input", { _ = try store.derive(alias: "waymark-a", input: Data([1])) }) {
        if case KeyStoreError.Unavailable = $0 { return true } else { return false }
    }
    try store.delete(alias: "waymark-a")
    try store.delete(alias: "waymark-a")

    // A whole vault on the glue: a hardware error is not a lost vault.
    let vault = Vault(dir: tempDir() + "/glue", keyStore: store)
    try vault.create(passcode: "2468", options: fastOptions())
    try vault.setDuressPasscode(current: "2468", duress: "1357")
    try vault.lock()
    try check(enclave.keys.count == 4, "epoch, two slots and the courier's key: \(enclave.keys.count)")
    enclave.failure = .unavailable
    _ = try expect("VaultError.KeyStore", { try vault.unlock(passcode: "2468") }) {
        if case VaultError.KeyStore = $0 { return true } else { return false }
    }
    try check(try vault.status().failedAttempts == 0, "not counted as a guess")
    enclave.failure = nil
    try vault.unlock(passcode: "1357")
    try check(try vault.journal().list().isEmpty)
    try vault.wipe()
    try check(enclave.keys.isEmpty, "wipe deletes every key")
}

let checks: [(String, () throws -> Void)] = [
    ("scenario_interview_chat_sync_reply_and_duress", scenarioInterviewChatSyncReplyAndDuress),
    ("courier_sends_while_locked_and_the_reply_waits_for_unlock", courierSendsWhileLockedAndTheReplyWaitsForUnlock),
    ("errors_are_native_exceptions_of_the_right_type", errorsAreNativeExceptionsOfTheRightType),
    ("key_store_failures_reach_the_caller_typed", keyStoreFailuresReachTheCallerTyped),
    ("network_facts_from_the_app", networkFactsFromTheApp),
    ("callbacks_from_rust_threads", callbacksFromRustThreads),
    ("objects_used_from_several_threads", objectsUsedFromSeveralThreads),
    ("panic_in_core_is_an_error_not_a_crash", panicInCoreIsAnErrorNotACrash),
    ("ios_glue_logic", iosGlueLogic),
    ("ios_vpn_from_the_path", iosVpnFromThePath),
    ("ios_background_task_completes_once", iosBackgroundTaskCompletesOnce),
    ("ios_key_store_glue", iosKeyStoreGlue),
]

var passed = 0, failed = 0
for (name, body) in checks {
    do {
        try body()
        passed += 1
        print("ok - swift: \(name)")
    } catch {
        failed += 1
        print("FAILED - swift: \(name): \(error)")
    }
}
print("swift bindings: \(passed) passed, \(failed) failed")
exit(failed == 0 ? 0 : 1)
