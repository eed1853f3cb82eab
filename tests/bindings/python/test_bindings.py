"""Waymark's Python bindings, end to end, on the real library.

Run by tests/bindings/run.sh with the generated waymark.py and libwaymark.so
on PYTHONPATH; arguments: the fixtures folder, the loopback inbox's URL and
the NGO's signing key (run.sh starts the inbox and the NGO's responder).
Each check is a function in CHECKS, under the same name and in the same
order as in Kotlin and Swift.
"""

import gc
import hashlib
import hmac
import os
import secrets
import sys
import tempfile
import threading
import time
import traceback

import waymark as w

FIXTURES = sys.argv[1]
INBOX_URL = sys.argv[2]
NGO_KEY = sys.argv[3]
PASSCODE = "correct horse 42"
DURESS = "0000 under pressure"


def read(name):
    with open(os.path.join(FIXTURES, name), encoding="utf-8") as f:
        return f.read()


class PythonKeyStore(w.PlatformKeyStore):
    """The app's key store, written in Python, behaving like hardware: keys
    are made only by `create`, never leave it, and `derive` is HMAC-SHA256
    under the key (as on Android). Records which threads called it and how
    many times `derive` ran."""

    def __init__(self):
        self.keys = {}
        self.lock = threading.Lock()
        self.threads = set()
        self.derivations = 0

    def _note(self):
        with self.lock:
            self.threads.add(threading.get_ident())

    def _key(self, alias):
        with self.lock:
            key = self.keys.get(alias)
        if key is None:
            raise w.KeyStoreError.KeyMissing()
        return key

    def create(self, alias):
        self._note()
        with self.lock:
            self.keys[alias] = secrets.token_bytes(32)

    def derive(self, alias, input):
        self._note()
        key = self._key(alias)
        with self.lock:
            self.derivations += 1
        return hmac.new(key, input, hashlib.sha256).digest()

    def aliases(self, prefix):
        self._note()
        with self.lock:
            return [a for a in self.keys if a.startswith(prefix)]

    def delete(self, alias):
        self._note()
        with self.lock:
            self.keys.pop(alias, None)

    def unwrap(self, alias, wrapped):
        # Only vaults made before format 2 ever ask; this store made none.
        self._key(alias)
        raise w.KeyStoreError.UnwrapFailed()


class BrokenKeyStore(PythonKeyStore):
    """Derive fails: declared (Unavailable) or undeclared (ValueError)."""

    def __init__(self, undeclared):
        super().__init__()
        self.undeclared = undeclared
        self.broken = False

    def derive(self, alias, input):
        if self.broken:
            if self.undeclared:
                raise ValueError("not a KeyStoreError")
            raise w.KeyStoreError.Unavailable()
        return super().derive(alias, input)


class Network(w.NetworkMonitor):
    def __init__(self, facts=None):
        self.facts = facts

    def current_facts(self):
        if self.facts is None:
            raise w.PlatformError.Unavailable()
        return self.facts


class Sink(w.LogSink):
    def __init__(self):
        self.records = []

    def log(self, record):
        self.records.append(record)


def wifi():
    return w.NetworkFacts(transport=w.Transport.WIFI, validated=True, captive_portal=False,
                          metered=False, roaming=False, vpn=False, charging=True,
                          network_identity=None)


def fast_options():
    # Argon2's minimum: the tests exercise the bindings, not the KDF (the
    # scenario itself uses the recommended cost).
    return w.VaultOptions(kdf=w.KdfParams(memory_kib=8, iterations=1, lanes=1), wipe_after=None)


def new_vault(store=None, options=None):
    d = tempfile.mkdtemp(prefix="waymark-py-")
    v = w.Vault(os.path.join(d, "vault"), store or PythonKeyStore())
    v.create(PASSCODE, options or fast_options())
    return v


def expect(exc_type, fn):
    try:
        fn()
    except exc_type as e:
        return e
    raise AssertionError(f"expected {exc_type.__qualname__}")


# ---------------------------------------------------------------- scenario

def scenario_interview_chat_sync_reply_and_duress():
    """A person in Ukrainian: vault with a Python key store, an interview,
    a chat with the assistant, the report sealed, sent to a real inbox on
    loopback, read and answered by the NGO, the answer read; then a duress
    unlock and everything is gone."""
    assert w.set_error_locale(["uk-UA"]) == "uk"
    store = PythonKeyStore()
    d = tempfile.mkdtemp(prefix="waymark-py-")
    vault = w.Vault(os.path.join(d, "vault"), store)
    vault.create(PASSCODE, w.VaultOptions(kdf=w.recommended_kdf(), wipe_after=None))
    assert vault.status().unlocked
    assert store.keys, "the vault used the Python key store"

    journal = vault.journal()
    journal.add("He kept my passport today")

    loc = w.Localizer(["uk"])
    loc.add_resource("uk", "mini_screen.ftl", read("mini_screen.uk.ftl"))
    q = w.Questionnaire.parse("mini_screen.toml", read("mini_screen.toml"))
    drafts = vault.drafts()
    s = drafts.start(q, w.InterviewMode.SELF_CHECK)

    view = s.current()
    assert view.kind == w.QuestionType.ACKNOWLEDGEMENT
    assert loc.format(view.label_id, []) == "Я розумію, що можу зупинитися будь-коли."
    e = expect(w.QuestionnaireError.Required, s.next)
    assert e.question == "consent"
    # The core's own sentence, in Ukrainian, naming the question.
    assert e.user_message.startswith("На питання") and "consent" in e.user_message, e.user_message

    s.answer_current(w.Answer.ACKNOWLEDGED())
    view = s.next()
    assert view.slot.question == "passport"
    assert "паспорт" in loc.format(view.label_id, [])
    assert view.hint_id is None, "hints are for interviewers only"
    # The options to show come from the core: yes, no, then the two escapes.
    assert [o.answer for o in view.options][2:] == [w.Answer.NOT_SURE(), w.Answer.PREFER_NOT_TO_SAY()], view.options
    assert loc.format(view.options[2].label_id, []) == "Не знаю"
    # What the person types is read by the core, in their language.
    assert s.read_typed("3", loc) == w.Answer.NOT_SURE()
    assert s.read_typed("можливо", loc) is None, "not understood: ask again"
    s.answer_current(s.read_typed(" ні ", loc))
    view = s.next()
    assert view.slot.question == "who_holds", "skip logic shows the follow-up"
    s.answer_current(w.Answer.TEXT(text="the boss"))
    view = s.next()
    assert view.slot.question == "debt"
    s.answer_current(w.Answer.CHOICE(name="yes"))
    assert s.next() is None
    # The result in words comes from the core: no message id built here.
    shown = s.outcome_text(loc)
    assert shown.risk == w.RiskLevel.HIGH and shown.risk_text == "Високий", shown
    assert {i.id for i in shown.indicators} == {"retention_of_identity_documents", "debt_bondage"}
    assert all(i.name != i.id and i.strength_text for i in shown.indicators), shown.indicators
    assert "Зателефонуйте на гарячу лінію." in [n.text for n in shown.next_steps if n.is_MESSAGE()]
    # An answer shown back (the review) is written by the core too.
    assert s.answer_text("passport", w.Answer.CHOICE(name="no"), loc) == "Ні"
    assert s.answer_text("passport", w.Answer.NOT_SURE(), loc) == "Не знаю"

    # The draft is in the vault and resumes where it was.
    [info] = drafts.list()
    assert info.questionnaire_id == "mini_screen" and info.mode == w.InterviewMode.SELF_CHECK
    resumed = drafts.resume(info.id, q)
    assert resumed.answer_of(w.Slot(question="who_holds", instance=None)) == w.Answer.TEXT(text="the boss")

    report = s.finalize()
    assert report.outcome.risk == w.RiskLevel.HIGH
    assert {i.id for i in report.outcome.indicators} == {"retention_of_identity_documents", "debt_bondage"}
    assert w.NextStep.REFER_HELPLINES() in report.outcome.next_steps
    steps = [loc.format(n.message_id, []) for n in report.outcome.next_steps if n.is_MESSAGE()]
    assert "Зателефонуйте на гарячу лінію." in steps
    assert drafts.report_ids() == [report.id]
    assert drafts.list() == []
    assert drafts.report(report.id).answers == report.answers

    lines = vault.content().helplines(w.HelplineQuery(country="UA", language="uk", audience=None, channel=None))
    assert any(h.country == "UA" for h in lines)
    # The helplines a result refers to are chosen by the core: none without a country.
    referred = vault.content().result_helplines("UA", "uk")
    assert referred and all(h.country in ("UA", "EU") for h in referred), referred
    assert vault.content().result_helplines(None, "uk") == []

    assistant = vault.assistant()
    chat = chat_in_ukrainian(assistant)
    send_report_and_read_reply(vault, report)

    # Locked, a wrong passcode: a typed error in Ukrainian.
    vault.lock()
    e = expect(w.JournalError.Locked, journal.list)
    e = expect(w.VaultError.WrongPasscode, lambda: vault.unlock("guess"))
    assert e.user_message == "Неправильний код.", e.user_message

    # Set a duress passcode; under pressure, it opens an empty vault.
    vault.set_duress_passcode(PASSCODE, DURESS)
    vault.unlock(DURESS)
    assert vault.status().unlocked
    assert journal.list() == []
    assert drafts.report_ids() == []
    assert assistant.conversations() == [], "the chat is gone"
    expect(w.AssistantError.NotFound, lambda: assistant.resume(chat))
    assert vault.outbox().list() == [] and vault.replies().list() == [] and vault.ngos().list() == []
    # Sync says what an empty vault says: nothing to do (no "paused" reason).
    after = vault.sync_engine(Network(wifi())).sync_once(True, 0)
    assert after.outcome == w.SyncOutcome.IDLE() and after.bytes_up == 0, after
    vault.lock()
    expect(w.VaultError.WrongPasscode, lambda: vault.unlock(PASSCODE))
    vault.unlock(DURESS)
    vault.wipe()
    assert not vault.status().exists
    w.set_error_locale(["en"])


def chat_in_ukrainian(assistant):
    """Danger typed in Ukrainian lands on urgent help with Ukrainian
    helplines; a quick exit leaves no screen and no saved chat. Returns the
    id of the chat that stays saved."""
    chat = assistant.start("uk-UA", "UA")
    home = chat.current()
    assert home.locale == "uk" and not home.right_to_left
    assert home.waiting_for == w.WaitingFor.CHOICE and home.quick_replies, "the home menu"
    t = chat.say("у них мій паспорт, допоможіть")
    assert (t.flow, t.node) == ("urgent", "in_danger"), (t.flow, t.node)
    assert t.messages[0] == "Те, що ви написали, мене турбує. Ваша безпека — найважливіша.", t.messages
    assert [r.label for r in t.quick_replies][0] == "Так, я зараз у небезпеці"
    t = chat.choose(0)
    [cards] = [e.helplines for e in t.effects if e.is_SHOW_HELPLINES()]
    assert any(c.country == "UA" for c in cards), cards
    e = expect(w.AssistantError.NoSuchChoice, lambda: chat.choose(42))
    assert e.user_message.startswith("Варіанта"), e.user_message
    [saved] = assistant.conversations()
    assert saved.id == chat.id()

    other = assistant.start("uk", "UA")
    assert other.urgent().node == "in_danger"
    gone = other.quick_exit()
    assert gone.messages == [] and gone.quick_replies == []
    assert gone.waiting_for == w.WaitingFor.NOTHING
    assert gone.effects == [w.AssistantEffect.QUICK_EXIT()]
    expect(w.AssistantError.Ended, other.current)
    assert [c.id for c in assistant.conversations()] == [chat.id()]

    # Thoughts of suicide: the crisis path, Lifeline Ukraine first, then the
    # emergency number; notes and the uncertain flag come translated.
    crisis = assistant.start("uk", "UA")
    t = crisis.say("я хочу накласти на себе руки")
    assert (t.flow, t.node) == ("urgent", "crisis_talk"), (t.flow, t.node)
    [cards] = [e.helplines for e in t.effects if e.is_SHOW_HELPLINES()]
    assert cards[0].id == "ua-lifeline" and cards[0].crisis_line, cards[0]
    assert any(c.emergency for c in cards), cards
    mobile = [c for c in cards if c.id == "ua-la-strada-mobile"]
    assert all(c.notices == ["Для дзвінків з мобільного телефона."] for c in mobile), mobile
    # Outside a handed-over interview, interview_text is refused.
    expect(w.AssistantError.NotWaitingForThis, lambda: crisis.interview_text("я хочу померти"))
    crisis.delete()
    return chat.id()


def send_report_and_read_reply(vault, report):
    """The report sealed for the NGO, sent by the background entry point to
    the real inbox, opened and answered by the NGO; the answer read."""
    ngos = vault.ngos()
    key_id = ngos.trust(NGO_KEY, "Local inbox")
    directory = ngos.fetch_directory(key_id, INBOX_URL)
    assert directory.endpoints == [INBOX_URL], directory.endpoints
    outbox = vault.outbox()
    queued = outbox.queue_questionnaire(key_id, report.id, "uk", w.AfterQueue.DELETE_SOURCE)
    # XXXX-XXXX-XXXX-XXXX-C, and the same secret as 26 digits.
    assert len(queued.receipt_code.letters) == 21 and queued.receipt_code.letters.count("-") == 4
    assert len(queued.receipt_code.digits.replace(" ", "")) == 26
    assert outbox.receipt_code(queued.report_id) == queued.receipt_code
    assert vault.drafts().report_ids() == [], "the plaintext report went with the queue"
    expect(w.SyncError.NothingToSend,
           lambda: outbox.queue_questionnaire(key_id, report.id, "uk", w.AfterQueue.KEEP_SOURCE))

    engine = vault.sync_engine(Network(wifi()))
    settings = engine.settings()
    settings.delay_min_seconds = 0
    settings.delay_max_seconds = 0
    engine.set_settings(settings)
    # As WorkManager / BGTaskScheduler would call it.
    r = engine.sync_once(False, 120)
    assert r.outcome == w.SyncOutcome.RAN() and (r.sent, r.failed, r.queued) == (1, 0, 0), r
    assert r.bytes_up >= 4096, "padded to a bucket"
    [item] = outbox.list()
    assert item.state == w.OutboxState.SENT and item.sent_day, item
    status = engine.status()
    assert not status.running and status.sent == 1 and status.last_report == r

    expected = "We read your mini_screen report: debt_bondage, retention_of_identity_documents."
    deadline = time.monotonic() + 60
    replies = []
    while not replies and time.monotonic() < deadline:
        time.sleep(0.3)
        # The user's "check for replies": asked at once.
        engine.sync_once(True, 120)
        replies = vault.replies().list()
    assert replies, "no reply from the NGO within a minute"
    [reply] = replies
    assert reply.report_id == queued.report_id and reply.text == expected, reply


# ---------------------------------------------------------------- duress

def _report(r):
    """A sync report without its clock-dependent field."""
    return (r.outcome, r.sent, r.failed, r.queued, r.new_replies, r.dummy_sent,
            r.last_failure, r.next_check is None, r.bytes_up, r.bytes_down)


def _shapes(folder):
    """What a look at the vault's folder shows: names (random ids as <id>)
    and sizes."""
    out = []
    for name in sorted(os.listdir(folder)):
        base = name.split(".")[0].removeprefix("courier-")
        shown = name.replace(base, "<id>") if len(base) == 32 else name
        out.append((shown, os.path.getsize(os.path.join(folder, name))))
    return sorted(out)


def what_the_phone_shows(vault, store, folder):
    """Everything the app (and so whoever holds the phone) can read from an
    open vault through the bindings."""
    engine = vault.sync_engine(Network(wifi()))
    settings = engine.settings()
    shown = {
        "status": vault.status(),
        "journal": vault.journal().list(),
        "drafts": vault.drafts().list(),
        "reports": vault.drafts().report_ids(),
        "chats": vault.assistant().conversations(),
        "outbox": vault.outbox().list(),
        "counts": vault.outbox().counts(),
        "ngos": vault.ngos().list(),
        "replies": vault.replies().list(),
        "publishers": vault.content().trusted_publishers(),
        "packs": vault.content().installed(),
        "settings": settings,
        "decision": w.decide_send(settings.rules, Network(wifi()), False, 0),
        "sync in the background": _report(engine.sync_once(False, 0)),
        "sync now": _report(engine.sync_once(True, 0)),
        "sync status": (lambda st: (st.running, st.queued, st.sent, st.replies,
                                    _report(st.last_report)))(engine.status()),
        "key store": (len(store.keys), store.derivations),
        "files": _shapes(folder),
    }
    vault.lock()
    shown["locked"] = vault.status()
    shown["files when locked"] = _shapes(folder)
    return shown


def duress_looks_like_a_fresh_vault():
    """Side by side: a vault full of data opened with its duress passcode,
    and a brand-new vault opened with its passcode. Every output the
    bindings give is the same, and so are the key-store calls and the
    folder's file names and sizes."""
    def fresh(passcode):
        d = tempfile.mkdtemp(prefix="waymark-py-")
        store = PythonKeyStore()
        vault = w.Vault(os.path.join(d, "vault"), store)
        vault.create(passcode, fast_options())
        return vault, store, os.path.join(d, "vault")

    used, used_store, used_dir = fresh(PASSCODE)
    used.journal().add("He kept my passport today")
    used.assistant().start("en", None).say("help")
    used.ngos().trust(NGO_KEY, "Local inbox")
    used.set_duress_passcode(PASSCODE, DURESS)
    used.lock()
    new, new_store, new_dir = fresh(DURESS)
    new.lock()
    for store in (used_store, new_store):
        store.derivations = 0

    used.unlock(DURESS)
    new.unlock(DURESS)
    a = what_the_phone_shows(used, used_store, used_dir)
    b = what_the_phone_shows(new, new_store, new_dir)
    for key in a:
        assert a[key] == b[key], f"{key}: after duress {a[key]!r}, fresh {b[key]!r}"
    assert a["sync now"][0] == w.SyncOutcome.IDLE(), a["sync now"]
    # Four keys: the vault's three and the courier's. Eight answers: epoch,
    # both slots, the new slot key, the new epoch; the old courier key
    # (taken, then deleted), the new courier key, the sync's courier open.
    assert a["key store"] == (4, 8), a["key store"]


# ---------------------------------------------------------------- courier

def courier_sends_while_locked_and_the_reply_waits_for_unlock():
    """Queue, lock, drop every object; a new Courier made from the folder and
    the key store alone (as a background worker in a fresh process) sends
    the report to the real inbox and verifies its receipt; later couriers
    fetch the NGO's reply, sealed; the next unlock reads it."""
    d = tempfile.mkdtemp(prefix="waymark-py-")
    folder = os.path.join(d, "vault")
    store = PythonKeyStore()
    vault = w.Vault(folder, store)
    vault.create(PASSCODE, fast_options())
    ngos = vault.ngos()
    key_id = ngos.trust(NGO_KEY, "Local inbox")
    ngos.fetch_directory(key_id, INBOX_URL)
    engine = vault.sync_engine(Network(wifi()))
    settings = engine.settings()
    assert settings.send_while_locked, "on by default"
    settings.delay_min_seconds = 0
    settings.delay_max_seconds = 0
    engine.set_settings(settings)
    queued = vault.outbox().queue_text(key_id, w.ReportKind.FREE_TEXT, "en",
                                       "They took our passports at the farm")
    vault.lock()
    del engine, ngos, vault
    gc.collect()

    courier = w.Courier(folder, store, Network(wifi()))
    r = courier.sync_once(False, 120)
    assert r.outcome == w.SyncOutcome.RAN() and (r.sent, r.failed, r.queued) == (1, 0, 0), r
    # A background scheduler's run on the courier: the core's hint, nothing left to do.
    hint = courier.run_in_background(120)
    assert hint == w.NextRun(verdict=w.RunVerdict.DONE, run_again_after_seconds=None, held_for=None), hint
    del courier

    deadline = time.monotonic() + 60
    fetched = 0
    while not fetched and time.monotonic() < deadline:
        time.sleep(0.3)
        courier = w.Courier(folder, store, Network(wifi()))
        fetched = courier.sync_once(True, 120).new_replies
        del courier
    assert fetched == 1, "no reply fetched by the courier within a minute"

    vault = w.Vault(folder, store)
    vault.unlock(PASSCODE)
    [item] = vault.outbox().list()
    assert item.report_id == queued.report_id and item.state == w.OutboxState.SENT, item
    [reply] = vault.replies().list()
    assert reply.report_id == queued.report_id and reply.text == "We read your report.", reply
    vault.lock()


# ---------------------------------------------------------------- errors

def errors_are_native_exceptions_of_the_right_type():
    vault = new_vault()
    journal = vault.journal()
    e = expect(w.JournalError.InvalidInput, lambda: journal.add("   "))
    assert isinstance(e, w.JournalError)
    expect(w.JournalError.NotFound, lambda: journal.get(12345))
    expect(w.VaultError.AlreadyExists, lambda: vault.create(PASSCODE, fast_options()))
    expect(w.VaultError.InvalidInput, lambda: vault.set_duress_passcode(PASSCODE, PASSCODE))
    e = expect(w.QuestionnaireError.Invalid, lambda: w.Questionnaire.parse("bad.toml", "id = 3\n"))
    assert e.findings and e.findings[0].file == "bad.toml"
    expect(w.ContentError.InvalidKey, lambda: vault.content().trust_publisher("not hex", "NGO"))
    expect(w.LocaleError.BadResource, lambda: w.Localizer(["en"]).add_resource("en", "x.ftl", "broken = { $"))
    expect(w.AssistantError.UnknownFlow, lambda: w.Assistant.builtin("en").start("en", None).start_flow("nope"))
    expect(w.AssistantError.NotFound, lambda: vault.assistant().resume("nope"))
    expect(w.SyncError.InvalidInput, lambda: vault.ngos().trust("not hex", "NGO"))
    expect(w.SyncError.UnknownNgo, lambda: vault.outbox().queue_text("nobody", w.ReportKind.FREE_TEXT, "en", "hi"))
    # Wipe-after: the remaining attempts travel in the error.
    vault.set_wipe_after(PASSCODE, 3)
    e = expect(w.VaultError.WrongPasscode, lambda: vault.unlock("nope"))
    assert e.remaining_attempts == 2, e.remaining_attempts


def key_store_failures_reach_the_caller_typed():
    for undeclared in (False, True):
        store = BrokenKeyStore(undeclared)
        vault = new_vault(store)
        vault.lock()
        store.broken = True
        e = expect(w.VaultError.KeyStore, lambda: vault.unlock(PASSCODE))
        assert "SECRET" not in e.user_message
        store.broken = False
        vault.unlock(PASSCODE)


def network_facts_from_the_app():
    facts = w.NetworkFacts(transport=w.Transport.WIFI, validated=True, captive_portal=False,
                           metered=True, roaming=False, vpn=False, charging=False,
                           network_identity=None)
    rules = w.default_send_rules()
    d = w.decide_send(rules, Network(facts), False, 120)
    assert d == w.SendDecision.DENY(reason=w.DenyReason.METERED, next_check=None), d
    facts.metered = False
    assert w.decide_send(rules, Network(facts), False, 0) == w.SendDecision.ALLOW()
    expect(w.SyncError.NetworkFactsUnavailable,
           lambda: w.decide_send(rules, Network(None), False, 0))
    # The sync entry point asks the same monitor: no network, nothing sent.
    vault = new_vault()
    offline = w.NetworkFacts(transport=w.Transport.NONE, validated=False, captive_portal=False,
                             metered=False, roaming=False, vpn=False, charging=False,
                             network_identity=None)
    r = vault.sync_engine(Network(offline)).sync_once(True, 0)
    assert r.outcome == w.SyncOutcome.HELD(reason=w.DenyReason.NO_NETWORK) and r.bytes_up == 0, r
    assert w.send_hold_message(w.DenyReason.NO_NETWORK)
    expect(w.SyncError.NetworkFactsUnavailable, lambda: vault.sync_engine(Network(None)).sync_once(True, 0))


# ---------------------------------------------------------------- threads

def callbacks_from_rust_threads():
    store = PythonKeyStore()
    assert w.self_test_key_store(store, 4) == 4
    main = threading.get_ident()
    others = store.threads - {main}
    assert len(others) >= 2, f"expected calls from several Rust threads, got {len(others)}"
    assert store.keys == {}, "the self-test deletes its keys"


def objects_used_from_several_threads():
    vault = new_vault()
    journal = vault.journal()
    loc = w.Localizer(["fr"])
    errors = []

    def work(n):
        try:
            for i in range(5):
                journal.add(f"note {n}-{i}")
                assert loc.text("vault-error-locked", []).startswith("Le coffre")
                vault.status()
        except Exception as e:  # noqa: BLE001 - reported below
            errors.append(e)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    assert len(journal.list()) == 40


def panic_in_core_is_an_error_not_a_crash():
    sink = Sink()
    w.set_log_sink(sink)
    try:
        e = expect(w.VaultError.Internal, w.debug_panic_in_core)
        assert "SECRET" not in str(e) and "SECRET" not in e.user_message
        assert e.user_message.startswith("Something went wrong"), e.user_message
        # A call without an error type: uniffi's InternalError, whose text
        # is fixed by the library's guard, not the panic's message.
        e = expect(w.InternalError, w.debug_panic_without_error_type)
        assert "SECRET" not in str(e), str(e)
        assert "details withheld" in str(e), str(e)
    finally:
        w.set_log_sink(None)
    assert [(r.area, r.event) for r in sink.records] == [("debug", "panic-caught")] * 2
    # The library still works afterwards.
    new_vault().journal().add("still fine")


CHECKS = [
    scenario_interview_chat_sync_reply_and_duress,
    duress_looks_like_a_fresh_vault,
    courier_sends_while_locked_and_the_reply_waits_for_unlock,
    errors_are_native_exceptions_of_the_right_type,
    key_store_failures_reach_the_caller_typed,
    network_facts_from_the_app,
    callbacks_from_rust_threads,
    objects_used_from_several_threads,
    panic_in_core_is_an_error_not_a_crash,
]


def main():
    passed = failed = 0
    for check in CHECKS:
        try:
            check()
            passed += 1
            print(f"ok - python: {check.__name__}")
        except Exception:  # noqa: BLE001
            failed += 1
            print(f"FAILED - python: {check.__name__}")
            traceback.print_exc()
    print(f"python bindings: {passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
