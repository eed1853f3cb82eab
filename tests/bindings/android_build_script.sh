#!/usr/bin/env bash
# Runs android/build-rust.sh without an NDK: stand-in `cargo`, `cargo-ndk`
# and NDK tools (llvm-strip, llvm-readelf) on PATH record the environment
# each build step gets. Checks that the 16 KB page-size linker flags reach
# the three Android targets only, never the host build of uniffi-bindgen
# (Apple's linker has no `-z` options), that a developer's own RUSTFLAGS
# reach both, and, with the real cargo, that the host build's cache is used
# as it is (every unit "Fresh").
#
#   tests/bindings/android_build_script.sh [SCRIPT]   (default: android/build-rust.sh)
#
# Called by tests/bindings/run.sh (step android_script) after it built
# waymark-ffi in the dev profile. Prints "android-script bindings: N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
script=${1:-android/build-rust.sh}
real_cargo=$(command -v cargo)
real_target=$(realpath "${CARGO_TARGET_DIR:-target}")

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
bin=$tmp/bin ndk=$tmp/ndk/toolchains/llvm/prebuilt/test-host/bin log=$tmp/log
mkdir -p "$bin" "$ndk" "$log"

# Records the flags-related environment of one step, one variable a line.
cat >"$bin/record-env" <<'EOF'
#!/usr/bin/env bash
{
  [ -n "${RUSTFLAGS+x}" ] && printf 'RUSTFLAGS=%s\n' "$RUSTFLAGS"
  [ -n "${CARGO_ENCODED_RUSTFLAGS+x}" ] && printf 'CARGO_ENCODED_RUSTFLAGS=%s\n' "$CARGO_ENCODED_RUSTFLAGS"
  env | grep '^CARGO_TARGET_.*_RUSTFLAGS=' | sort
} >"$1"
EOF

# `cargo ndk …` and `cargo build … --bin uniffi-bindgen`.
cat >"$bin/cargo" <<'EOF'
#!/usr/bin/env bash
set -euo pipefail
if [ "$1" = ndk ]; then
  record-env "$TEST_LOG/ndk.env"
  shift
  out="" abis=()
  while [ $# -gt 0 ]; do
    case $1 in
      -t) abis+=("$2"); shift 2 ;;
      -o) out=$2; shift 2 ;;
      *) shift ;;
    esac
  done
  for abi in "${abis[@]}"; do mkdir -p "$out/$abi" && echo "lib $abi" >"$out/$abi/libwaymark.so"; done
  exit 0
fi
record-env "$TEST_LOG/host.env"
# The real cargo, in the environment the script gave this step, on the dev
# build tests/bindings/run.sh made: every unit must be Fresh.
if [ "${TEST_REAL_CARGO:-}" = 1 ] && ! grep -q -- '-z' "$TEST_LOG/host.env"; then
  CARGO_TARGET_DIR=$REAL_TARGET "$REAL_CARGO" build --locked -v -p waymark-ffi --bin uniffi-bindgen \
    >"$TEST_LOG/host.out" 2>&1 || echo "real cargo failed" >>"$TEST_LOG/host.out"
fi
mkdir -p "$CARGO_TARGET_DIR/release"
cat >"$CARGO_TARGET_DIR/release/uniffi-bindgen" <<'BINDGEN'
#!/usr/bin/env bash
while [ $# -gt 0 ]; do [ "$1" = --out-dir ] && out=$2; shift; done
mkdir -p "$out/org/waymark/ffi" && echo 'import android.os.Build' >"$out/org/waymark/ffi/waymark.kt"
BINDGEN
chmod +x "$CARGO_TARGET_DIR/release/uniffi-bindgen"
EOF

printf '#!/bin/sh\nexit 0\n' >"$bin/cargo-ndk"
# llvm-strip --strip-unneeded -o OUT IN
printf '#!/bin/sh\ncp "$4" "$3"\n' >"$ndk/llvm-strip"
# Every LOAD segment 16 KB aligned.
printf '#!/bin/sh\necho "  LOAD 0x000000 0x0 0x0 0x1000 0x1000 R E 0x4000"\n' >"$ndk/llvm-readelf"
chmod +x "$bin"/* "$ndk"/*

passed=0 failed=0
ok() { passed=$((passed + 1)); echo "ok - android-script: $1"; }
fail() { failed=$((failed + 1)); echo "FAILED - android-script: $1"; }
check() { if eval "$2"; then ok "$1"; else fail "$1"; fi; }

run_script() {
  rm -rf "$log"/* "$tmp/out" "$tmp/target"
  env PATH="$bin:$PATH" ANDROID_NDK_HOME="$tmp/ndk" TEST_LOG="$log" REAL_CARGO="$real_cargo" \
    REAL_TARGET="$real_target" CARGO_TARGET_DIR="$tmp/target" "$@" bash "$script" "$tmp/out" >"$log/script.out" 2>&1
}

# A developer with no flags of their own: the host build's environment is
# theirs, untouched, so the real cargo finds everything already built.
run_script TEST_REAL_CARGO=1
status=$?
check "the script succeeds with stand-in tools" '[ $status -eq 0 ] || { cat "$log/script.out"; false; }'
check "the host build gets no flags at all" '[ -f "$log/host.env" ] && [ ! -s "$log/host.env" ]'
check "the host build reuses cargo's cache (every unit Fresh)" \
  '[ -f "$log/host.out" ] && grep -q "Fresh waymark-ffi" "$log/host.out" && ! grep -Eq "^ *(Compiling|Running|Dirty)|real cargo failed" "$log/host.out" ||
   { tail -20 "$log/host.out" 2>/dev/null; false; }'

# A developer with RUSTFLAGS of their own.
user_flags="--cfg waymark_user_flag"
run_script RUSTFLAGS="$user_flags"
status=$?
check "the script succeeds with the developer's RUSTFLAGS" '[ $status -eq 0 ] || { cat "$log/script.out"; false; }'
check "the host build gets no -z linker flags" '[ -f "$log/host.env" ] && ! grep -q -- "-z" "$log/host.env"'
check "the host build keeps the developer's RUSTFLAGS as they were" \
  'grep -qx "RUSTFLAGS=$user_flags" "$log/host.env" && ! grep -q "^CARGO_TARGET_" "$log/host.env"'
check "the cargo-ndk build has no global RUSTFLAGS (cargo would ignore the per-target ones)" \
  '[ -f "$log/ndk.env" ] && ! grep -q "^RUSTFLAGS=" "$log/ndk.env" && ! grep -q "^CARGO_ENCODED_RUSTFLAGS=" "$log/ndk.env"'
for triple in AARCH64_LINUX_ANDROID ARMV7_LINUX_ANDROIDEABI X86_64_LINUX_ANDROID; do
  check "$triple gets the 16 KB page flags and the developer's flags" \
    "grep -q '^CARGO_TARGET_${triple}_RUSTFLAGS=.*$user_flags.*max-page-size=16384' '$log/ndk.env'"
done
check "no other target gets the page flags" '[ "$(grep -c "^CARGO_TARGET_" "$log/ndk.env")" -eq 3 ]'
check "the stripped libraries and the bindings are where Gradle looks" \
  '[ -f "$tmp/out/jniLibs/arm64-v8a/libwaymark.so" ] && [ -f "$tmp/out/jniLibs/armeabi-v7a/libwaymark.so" ] &&
   [ -f "$tmp/out/jniLibs/x86_64/libwaymark.so" ] && [ -f "$tmp/out/kotlin/org/waymark/ffi/waymark.kt" ] &&
   [ ! -d "$tmp/out/jniLibs.unstripped" ]'

run_script CARGO_ENCODED_RUSTFLAGS="-Copt-level=s"
status=$?
check "CARGO_ENCODED_RUSTFLAGS (which would drop the page flags) is refused clearly" \
  '[ $status -ne 0 ] && grep -q "CARGO_ENCODED_RUSTFLAGS is set" "$log/script.out" && [ ! -f "$log/ndk.env" ]'

echo "android-script bindings: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
