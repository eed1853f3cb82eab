"""Waymark's Python bindings, end to end, on the real library.

Run by tests/bindings/run.sh with the generated waymark.py and libwaymark.so
on PYTHONPATH, and the fixtures folder as the first argument. Each check is a
function; the scenario grows by adding functions to CHECKS (the assistant
and sync to a loopback inbox come with issues 5 and 6).
"""

import hashlib
import hmac
import os
import secrets
import sys
import tempfile
import threading
import traceback

import waymark as w

FIXTURES = sys.argv[1]
PASSCODE = "correct horse 42"
DURESS = "0000 under pressure"


def read(name):
    with open(os.path.join(FIXTURES, name), encoding="utf-8") as f:
        return f.read()


class PythonKeyStore(w.PlatformKeyStore):
    """The app's key store, written in Python: keys in a dict, wrapping with
    an HMAC-SHA256 keystream and an HMAC tag (authenticated, so tampering is
    detected). Records which threads called it."""

    def __init__(self):
        self.keys = {}
        self.lock = threading.Lock()
        self.threads = set()

    def _note(self):
        with self.lock:
            self.threads.add(threading.get_ident())

    def _stream(self, key, nonce, n):
        out = b""
        counter = 0
        while len(out) < n:
            out += hmac.new(key, b"s" + nonce + counter.to_bytes(4, "big"), hashlib.sha256).digest()
            counter += 1
        return out[:n]

    def wrap(self, alias, plaintext):
        self._note()
        with self.lock:
            key = self.keys.setdefault(alias, secrets.token_bytes(32))
        nonce = secrets.token_bytes(16)
        body = bytes(a ^ b for a, b in zip(plaintext, self._stream(key, nonce, len(plaintext))))
        tag = hmac.new(key, b"t" + alias.encode() + nonce + body, hashlib.sha256).digest()
        return nonce + body + tag

    def unwrap(self, alias, wrapped):
        self._note()
        with self.lock:
            key = self.keys.get(alias)
        if key is None:
            raise w.KeyStoreError.KeyMissing()
        if len(wrapped) < 48:
            raise w.KeyStoreError.UnwrapFailed()
        nonce, body, tag = wrapped[:16], wrapped[16:-32], wrapped[-32:]
        good = hmac.new(key, b"t" + alias.encode() + nonce + body, hashlib.sha256).digest()
        if not hmac.compare_digest(tag, good):
            raise w.KeyStoreError.UnwrapFailed()
        return bytes(a ^ b for a, b in zip(body, self._stream(key, nonce, len(body))))

    def delete(self, alias):
        self._note()
        with self.lock:
            self.keys.pop(alias, None)


class BrokenKeyStore(PythonKeyStore):
    """Unwrap fails: declared (Unavailable) or undeclared (ValueError)."""

    def __init__(self, undeclared):
        super().__init__()
        self.undeclared = undeclared
        self.broken = False

    def unwrap(self, alias, wrapped):
        if self.broken:
            if self.undeclared:
                raise ValueError("not a KeyStoreError")
            raise w.KeyStoreError.Unavailable()
        return super().unwrap(alias, wrapped)


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

def scenario_interview_report_and_duress():
    """A person in Ukrainian: vault with a Python key store, an interview,
    a finalized report; then a duress unlock and everything is gone."""
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
    assert e.user_message == "Дайте відповідь на це запитання, щоб продовжити.", e.user_message

    s.answer_current(w.Answer.ACKNOWLEDGED())
    view = s.next()
    assert view.slot.question == "passport"
    assert "паспорт" in loc.format(view.label_id, [])
    assert view.hint_id is None, "hints are for interviewers only"
    s.answer_current(w.Answer.CHOICE(name="no"))
    view = s.next()
    assert view.slot.question == "who_holds", "skip logic shows the follow-up"
    s.answer_current(w.Answer.TEXT(text="the boss"))
    view = s.next()
    assert view.slot.question == "debt"
    s.answer_current(w.Answer.CHOICE(name="yes"))
    assert s.next() is None

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
    vault.lock()
    expect(w.VaultError.WrongPasscode, lambda: vault.unlock(PASSCODE))
    vault.unlock(DURESS)
    vault.wipe()
    assert not vault.status().exists
    w.set_error_locale(["en"])


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
    d = w.decide_send(rules, Network(facts), False, w.UnlockKind.NORMAL, 120)
    assert d == w.SendDecision.DENY(reason=w.DenyReason.METERED, next_check=None), d
    facts.metered = False
    assert w.decide_send(rules, Network(facts), False, w.UnlockKind.NORMAL, 0) == w.SendDecision.ALLOW()
    d = w.decide_send(rules, Network(facts), True, w.UnlockKind.DURESS, 0)
    assert d.reason == w.DenyReason.AFTER_DURESS_UNLOCK
    expect(w.SyncError.NetworkFactsUnavailable,
           lambda: w.decide_send(rules, Network(None), False, w.UnlockKind.NORMAL, 0))


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
    finally:
        w.set_log_sink(None)
    assert [(r.area, r.event) for r in sink.records] == [("debug", "panic-caught")]
    # The library still works afterwards.
    new_vault().journal().add("still fine")


CHECKS = [
    scenario_interview_report_and_duress,
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
