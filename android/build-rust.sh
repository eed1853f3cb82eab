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
# every LOAD segment aligned to 16 KB. NDK r27 does this for arm64 already;
# saying it for every ABI keeps it true on older NDKs.
export RUSTFLAGS="${RUSTFLAGS:-} -C link-arg=-Wl,-z,max-page-size=16384 -C link-arg=-Wl,-z,common-page-size=16384"

target_args=()
for abi in "${abis[@]}"; do target_args+=(-t "$abi"); done

# Release profile (size-tuned, panic = unwind so panics become errors).
# SQLCipher links a vendored OpenSSL: Android has no system libcrypto.
rm -rf "$out/jniLibs.unstripped" "$out/jniLibs" "$out/kotlin"
cargo ndk "${target_args[@]}" --platform "$min_sdk" --no-strip -o "$out/jniLibs.unstripped" \
  build --locked --release -p waymark-ffi --lib --no-default-features --features vendored-openssl

# Bindings come from the unstripped library: library-mode bindgen reads the
# uniffi metadata symbols, which stripping removes. The host bindgen binary is
# the workspace's own, so its uniffi version matches the library's.
cargo build --locked --release -p waymark-ffi --bin uniffi-bindgen
"$root/target/release/uniffi-bindgen" generate --no-format \
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
