// Waymark's Kotlin bindings on the JVM, end to end, on the real library.
//
// Compiled by tests/bindings/run.sh together with the generated waymark.kt
// (host config: android = false) against Debian's JNA, and run with
// -Djna.library.path pointing at the dev build of libwaymark.so. Arguments:
// the fixtures folder, the loopback inbox's URL and the NGO's signing key
// (run.sh starts the inbox and the NGO's responder). Each check is a
// function in CHECKS, under the same name and in the same order as in
// Python and Swift.

import org.waymark.ffi.*
import java.io.File
import java.nio.file.Files
import java.util.concurrent.ConcurrentHashMap
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit
import javax.crypto.KeyGenerator
import javax.crypto.Mac
import javax.crypto.SecretKey

const val PASSCODE = "correct horse 42"
const val DURESS = "0000 under pressure"
lateinit var fixtures: File
lateinit var inboxUrl: String
lateinit var ngoKey: String

fun read(name: String) = File(fixtures, name).readText()

/** The app's key store, as an Android app would write it, but with JCE
 *  HMAC-SHA256 keys in memory instead of Android Keystore: keys made only by
 *  `create`, never handed out, `derive` computed with them. Records the
 *  threads that called it. */
open class JvmKeyStore : PlatformKeyStore {
    val keys = ConcurrentHashMap<String, SecretKey>()
    val threads: MutableSet<Long> = ConcurrentHashMap.newKeySet()

    private fun note() { threads.add(Thread.currentThread().id) }

    override fun create(alias: String) {
        note()
        keys[alias] = KeyGenerator.getInstance("HmacSHA256").apply { init(256) }.generateKey()
    }

    override fun derive(alias: String, input: ByteArray): ByteArray {
        note()
        val key = keys[alias] ?: throw KeyStoreException.KeyMissing()
        return Mac.getInstance("HmacSHA256").apply { init(key) }.doFinal(input)
    }

    override fun aliases(prefix: String): List<String> {
        note()
        return keys.keys.filter { it.startsWith(prefix) }
    }

    override fun delete(alias: String) {
        note()
        keys.remove(alias)
    }

    // Only vaults made before format 2 ask; this store made none.
    override fun unwrap(alias: String, wrapped: ByteArray): ByteArray {
        keys[alias] ?: throw KeyStoreException.KeyMissing()
        throw KeyStoreException.UnwrapFailed()
    }
}

class BrokenKeyStore(private val undeclared: Boolean) : JvmKeyStore() {
    @Volatile var broken = false
    override fun derive(alias: String, input: ByteArray): ByteArray {
        if (broken) {
            if (undeclared) throw IllegalStateException("not a KeyStoreException")
            throw KeyStoreException.Unavailable()
        }
        return super.derive(alias, input)
    }
}

class Network(private val facts: NetworkFacts?) : NetworkMonitor {
    override fun currentFacts(): NetworkFacts = facts ?: throw PlatformException.Unavailable()
}

class Sink : LogSink {
    val records = java.util.Collections.synchronizedList(mutableListOf<LogRecord>())
    override fun log(record: LogRecord) { records.add(record) }
}

fun check(cond: Boolean, what: () -> String = { "check failed" }) { if (!cond) throw AssertionError(what()) }

inline fun <reified E : Throwable> expect(block: () -> Unit): E {
    try { block() } catch (e: Throwable) {
        if (e is E) return e
        throw AssertionError("expected ${E::class.qualifiedName}, got $e")
    }
    throw AssertionError("expected ${E::class.qualifiedName}, nothing thrown")
}

fun fastOptions() = VaultOptions(KdfParams(8u, 1u, 1u), null)

fun wifi() = NetworkFacts(Transport.WIFI, true, false, false, false, false, true, null)

fun tempDir(): File = Files.createTempDirectory("waymark-kt-").toFile()

fun newVault(store: PlatformKeyStore = JvmKeyStore()): Vault =
    Vault(File(tempDir(), "vault").path, store).also { it.create(PASSCODE, fastOptions()) }

// ---------------------------------------------------------------- scenario

fun scenarioInterviewChatSyncReplyAndDuress() {
    check(setErrorLocale(listOf("uk-UA")) == "uk")
    val store = JvmKeyStore()
    Vault(File(tempDir(), "vault").path, store).use { vault ->
        vault.create(PASSCODE, VaultOptions(recommendedKdf(), null))
        check(vault.status().unlocked)
        check(store.keys.isNotEmpty()) { "the vault used the Kotlin key store" }
        val journal = vault.journal()
        journal.add("He kept my passport today")

        val loc = Localizer(listOf("uk"))
        loc.addResource("uk", "mini_screen.ftl", read("mini_screen.uk.ftl"))
        val q = Questionnaire.parse("mini_screen.toml", read("mini_screen.toml"))
        val drafts = vault.drafts()
        val s = drafts.start(q, InterviewMode.SELF_CHECK)

        var view = s.current()!!
        check(view.kind == QuestionType.ACKNOWLEDGEMENT)
        check(loc.format(view.labelId!!, listOf()) == "Я розумію, що можу зупинитися будь-коли.")
        val required = expect<QuestionnaireException.Required> { s.next() }
        check(required.question == "consent")
        // The core's own sentence, in Ukrainian, naming the question.
        check(required.userMessage.startsWith("На питання") && "consent" in required.userMessage) { required.userMessage }

        s.answerCurrent(Answer.Acknowledged)
        view = s.next()!!
        check(view.slot.question == "passport")
        check(loc.format(view.labelId!!, listOf()).contains("паспорт"))
        check(view.hintId == null) { "hints are for interviewers only" }
        // The options to show come from the core: yes, no, then the two escapes.
        check(view.options.drop(2).map { it.answer } == listOf(Answer.NotSure, Answer.PreferNotToSay)) { "${view.options}" }
        check(loc.format(view.options[2].labelId, listOf()) == "Не знаю")
        // What the person types is read by the core, in their language.
        check(s.readTyped("3", loc) == Answer.NotSure)
        check(s.readTyped("можливо", loc) == null) { "not understood: ask again" }
        s.answerCurrent(s.readTyped(" ні ", loc)!!)
        view = s.next()!!
        check(view.slot.question == "who_holds") { "skip logic shows the follow-up" }
        s.answerCurrent(Answer.Text("the boss"))
        view = s.next()!!
        check(view.slot.question == "debt")
        s.answerCurrent(Answer.Choice("yes"))
        check(s.next() == null)
        // The result in words comes from the core: no message id built here.
        val shown = s.outcomeText(loc)
        check(shown.risk == RiskLevel.HIGH && shown.riskText == "Високий") { shown.toString() }
        check(shown.indicators.map { it.id }.toSet() == setOf("retention_of_identity_documents", "debt_bondage"))
        check(shown.indicators.all { it.name != it.id && it.strengthText.isNotEmpty() }) { shown.indicators.toString() }
        check("Зателефонуйте на гарячу лінію." in shown.nextSteps.filterIsInstance<NextStepText.Message>().map { it.text })
        // An answer shown back (the review) is written by the core too.
        check(s.answerText("passport", Answer.Choice("no"), loc) == "Ні")
        check(s.answerText("passport", Answer.NotSure, loc) == "Не знаю")

        val info = drafts.list().single()
        check(info.questionnaireId == "mini_screen" && info.mode == InterviewMode.SELF_CHECK)
        drafts.resume(info.id, q).use { resumed ->
            check(resumed.answerOf(Slot("who_holds", null)) == Answer.Text("the boss"))
        }

        val report = s.finalize()
        check(report.outcome.risk == RiskLevel.HIGH)
        check(report.outcome.indicators.map { it.id }.toSet() ==
            setOf("retention_of_identity_documents", "debt_bondage"))
        check(NextStep.ReferHelplines in report.outcome.nextSteps)
        val steps = report.outcome.nextSteps.filterIsInstance<NextStep.Message>().map { loc.format(it.messageId, listOf()) }
        check("Зателефонуйте на гарячу лінію." in steps) { steps.toString() }
        check(drafts.reportIds() == listOf(report.id))
        check(drafts.list().isEmpty())

        val lines = vault.content().helplines(HelplineQuery("UA", "uk", null, null))
        check(lines.any { it.country == "UA" })
        // The helplines a result refers to are chosen by the core: none without a country.
        val referred = vault.content().resultHelplines("UA", "uk")
        check(referred.isNotEmpty() && referred.all { it.country == "UA" || it.country == "EU" }) { referred.toString() }
        check(vault.content().resultHelplines(null, "uk").isEmpty())

        val assistant = vault.assistant()
        val chat = chatInUkrainian(assistant)
        sendReportAndReadReply(vault, report)

        vault.lock()
        expect<JournalException.Locked> { journal.list() }
        val wrong = expect<VaultException.WrongPasscode> { vault.unlock("guess") }
        check(wrong.userMessage == "Неправильний код.") { wrong.userMessage }

        vault.setDuressPasscode(PASSCODE, DURESS)
        vault.unlock(DURESS)
        check(vault.status().unlocked)
        check(journal.list().isEmpty())
        check(drafts.reportIds().isEmpty())
        check(assistant.conversations().isEmpty()) { "the chat is gone" }
        expect<AssistantException.NotFound> { assistant.resume(chat) }
        check(vault.outbox().list().isEmpty() && vault.replies().list().isEmpty() && vault.ngos().list().isEmpty())
        // Sync says what an empty vault says: nothing to do (no "paused" reason).
        val after = vault.syncEngine(Network(wifi())).syncOnce(true, 0)
        check(after.outcome == SyncOutcome.Idle && after.bytesUp == 0uL) { after.toString() }
        vault.lock()
        expect<VaultException.WrongPasscode> { vault.unlock(PASSCODE) }
        vault.unlock(DURESS)
        vault.wipe()
        check(!vault.status().exists)
    }
    setErrorLocale(listOf("en"))
}

/** Danger typed in Ukrainian lands on urgent help with Ukrainian helplines;
 *  a quick exit leaves no screen and no saved chat. Returns the id of the
 *  chat that stays saved. */
fun chatInUkrainian(assistant: Assistant): String {
    val chat = assistant.start("uk-UA", "UA")
    val home = chat.current()
    check(home.locale == "uk" && !home.rightToLeft)
    check(home.waitingFor == WaitingFor.CHOICE && home.quickReplies.isNotEmpty()) { "the home menu" }
    var t = chat.say("у них мій паспорт, допоможіть")
    check(t.flow == "urgent" && t.node == "in_danger") { "${t.flow} ${t.node}" }
    check(t.messages[0] == "Те, що ви написали, мене турбує. Ваша безпека — найважливіша.") { t.messages.toString() }
    check(t.quickReplies[0].label == "Так, я зараз у небезпеці")
    t = chat.choose(0u)
    val cards = t.effects.filterIsInstance<AssistantEffect.ShowHelplines>().single().helplines
    check(cards.any { it.country == "UA" }) { cards.toString() }
    val e = expect<AssistantException.NoSuchChoice> { chat.choose(42u) }
    check(e.userMessage.startsWith("Варіанта")) { e.userMessage }
    check(assistant.conversations().single().id == chat.id())

    val other = assistant.start("uk", "UA")
    check(other.urgent().node == "in_danger")
    val gone = other.quickExit()
    check(gone.messages.isEmpty() && gone.quickReplies.isEmpty())
    check(gone.waitingFor == WaitingFor.NOTHING)
    check(gone.effects == listOf(AssistantEffect.QuickExit)) { gone.effects.toString() }
    expect<AssistantException.Ended> { other.current() }
    check(assistant.conversations().map { it.id } == listOf(chat.id()))
    return chat.id()!!
}

/** The report sealed for the NGO, sent by the background entry point to the
 *  real inbox, opened and answered by the NGO; the answer read. */
fun sendReportAndReadReply(vault: Vault, report: Report) {
    val ngos = vault.ngos()
    val keyId = ngos.trust(ngoKey, "Local inbox")
    val directory = ngos.fetchDirectory(keyId, inboxUrl)
    check(directory.endpoints == listOf(inboxUrl)) { directory.endpoints.toString() }
    val outbox = vault.outbox()
    val queued = outbox.queueQuestionnaire(keyId, report.id, "uk", AfterQueue.DELETE_SOURCE)
    // XXXX-XXXX-XXXX-XXXX-C, and the same secret as 26 digits.
    check(queued.receiptCode.letters.length == 21 && queued.receiptCode.letters.count { it == '-' } == 4)
    check(queued.receiptCode.digits.replace(" ", "").length == 26)
    check(outbox.receiptCode(queued.reportId) == queued.receiptCode)
    check(vault.drafts().reportIds().isEmpty()) { "the plaintext report went with the queue" }
    expect<SyncException.NothingToSend> { outbox.queueQuestionnaire(keyId, report.id, "uk", AfterQueue.KEEP_SOURCE) }

    val engine = vault.syncEngine(Network(wifi()))
    val settings = engine.settings()
    settings.delayMinSeconds = 0u
    settings.delayMaxSeconds = 0u
    engine.setSettings(settings)
    // As WorkManager / BGTaskScheduler would call it.
    val r = engine.syncOnce(false, 120)
    check(r.outcome == SyncOutcome.Ran && r.sent == 1u && r.failed == 0u && r.queued == 0u) { r.toString() }
    check(r.bytesUp >= 4096u) { "padded to a bucket" }
    val item = outbox.list().single()
    check(item.state == OutboxState.SENT && item.sentDay != null) { item.toString() }
    val status = engine.status()
    check(!status.running && status.sent == 1u && status.lastReport == r) { status.toString() }

    val expected = "We read your mini_screen report: debt_bondage, retention_of_identity_documents."
    val deadline = System.nanoTime() + 60_000_000_000L
    var replies = listOf<Reply>()
    while (replies.isEmpty() && System.nanoTime() < deadline) {
        Thread.sleep(300)
        // The user's "check for replies": asked at once.
        engine.syncOnce(true, 120)
        replies = vault.replies().list()
    }
    check(replies.isNotEmpty()) { "no reply from the NGO within a minute" }
    val reply = replies.single()
    check(reply.reportId == queued.reportId && reply.text == expected) { reply.toString() }
}

// ---------------------------------------------------------------- courier

/** Queue, lock, drop every object; a new Courier made from the folder and
 *  the key store alone (as a SyncWorker in a fresh process) sends the report
 *  to the real inbox and verifies its receipt; later couriers fetch the
 *  NGO's reply, sealed; the next unlock reads it. */
fun courierSendsWhileLockedAndTheReplyWaitsForUnlock() {
    val folder = File(tempDir(), "vault").path
    val store = JvmKeyStore()
    val queuedId: String = Vault(folder, store).use { vault ->
        vault.create(PASSCODE, fastOptions())
        val keyId = vault.ngos().use { ngos ->
            ngos.trust(ngoKey, "Local inbox").also { ngos.fetchDirectory(it, inboxUrl) }
        }
        vault.syncEngine(Network(wifi())).use { engine ->
            val settings = engine.settings()
            check(settings.sendWhileLocked) { "on by default" }
            settings.delayMinSeconds = 0u
            settings.delayMaxSeconds = 0u
            engine.setSettings(settings)
        }
        val id = vault.outbox().use {
            it.queueText(keyId, ReportKind.FREE_TEXT, "en", "They took our passports at the farm").reportId
        }
        vault.lock()
        id
    }

    Courier(folder, store, Network(wifi())).use { courier ->
        val r = courier.syncOnce(false, 120)
        check(r.outcome == SyncOutcome.Ran && r.sent == 1u && r.failed == 0u && r.queued == 0u) { r.toString() }
    }
    val deadline = System.nanoTime() + 60_000_000_000L
    var fetched = 0u
    while (fetched == 0u && System.nanoTime() < deadline) {
        Thread.sleep(300)
        fetched = Courier(folder, store, Network(wifi())).use { it.syncOnce(true, 120).newReplies }
    }
    check(fetched == 1u) { "no reply fetched by the courier within a minute" }

    Vault(folder, store).use { vault ->
        vault.unlock(PASSCODE)
        val item = vault.outbox().list().single()
        check(item.reportId == queuedId && item.state == OutboxState.SENT) { item.toString() }
        val reply = vault.replies().list().single()
        check(reply.reportId == queuedId && reply.text == "We read your report.") { reply.toString() }
        vault.lock()
    }
}

// ---------------------------------------------------------------- errors

fun errorsAreNativeExceptionsOfTheRightType() {
    newVault().use { vault ->
        val journal = vault.journal()
        val e: JournalException = expect<JournalException.InvalidInput> { journal.add("   ") }
        check(e.message!!.contains("userMessage"))
        expect<JournalException.NotFound> { journal.get(12345) }
        expect<VaultException.AlreadyExists> { vault.create(PASSCODE, fastOptions()) }
        expect<VaultException.InvalidInput> { vault.setDuressPasscode(PASSCODE, PASSCODE) }
        val invalid = expect<QuestionnaireException.Invalid> { Questionnaire.parse("bad.toml", "id = 3\n") }
        check(invalid.findings.isNotEmpty() && invalid.findings[0].file == "bad.toml")
        expect<ContentException.InvalidKey> { vault.content().trustPublisher("not hex", "NGO") }
        expect<LocaleException.BadResource> { Localizer(listOf("en")).addResource("en", "x.ftl", "broken = { $") }
        expect<AssistantException.UnknownFlow> { Assistant.builtin("en").start("en", null).startFlow("nope") }
        expect<AssistantException.NotFound> { vault.assistant().resume("nope") }
        expect<SyncException.InvalidInput> { vault.ngos().trust("not hex", "NGO") }
        expect<SyncException.UnknownNgo> { vault.outbox().queueText("nobody", ReportKind.FREE_TEXT, "en", "hi") }
        vault.setWipeAfter(PASSCODE, 3u)
        val wrong = expect<VaultException.WrongPasscode> { vault.unlock("nope") }
        check(wrong.remainingAttempts == 2u) { "${wrong.remainingAttempts}" }
    }
}

fun keyStoreFailuresReachTheCallerTyped() {
    for (undeclared in listOf(false, true)) {
        val store = BrokenKeyStore(undeclared)
        newVault(store).use { vault ->
            vault.lock()
            store.broken = true
            expect<VaultException.KeyStore> { vault.unlock(PASSCODE) }
            store.broken = false
            vault.unlock(PASSCODE)
        }
    }
}

fun networkFactsFromTheApp() {
    val metered = NetworkFacts(Transport.WIFI, true, false, true, false, false, false, null)
    val rules = defaultSendRules()
    val d = decideSend(rules, Network(metered), false, 120)
    check(d == SendDecision.Deny(DenyReason.METERED, null)) { d.toString() }
    check(decideSend(rules, Network(metered.copy(metered = false)), false, 0) == SendDecision.Allow)
    expect<SyncException.NetworkFactsUnavailable> { decideSend(rules, Network(null), false, 0) }
    // The sync entry point asks the same monitor: no network, nothing sent.
    newVault().use { vault ->
        val offline = NetworkFacts(Transport.NONE, false, false, false, false, false, false, null)
        val r = vault.syncEngine(Network(offline)).syncOnce(true, 0)
        check(r.outcome == SyncOutcome.Held(DenyReason.NO_NETWORK) && r.bytesUp == 0uL) { r.toString() }
        check(sendHoldMessage(DenyReason.NO_NETWORK).isNotEmpty())
        expect<SyncException.NetworkFactsUnavailable> { vault.syncEngine(Network(null)).syncOnce(true, 0) }
    }
}

// ---------------------------------------------------------------- threads

fun callbacksFromRustThreads() {
    val store = JvmKeyStore()
    check(selfTestKeyStore(store, 4u) == 4u)
    val others = store.threads - Thread.currentThread().id
    check(others.size >= 2) { "expected calls from several Rust threads, got ${others.size}" }
    check(store.keys.isEmpty()) { "the self-test deletes its keys" }
}

fun objectsUsedFromSeveralThreads() {
    newVault().use { vault ->
        val journal = vault.journal()
        val loc = Localizer(listOf("fr"))
        val pool = Executors.newFixedThreadPool(8)
        val futures = (0 until 8).map { n ->
            pool.submit {
                repeat(5) { i ->
                    journal.add("note $n-$i")
                    check(loc.text("vault-error-locked", listOf()).startsWith("Le coffre"))
                    vault.status()
                }
            }
        }
        futures.forEach { it.get() }
        pool.shutdown()
        pool.awaitTermination(10, TimeUnit.SECONDS)
        check(journal.list().size == 40)
    }
}

fun panicInCoreIsAnErrorNotACrash() {
    val sink = Sink()
    setLogSink(sink)
    try {
        val e = expect<VaultException.Internal> { debugPanicInCore() }
        check(!e.userMessage.contains("SECRET") && !e.message.contains("SECRET"))
        check(e.userMessage.startsWith("Something went wrong")) { e.userMessage }
    } finally {
        setLogSink(null)
    }
    check(sink.records.map { it.area to it.event } == listOf("debug" to "panic-caught")) { sink.records.toString() }
    newVault().use { it.journal().add("still fine") }
}

val CHECKS: List<Pair<String, () -> Unit>> = listOf(
    "scenario_interview_chat_sync_reply_and_duress" to ::scenarioInterviewChatSyncReplyAndDuress,
    "courier_sends_while_locked_and_the_reply_waits_for_unlock" to ::courierSendsWhileLockedAndTheReplyWaitsForUnlock,
    "errors_are_native_exceptions_of_the_right_type" to ::errorsAreNativeExceptionsOfTheRightType,
    "key_store_failures_reach_the_caller_typed" to ::keyStoreFailuresReachTheCallerTyped,
    "network_facts_from_the_app" to ::networkFactsFromTheApp,
    "callbacks_from_rust_threads" to ::callbacksFromRustThreads,
    "objects_used_from_several_threads" to ::objectsUsedFromSeveralThreads,
    "panic_in_core_is_an_error_not_a_crash" to ::panicInCoreIsAnErrorNotACrash,
)

fun main(args: Array<String>) {
    fixtures = File(args[0])
    inboxUrl = args[1]
    ngoKey = args[2]
    var passed = 0
    var failed = 0
    for ((name, body) in CHECKS) {
        try {
            body()
            passed++
            println("ok - kotlin: $name")
        } catch (e: Throwable) {
            failed++
            println("FAILED - kotlin: $name")
            e.printStackTrace(System.out)
        }
    }
    println("kotlin bindings: $passed passed, $failed failed")
    kotlin.system.exitProcess(if (failed == 0) 0 else 1)
}
