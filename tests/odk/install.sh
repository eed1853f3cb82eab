#!/usr/bin/env bash
# Installs what the ODK oracle and the side-by-side benchmark need, when
# missing, in a cache outside the clone (default ~/.cache/waymark-odk), so a
# fresh clone does not download them again:
#   - the ODK Web Forms engine and jsdom from npm (node_modules),
#   - pyxform from PyPI in a virtualenv (XLSForm → XForm).
# Prints the two paths for `eval`: ODK_NODE_MODULES=… PYXFORM=…
set -euo pipefail
cache=${ODK_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/waymark-odk}
mkdir -p "$cache"
if [ ! -d "$cache/node/node_modules/@getodk/xforms-engine" ] || [ ! -d "$cache/node/node_modules/jsdom" ]; then
  command -v npm >/dev/null || { echo "npm is required (Node 20.19+)" >&2; exit 1; }
  mkdir -p "$cache/node"
  echo '{"name":"waymark-odk-oracle","private":true}' > "$cache/node/package.json"
  (cd "$cache/node" && npm install --no-audit --no-fund --silent \
    @getodk/xforms-engine@0.22.0 jsdom@26 >&2)
fi
if [ ! -x "$cache/venv/bin/xls2xform" ]; then
  python3 -m venv "$cache/venv" >&2
  "$cache/venv/bin/pip" install -q pyxform==4.5.0 >&2
fi
echo "ODK_NODE_MODULES=$cache/node/node_modules"
echo "PYXFORM=$cache/venv/bin/xls2xform"
