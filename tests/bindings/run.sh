#!/usr/bin/env bash
# Builds the host library once (dev profile, like every other test), generates
# the Kotlin, Python and Swift bindings with the workspace's own
# uniffi-bindgen, runs the same scenario in each language, and checks the
# library's size budget. Called by tests/run-all.sh; runnable alone.
#
#   tests/bindings/run.sh [python|kotlin|android_jvm|android_script|swift|size ...]   (default: all)
#
# Installs what is missing (Debian libjna-java, npm kotlin-compiler, a Debian
# trixie chroot with swiftlang: tests/bindings/tools.sh). The Swift step needs
# root (debootstrap, chroot). Prints "<language> bindings: N passed, M failed"
# per language and exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/../.."
source tests/bindings/tools.sh

steps=("$@")
((${#steps[@]})) || steps=(python kotlin android_jvm android_script swift size)

work=target/bindings-test
gen=$work/gen
fixtures=$PWD/tests/bindings/fixtures
mkdir -p "$work"

step() { printf '\n==> %s\n' "$*"; }

# --- The host library and the bindings ----------------------------------------
step "Bindings: building libwaymark.so (dev profile) and generating bindings"
cargo build --locked -q -p waymark-ffi
# Honour CARGO_TARGET_DIR, as cargo does.
build_dir=$(realpath "${CARGO_TARGET_DIR:-target}")/debug
lib=$build_dir/libwaymark.so
rm -rf "$gen"
for language in python kotlin swift; do
  # uniffi-host.toml is merged over bindings/uniffi.toml: Kotlin for a plain
  # JVM (android = false). --no-format: ktlint/swift-format are not needed.
  "$build_dir/uniffi-bindgen" generate --no-format --library "$lib" \
    --config bindings/uniffi-host.toml --language "$language" --out-dir "$gen/$language" >/dev/null
done

# --- The NGO inbox on loopback --------------------------------------------------------
# The scenario of every language sends a report to a real inbox and reads the
# NGO's reply: `waymark inbox serve` (the waymark-inbox server over SQLite) on
# 127.0.0.1, and the NGO's real tools (`waymark-inbox pull` and `reply`,
# driven by ngo_responder.py). Each language test gets the inbox's URL and the
# NGO's signing key as its second and third arguments. Nothing leaves
# loopback; both processes stop when this script exits.
inbox_pid="" responder_pid="" inbox_url="" ngo_key=""
stop_inbox() {
  for pid in $responder_pid $inbox_pid; do
    { kill "$pid" && wait "$pid"; } 2>/dev/null || true
  done
  inbox_pid="" responder_pid=""
}
trap stop_inbox EXIT
start_inbox() {
  step "Bindings: an NGO inbox on 127.0.0.1 and the NGO's tools"
  cargo build --locked -q -p waymark-cli -p waymark-inbox
  local dir=$work/inbox log=$work/inbox.log
  rm -rf "$dir"
  # The key file is thrown away with the folder.
  WAYMARK_INBOX_PASSPHRASE="bindings test inbox $RANDOM$RANDOM"
  export WAYMARK_INBOX_PASSPHRASE
  "$build_dir/waymark" --json inbox serve --dir "$dir" --port 0 >"$log" 2>"$work/inbox.err" &
  inbox_pid=$!
  local i
  for i in $(seq 120); do
    grep -q '"listening"' "$log" 2>/dev/null && break
    kill -0 "$inbox_pid" 2>/dev/null || break
    sleep 0.5
  done
  inbox_url=$(python3 -c 'import json, sys
for line in open(sys.argv[1]):
    if "\"listening\"" in line: print(json.loads(line)["result"]["url"])' "$log")
  case $inbox_url in
    http://127.0.0.1:*) ;;
    *) echo "the inbox did not start:"; cat "$log" "$work/inbox.err"; return 1 ;;
  esac
  ngo_key=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["directory_public_key"])' "$dir/ngo-public.json")
  python3 tests/bindings/ngo_responder.py "$build_dir/waymark-inbox" "$dir" "$inbox_url" >"$work/ngo.log" 2>&1 &
  responder_pid=$!
  echo "inbox at $inbox_url; NGO key $ngo_key"
}
need_inbox() {
  [ -n "$inbox_url" ] || start_inbox
}

# --- Python --------------------------------------------------------------------
run_python() {
  need_inbox || return 1
  step "Bindings: Python"
  cp "$lib" "$gen/python/"
  PYTHONPATH="$gen/python" python3 tests/bindings/python/test_bindings.py "$fixtures" "$inbox_url" "$ngo_key"
}

# --- Kotlin on the JVM -----------------------------------------------------------
run_kotlin() {
  need_inbox || return 1
  step "Bindings: Kotlin on the JVM"
  command -v java >/dev/null 2>&1 || apt_install default-jdk-headless
  apt_install libjna-java
  ensure_kotlinc
  local sources=("$gen/kotlin/org/waymark/ffi/waymark.kt" tests/bindings/kotlin/BindingsTest.kt)
  # kotlinc takes about a minute: reuse the jar while the sources are unchanged.
  local hash jar
  hash=$(cat "${sources[@]}" | sha256sum | cut -c1-16)
  jar=$work/kotlin-$hash.jar
  if [ ! -f "$jar" ]; then
    rm -f "$work"/kotlin-*.jar
    # -d must end in .jar for kotlinc to write a jar.
    "$KOTLINC" -nowarn "${sources[@]}" -cp /usr/share/java/jna.jar -d "$work/partial.jar" || return 1
    mv "$work/partial.jar" "$jar"
  fi
  java -Djna.library.path="$(dirname "$lib")" \
    -cp "$jar:/usr/share/java/jna.jar:$KOTLIN_LIB/kotlin-stdlib.jar" BindingsTestKt "$fixtures" "$inbox_url" "$ngo_key"
}

# --- The Android glue's JVM unit tests -----------------------------------------------
# The parts of android/ that decide something (network facts with VPNs,
# scheduling and follow-ups, the worker's sync run against the real library,
# certificate-pinned panic trust and the off-thread wipe, the key store's
# errors and derivation over a stand-in for the Keystore) are plain Kotlin:
# compiled here with kotlinc against the host bindings and run with JUnit 4.
# The rest needs the Android SDK (Android Studio).
run_android_jvm() {
  step "Bindings: Android glue, JVM unit tests"
  apt_install junit4 libjna-java
  ensure_kotlinc
  local glue=android/waymark/src/main/kotlin/org/waymark/android
  local sources=("$gen/kotlin/org/waymark/ffi/waymark.kt" "$glue/NetworkFactsMapping.kt"
    "$glue/SyncTiming.kt" "$glue/SyncRun.kt" "$glue/SyncPlan.kt" "$glue/PanicTrust.kt" "$glue/HardwareKeyStore.kt"
    android/waymark/src/test/kotlin/org/waymark/android/GlueLogicTest.kt
    android/waymark/src/test/kotlin/org/waymark/android/KeyStoreGlueTest.kt)
  local hash jar cp=/usr/share/java/junit4.jar:/usr/share/java/hamcrest-core.jar:/usr/share/java/jna.jar
  hash=$(cat "${sources[@]}" | sha256sum | cut -c1-16)
  jar=$work/android-jvm-$hash.jar
  if [ ! -f "$jar" ]; then
    rm -f "$work"/android-jvm-*.jar
    "$KOTLINC" -nowarn "${sources[@]}" -cp "$cp" -d "$work/partial.jar" || return 1
    mv "$work/partial.jar" "$jar"
  fi
  local out
  out=$(java -Djna.library.path="$(dirname "$lib")" -cp "$jar:$cp:$KOTLIN_LIB/kotlin-stdlib.jar" \
    org.junit.runner.JUnitCore org.waymark.android.GlueLogicTest org.waymark.android.KeyStoreGlueTest 2>&1) ||
    { echo "$out"; return 1; }
  local n
  n=$(echo "$out" | sed -n 's/^OK (\([0-9]*\) tests)$/\1/p')
  echo "$out" | tail -3
  echo "android-jvm bindings: ${n:-0} passed, 0 failed"
}

# --- android/build-rust.sh without an NDK ------------------------------------------------
# Which build step gets which flags (16 KB pages for the Android targets only,
# the host build's cache kept), with stand-in cargo-ndk and NDK tools.
run_android_script() {
  step "Bindings: android/build-rust.sh flags"
  tests/bindings/android_build_script.sh
}

# --- Swift in a Debian trixie chroot ----------------------------------------------
run_swift() {
  need_inbox || return 1
  step "Bindings: Swift (Linux, swiftlang in a Debian trixie chroot)"
  ensure_swift_chroot
  local inside=/waymark-bindings-test
  local dir=$SWIFT_ROOT$inside
  rm -rf "$dir" && mkdir -p "$dir"
  # The iOS package's platform-free glue is compiled in too (the rest needs
  # UIKit/Security: Xcode).
  local glue=ios/Sources/Waymark
  cp "$gen"/swift/* tests/bindings/swift/main.swift "$lib" "$dir/"
  local glue_files=(UserMessage.swift NetworkFactsMapping.swift SyncTiming.swift SyncRun.swift
    BackgroundTaskCompletion.swift VaultLocation.swift HardwareKeyStore.swift)
  for f in "${glue_files[@]}"; do cp "$glue/$f" "$dir/"; done
  cp -r "$fixtures" "$dir/fixtures"
  in_swift_chroot sh -c "cd $inside && swiftc -module-name waymark -I . -L . -lwaymark \
      -Xcc -fmodule-map-file=$inside/waymarkFFI.modulemap waymark.swift ${glue_files[*]} main.swift -o run-tests \
      && LD_LIBRARY_PATH=. ./run-tests fixtures $inbox_url $ngo_key"
}

# --- Size budget -------------------------------------------------------------------
# The stripped dev-profile library (dependencies at opt-level 3, as in every
# test) is the tracked number: building a release library here would compile
# every crate a second time. It moves with the release size (see
# docs/PERFORMANCE.md for both).
run_size() {
  step "Bindings: size budget"
  local stripped=$work/libwaymark.stripped.so budget size limit
  strip --strip-unneeded -o "$stripped" "$lib"
  size=$(stat -c %s "$stripped")
  budget=$(grep -v '^#' bindings/size-budget.txt | head -1 | tr -d ' ')
  limit=$((budget + budget / 10))
  echo "stripped libwaymark.so (dev profile): $size bytes; budget $budget bytes; limit +10% = $limit"
  if [ "$size" -gt "$limit" ]; then
    echo "FAILED: the library grew more than 10% over bindings/size-budget.txt."
    echo "If the growth is worth it, update the budget and docs/PERFORMANCE.md in the same commit."
    return 1
  fi
  echo "size bindings: 1 passed, 0 failed"
}

status=0
for s in "${steps[@]}"; do
  "run_$s" || { echo "FAILED: bindings step $s"; status=1; }
done
exit $status
