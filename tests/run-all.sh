#!/usr/bin/env bash
# Runs every Waymark test, installing what the tests need when it is missing.
# This is the README's test command, and what CI runs (.ci/run).
#
# Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."
log_dir=$(mktemp -d)
trap 'rm -rf "$log_dir"' EXIT

step() { printf '\n==> %s\n' "$*"; }

# --- 1. What the build and tests need from the system -----------------------
# SQLCipher is compiled from source (rusqlite's bundled-sqlcipher) and links
# Debian's OpenSSL; setsid (util-linux) runs the CLI without a terminal.
step "Checking system packages"
missing=()
command -v cc >/dev/null 2>&1 || missing+=(gcc)
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
dpkg -s libssl-dev >/dev/null 2>&1 || missing+=(libssl-dev)
command -v setsid >/dev/null 2>&1 || missing+=(util-linux)
sudo_cmd=""
[ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
if ((${#missing[@]})); then
  echo "Installing: ${missing[*]}"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}"
fi
command -v cargo >/dev/null 2>&1 || { echo "cargo is required (https://rustup.rs)"; exit 1; }
rustup component list --installed 2>/dev/null | grep -q rustfmt || rustup component add rustfmt
rustup component list --installed 2>/dev/null | grep -q clippy || rustup component add clippy

# --- 2. Formatting ------------------------------------------------------------
step "Formatting (cargo fmt --check)"
cargo fmt --all -- --check

# Lints: warnings are errors, in every crate and target (tests, benches).
step "Lints (cargo clippy -D warnings)"
cargo clippy --locked --workspace --all-targets -q -- -D warnings

# --- 3. A throwaway PostgreSQL server for the inbox tests ---------------------
# The inbox runs its server suite on SQLite and on a real PostgreSQL. This
# installs Debian's postgresql package if needed, starts a server as an
# unprivileged user in a temporary folder on a loopback port, and stops it on
# exit. WAYMARK_TEST_POSTGRES_REQUIRED=1 makes a missing server a test failure
# (a plain `cargo test` without the URL skips those tests and says so).
step "PostgreSQL for the inbox tests"
pg_dir=$(mktemp -d)
chmod 755 "$pg_dir"
trap 'inbox/scripts/test-postgres.sh stop "$pg_dir" || true; rm -rf "$log_dir" "$pg_dir"' EXIT
WAYMARK_TEST_POSTGRES_URL=$(inbox/scripts/test-postgres.sh start "$pg_dir")
export WAYMARK_TEST_POSTGRES_URL
export WAYMARK_TEST_POSTGRES_REQUIRED=1
echo "PostgreSQL at ${WAYMARK_TEST_POSTGRES_URL}"

# --- ODK as the oracle: what its test needs -----------------------------------
# cli/tests/odk_oracle.rs runs the ODK Web Forms engine (npm
# @getodk/xforms-engine under Node with jsdom) beside Waymark on imported
# forms, and pyxform (PyPI) turns the shared XLSForm corpus into XForms.
# tests/odk/install.sh installs both under ~/.cache/waymark-odk when missing; the
# test then runs inside the Rust tests below and may not skip.
step "ODK engine and pyxform for the oracle test"
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq nodejs npm
fi
python3 -m venv --help >/dev/null 2>&1 || {
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq python3-venv
}
eval "$(tests/odk/install.sh)"
export ODK_NODE_MODULES PYXFORM
export WAYMARK_ODK_REQUIRED=1

# --- 4. Rust unit, integration and CLI tests ----------------------------------
# One profile (dev, with optimised dependencies) for tests, benches and the demo,
# so nothing is compiled twice.
step "Rust tests"
cargo test --workspace --locked --no-fail-fast 2>&1 | tee "$log_dir/cargo-test.log"

# --- 5. Interoperability: an RFC 9180 library other than ours opens an envelope
# pyhpke (PyPI) opens the documented worked example with no Waymark code.
step "Interoperability: pyhpke opens a Waymark envelope"
venv=target/interop-venv
if [ ! -x "$venv/bin/python" ]; then
  # Debian's own python3 needs python3-venv for this.
  python3 -m venv "$venv" 2>/dev/null || {
    rm -rf "$venv"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq python3-venv
    python3 -m venv "$venv"
  }
fi
"$venv/bin/python" -c 'import pyhpke' 2>/dev/null || "$venv/bin/python" -m pip install -q pyhpke
"$venv/bin/python" tests/interop/pyhpke_open_envelope.py \
  core/tests/fixtures/envelope/worked-example.hex \
  90e2dd577c3ed6d08ef5432abb9589d4e81fca0942a4decd4c29458124830773 > "$log_dir/interop.log"
grep -q 'They took my passport.' "$log_dir/interop.log"

# --- 6. Benchmarks still build and run (smoke run; numbers not recorded) ------
step "Benchmark smoke run"
# Every bench is built with the same package selection and features, so the
# core and the inbox are compiled once for all of them rather than once per
# feature set (each extra set cost about a minute on the CI machine).
bench() { cargo bench --locked --workspace --features waymark-core/bench-baseline --profile dev --bench "$@"; }
bench vault -- --quick > "$log_dir/bench.log"
grep -q 'Journal throughput' "$log_dir/bench.log"
bench i18n -- --quick > "$log_dir/bench-i18n.log"
bench questionnaire -- --quick > "$log_dir/bench-questionnaire.log"
grep -q 'one answer, dependency graph' "$log_dir/bench-questionnaire.log"
bench assistant -- --quick > "$log_dir/bench-assistant.log"
grep -q 'turn saved to the vault' "$log_dir/bench-assistant.log"
# Inbox ingest on SQLite and on the PostgreSQL above, and sealing per bucket.
bench ingest -- --quick > "$log_dir/bench-ingest.log"
grep -q 'SQLite (WAL' "$log_dir/bench-ingest.log"
grep -q 'PostgreSQL (synchronous_commit' "$log_dir/bench-ingest.log"
grep -q '^| PostgreSQL | .* ms | .* ms |' "$log_dir/bench-ingest.log"   # real vs dummy sends
bench sync -- --quick > "$log_dir/bench-sync.log"
grep -q 'Sync of 30 queued reports' "$log_dir/bench-sync.log"
bench desk -- --quick > "$log_dir/bench-desk.log"
grep -q 'NGO desk, 500 reports' "$log_dir/bench-desk.log"

# Fuzzing: the test suite replays every target's seeds and past crashes on
# stable (cli/tests/fuzz_corpus.rs). The coverage-guided campaigns need
# nightly and minutes per target, so they are benchmarks, not tests:
# tests/fuzz-campaign.sh, results in docs/fuzzing.md.

# --- 7. End to end: the demo a new user runs ---------------------------------
step "End-to-end demo, the locale lint and the helpline audit as a user runs them"
# English, whatever this machine's LANG is, so the check below can read it.
WAYMARK_LANG=en cargo run --locked -q -p waymark-cli -- demo > "$log_dir/demo.log"
grep -q 'Panic wipe' "$log_dir/demo.log"
# The round trip came full circle: the NGO's sealed reply was read on the phone.
grep -q 'The reporter read the reply from the NGO' "$log_dir/demo.log"
cargo run --locked -q -p waymark-cli -- locales lint --root locales
cargo run --locked -q -p waymark-cli -- locales lint --root content/builtin/locales
# The helpline directory as its maintainer checks it: fails when a shipped
# country has no emergency number (docs/helplines.md); the report (what is
# unconfirmed or old, countries without a trafficking or crisis line) is
# kept in the log.
cargo run --locked -q -p waymark-cli -- --lang en helplines audit > "$log_dir/helplines-audit.log"

# --- 7. The NGO desk in a real browser ----------------------------------------
# Debian's chromium and chromium-driver, driven by Selenium (PyPI, in a
# virtualenv under target/), against a real inbox and desk on 127.0.0.1; a
# `waymark` phone sends the reports and reads the desk's reply
# (tests/desk/run.sh installs what is missing). Screenshots: target/desk-screenshots.
step "NGO desk in a real browser"
tests/desk/run.sh target/desk-screenshots 2>&1 | tee "$log_dir/desk.log"

# --- 8. Mobile bindings: Kotlin (JVM), Python and Swift (Linux) ---------------
# Builds libwaymark.so once (dev profile, like the tests above), generates the
# bindings with the workspace's own uniffi-bindgen, runs the same scenario in
# each language and checks the library's size budget (tests/bindings/run.sh;
# installs the JNA jar, the Kotlin compiler and a Swift chroot when missing).
step "Mobile bindings"
tests/bindings/run.sh 2>&1 | tee "$log_dir/bindings.log"

# --- Summary ------------------------------------------------------------------
read -r passed failed < <(awk '/^test result:/ {
    for (i = 1; i <= NF; i++) { if ($i ~ /^passed/) p += $(i-1); if ($i ~ /^failed/) f += $(i-1) }
  } END { print p+0, f+0 }' "$log_dir/cargo-test.log")
read -r b_passed b_failed < <(awk '/ bindings: [0-9]+ passed, [0-9]+ failed$/ {
    p += $(NF-3); f += $(NF-1) } END { print p+0, f+0 }' "$log_dir/bindings.log")
read -r d_passed d_failed < <(awk '/^desk browser: [0-9]+ passed, [0-9]+ failed$/ {
    p += $3; f += $5 } END { print p+0, f+0 }' "$log_dir/desk.log")
passed=$((passed + b_passed + d_passed))
failed=$((failed + b_failed + d_failed))
echo
echo "All Waymark checks passed (Rust tests, envelope interop, benchmark smoke run, demo, NGO desk in Chromium, Kotlin/Python/Swift bindings)."
echo "waymark: ${passed} passed, ${failed} failed"
