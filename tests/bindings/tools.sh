# Shared by the per-language binding tests: where tools are cached, and how
# to install what is missing. Sourced, not run.
#
# Tools live in a well-known folder outside the work tree, so a fresh clone
# (CI) on the same machine reuses them: the Kotlin compiler (~100 MB) and the
# Swift chroot (~1.5 GB) are installed once per machine, not per checkout.
# Override with WAYMARK_TOOLS_DIR.

if [ "$(id -u)" -eq 0 ]; then
  tools_dir=${WAYMARK_TOOLS_DIR:-/var/cache/waymark-bindings}
  sudo_cmd=""
else
  tools_dir=${WAYMARK_TOOLS_DIR:-$HOME/.cache/waymark-bindings}
  sudo_cmd="sudo"
fi
mkdir -p "$tools_dir"

# One install at a time: two test runs on one machine (a developer's and a
# clean clone's) would otherwise both delete and rebuild the same folder.
# Held until tools_unlock, or until the shell exits.
tools_lock() { exec 9>"$tools_dir/.install.lock" && flock 9; }
tools_unlock() { flock -u 9 2>/dev/null || true; }

KOTLIN_VERSION=2.4.20
SWIFT_SUITE=trixie

apt_install() {
  # Installs the Debian packages given, once, quietly.
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  ((${#missing[@]})) || return 0
  echo "Installing: ${missing[*]}"
  # Wait for another apt run (a second test run) instead of failing.
  $sudo_cmd apt-get -o DPkg::Lock::Timeout=600 update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get -o DPkg::Lock::Timeout=600 install -y -qq "${missing[@]}" >/dev/null
}

# kotlinc from the npm package (JetBrains' own compiler, JVM target).
ensure_kotlinc() {
  local dir="$tools_dir/kotlin-compiler-$KOTLIN_VERSION"
  [ -x "$dir/package/bin/kotlinc" ] || tools_lock
  if [ ! -x "$dir/package/bin/kotlinc" ]; then
    command -v npm >/dev/null 2>&1 || apt_install npm
    rm -rf "$dir" && mkdir -p "$dir"
    (cd "$dir" && npm pack --silent "kotlin-compiler@$KOTLIN_VERSION" >/dev/null && tar xzf kotlin-compiler-*.tgz && rm -f kotlin-compiler-*.tgz)
    chmod +x "$dir"/package/bin/*
  fi
  tools_unlock
  KOTLINC="$dir/package/bin/kotlinc"
  KOTLIN_LIB="$dir/package/lib"
}

# Debian trixie with swiftlang 6.0, in a chroot (BRIEF §8). Needs root.
ensure_swift_chroot() {
  SWIFT_ROOT="$tools_dir/swift-$SWIFT_SUITE"
  if [ -x "$SWIFT_ROOT/usr/bin/swiftc" ]; then return 0; fi
  [ "$(id -u)" -eq 0 ] || { echo "The Swift test needs root (debootstrap, chroot)"; return 1; }
  tools_lock
  # Another run may have installed it while this one waited.
  if [ -x "$SWIFT_ROOT/usr/bin/swiftc" ]; then tools_unlock; return 0; fi
  apt_install debootstrap
  rm -rf "$SWIFT_ROOT"
  debootstrap --variant=minbase "$SWIFT_SUITE" "$SWIFT_ROOT" >"$tools_dir/debootstrap.log" 2>&1 ||
    { tail -20 "$tools_dir/debootstrap.log"; return 1; }
  in_swift_chroot sh -c 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends swiftlang libc6-dev libstdc++-14-dev >/dev/null'
  tools_unlock
  [ -x "$SWIFT_ROOT/usr/bin/swiftc" ]
}

# Runs a command inside the chroot, with /proc mounted in a private mount
# namespace: it disappears with the command, so nothing is left mounted.
in_swift_chroot() {
  unshare --mount --fork sh -c '
    root=$1; shift
    mount -t proc proc "$root/proc"
    mount --rbind /dev "$root/dev"
    exec chroot "$root" env -i PATH=/usr/local/bin:/usr/bin:/bin HOME=/root LANG=C.UTF-8 "$@"
  ' sh "$SWIFT_ROOT" "$@"
}
