#!/usr/bin/env bash
# Coverage-guided fuzz campaigns (a benchmark, not part of the test command).
#
#   tests/fuzz-campaign.sh [SECONDS_PER_TARGET] [TARGET...]
#
# Runs each cargo-fuzz target of fuzz/ (default: all, 600 s each) on nightly,
# one at a time and niced, on a corpus kept outside the clone
# (${WAYMARK_FUZZ_CORPUS:-~/.cache/waymark-fuzz}/<target>, seeded from
# fuzz/seeds). Prints one table row per target for docs/fuzzing.md: the
# executions libFuzzer reports and the crashes it found. Every crashing input
# is copied to fuzz/regressions/<target>/, which the stable replay
# (cli/tests/fuzz_corpus.rs) then runs in every test run. Exits non-zero when
# any target crashed.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-600}
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(expression questionnaire_toml import_xlsform import_xform vault_header endpoint
    inbox_answers crisis_text)
fi
corpus_root=${WAYMARK_FUZZ_CORPUS:-$HOME/.cache/waymark-fuzz}

rustup toolchain list | grep -q '^nightly' || rustup toolchain install nightly --profile minimal
command -v cargo-fuzz >/dev/null 2>&1 || cargo install -q --locked cargo-fuzz

echo "| target | date | executions | time | crashes |"
echo "|---|---|---|---|---|"
status=0
for target in "${targets[@]}"; do
  corpus="$corpus_root/$target"
  mkdir -p "$corpus"
  cp -n "fuzz/seeds/$target/"* "$corpus/"
  log=$(mktemp)
  artifacts=$(mktemp -d)
  # libFuzzer stops at the first crash; fix it and run the target again.
  (cd fuzz && nice -n 19 cargo +nightly fuzz run "$target" "$corpus" -- \
      -max_total_time="$seconds" -rss_limit_mb=2048 -artifact_prefix="$artifacts/" \
      -print_final_stats=1) >"$log" 2>&1 || true
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
  crashes=$(find "$artifacts" -type f | wc -l)
  if [ "$crashes" -gt 0 ]; then
    mkdir -p "fuzz/regressions/$target"
    cp "$artifacts"/* "fuzz/regressions/$target/"
    status=1
  fi
  if [ -z "$runs" ]; then
    echo "| \`$target\` | $(date +%F) | did not run (see $log) | ${seconds} s | ? |"
    status=1
    continue
  fi
  echo "| \`$target\` | $(date +%F) | $runs | ${seconds} s | $crashes |"
  rm -rf "$log" "$artifacts"
done
exit $status
