#!/usr/bin/env bash
# Builds libwaymark.so for Android and generates its Kotlin bindings.
#
#   android/build-rust.sh OUT_DIR
#
# Writes OUT_DIR/jniLibs/<abi>/libwaymark.so (stripped, 16 KB page aligned)
# and OUT_DIR/kotlin/org/waymark/ffi/waymark.kt. Called by the Gradle task
# `buildRust` (waymark/build.gradle.kts); runnable alone.
#
# Needs on the developer's machine (none of it exists on the project's Linux
# test machines, so this script is not run there):
#   rustup target add aarch64-linux-android armv7-linux-androideabi x86_64-linux-android
#   cargo install cargo-ndk          (v3 or later)
#   the Android NDK r27+             (ANDROID_NDK_HOME, or the SDK's ndk/ folder)
set -euo pipefail
mkdir -p "${1:?usage: build-rust.sh OUT_DIR}"
out=$(cd "$1" && pwd)
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

abis=(arm64-v8a armeabi-v7a x86_64)
min_sdk=26

command -v cargo-ndk >/dev/null 2>&1 || { echo "cargo-ndk is missing: cargo install cargo-ndk" >&2; exit 1; }
if [ -z "${ANDROID_NDK_HOME:-}" ]; then
  sdk=${ANDROID_HOME:-${ANDROID_SDK_ROOT:-$HOME/Android/Sdk}}
  ANDROID_NDK_HOME=$(ls -d "$sdk"/ndk/* 2>/dev/null | sort -V | tail -1 || true)
  export ANDROID_NDK_HOME
fi
[ -d "${ANDROID_NDK_HOME:-}" ] || { echo "Android NDK not found: set ANDROID_NDK_HOME" >&2; exit 1; }
strip_tool=$(ls "$ANDROID_NDK_HOME"/toolchains/llvm/prebuilt/*/bin/llvm-strip | head -1)
readelf_tool=$(ls "$ANDROID_NDK_HOME"/toolchains/llvm/prebuilt/*/bin/llvm-readelf | head -1)

# 16 KB pages (Android 15+ devices, required by Google Play for new apps):
# every LOAD segment aligned to 16 KB. Recent NDKs and cargo-ndk do this for
# the 64-bit ABIs already; saying it for every ABI keeps it true everywhere.
#
# Only for the Android targets: cargo's per-target CARGO_TARGET_<TRIPLE>_RUSTFLAGS
# reach nothing else, so the host build of uniffi-bindgen below (and build
# scripts) get no `-z` linker options (Apple's linker has none) and keep the
# flags of the developer's own builds, so cargo reuses their cache. Cargo
# ignores the per-target variables while RUSTFLAGS or CARGO_ENCODED_RUSTFLAGS
# is set, so a RUSTFLAGS of the developer's is folded into them and unset
# for the cargo-ndk build only.
page_flags="-C link-arg=-Wl,-z,max-page-size=16384 -C link-arg=-Wl,-z,common-page-size=16384"
triple_of() {
  case $1 in
    arm64-v8a) echo aarch64-linux-android ;;
    armeabi-v7a) echo armv7-linux-androideabi ;;
    x86_64) echo x86_64-linux-android ;;
    *) echo "unknown ABI $1" >&2; return 1 ;;
  esac
}
if [ -n "${CARGO_ENCODED_RUSTFLAGS:-}" ]; then
  echo "CARGO_ENCODED_RUSTFLAGS is set: it would replace the 16 KB page flags; use RUSTFLAGS instead" >&2
  exit 1
fi
target_args=() target_env=()
for abi in "${abis[@]}"; do
  target_args+=(-t "$abi")
  triple=$(triple_of "$abi")
  var=CARGO_TARGET_$(echo "$triple" | tr 'a-z-' 'A-Z_')_RUSTFLAGS
  target_env+=("$var=${!var:-} ${RUSTFLAGS:-} $page_flags")
done

# Release profile (size-tuned, panic = unwind so panics become errors).
# SQLCipher links a vendored OpenSSL: Android has no system libcrypto.
rm -rf "$out/jniLibs.unstripped" "$out/jniLibs" "$out/kotlin"
env -u RUSTFLAGS "${target_env[@]}" \
  cargo ndk "${target_args[@]}" --platform "$min_sdk" --no-strip -o "$out/jniLibs.unstripped" \
  build --locked --release -p waymark-ffi --lib --no-default-features --features vendored-openssl

# Bindings come from the unstripped library: library-mode bindgen reads the
# uniffi metadata symbols, which stripping removes. The host bindgen binary is
# the workspace's own, so its uniffi version matches the library's.
cargo build --locked --release -p waymark-ffi --bin uniffi-bindgen
"${CARGO_TARGET_DIR:-$root/target}/release/uniffi-bindgen" generate --no-format \
  --library "$out/jniLibs.unstripped/arm64-v8a/libwaymark.so" \
  --language kotlin --out-dir "$out/kotlin"
grep -q '^import android.os.Build' "$out/kotlin/org/waymark/ffi/waymark.kt" ||
  { echo "expected Android-flavoured bindings (bindings/uniffi.toml: android = true)" >&2; exit 1; }

# Then strip, and check the page alignment of what ships.
for abi in "${abis[@]}"; do
  mkdir -p "$out/jniLibs/$abi"
  "$strip_tool" --strip-unneeded -o "$out/jniLibs/$abi/libwaymark.so" "$out/jniLibs.unstripped/$abi/libwaymark.so"
  if "$readelf_tool" -lW "$out/jniLibs/$abi/libwaymark.so" | awk '$1 == "LOAD" && $NF != "0x4000" { bad = 1 } END { exit !bad }'; then
    echo "$abi: a LOAD segment is not 16 KB aligned" >&2
    exit 1
  fi
  printf '%-12s %9d bytes (stripped)\n' "$abi" "$(stat -c %s "$out/jniLibs/$abi/libwaymark.so" 2>/dev/null || stat -f %z "$out/jniLibs/$abi/libwaymark.so")"
done
rm -rf "$out/jniLibs.unstripped"
