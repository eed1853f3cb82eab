#!/usr/bin/env bash
# The NGO desk in a real browser: headless Chromium (Debian's `chromium` and
# `chromium-driver`) driven through WebDriver by Selenium, against a real
# inbox and a real desk on 127.0.0.1 (tests/desk/browser_test.py says what
# it checks). Installs what it needs when missing; no browser is downloaded
# from anywhere but Debian's archive.
#
#   tests/desk/run.sh [SCREENSHOT_DIR]     (default: target/desk-screenshots)
#
# Prints "desk browser: N passed, N failed" and exits non-zero on a failure.
set -euo pipefail
cd "$(dirname "$0")/../.."

sudo_cmd=""
[ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
if ((${#missing[@]})); then
  echo "Installing: ${missing[*]}"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}"
fi

# Selenium from PyPI, in a virtualenv kept under target/ (like pyhpke's).
venv=target/desk-venv
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv" 2>/dev/null || {
    rm -rf "$venv"
    $sudo_cmd apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq python3-venv
    python3 -m venv "$venv"
  }
fi
"$venv/bin/python" -c 'import selenium' 2>/dev/null || "$venv/bin/python" -m pip install -q 'selenium>=4.11,<5'

cargo build --locked -q -p waymark-cli -p waymark-inbox
bin_dir="${CARGO_TARGET_DIR:-target}/debug"
shots="${1:-target/desk-screenshots}"
# Selenium must use the drivers named here and never look for others online.
export SE_OFFLINE=true
"$venv/bin/python" tests/desk/browser_test.py "$bin_dir" "$shots"
