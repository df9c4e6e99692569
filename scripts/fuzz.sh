#!/usr/bin/env bash
# Fuzzes every parser of untrusted input (CSV, workbooks, vCard, bundle, the quick-capture line) with
# cargo-fuzz. Default: a short run per target, as CI does. `--runs N` runs N executions per
# target instead (TESTING.md records a 10-million run); `--max-len N` caps the input size. Crashes land in tests/fuzz/artifacts/.
#
# cargo-fuzz needs nightly-only compiler flags; RUSTC_BOOTSTRAP=1 lets the machine's stable
# toolchain accept them (no other toolchain can be fetched here). The sanitizer is off
# (`-s none`): the targets are safe Rust, and coverage-guided fuzzing still finds panics.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=15
runs=""
max_len=""
targets=()
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --max-len) max_len="-max_len=$2"; shift 2 ;;
    -*) echo "usage: scripts/fuzz.sh [--seconds N | --runs N] [--max-len BYTES] [TARGET…]" >&2; exit 2 ;;
    *) targets+=("$1"); shift ;;
  esac
done
[ ${#targets[@]} -eq 0 ] && targets=(capture_line csv_file csv_header workbook_file vcard_file bundle_file)
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked --quiet
export RUSTC_BOOTSTRAP=1
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}/fuzz"
fuzz_dir=tests/fuzz
seeds() {
  case "$1" in
    csv_file) echo tests/fixtures/import tests/fixtures/bad ;;
    vcard_file) echo tests/fixtures/import tests/fixtures/vcard ;;
    csv_header) echo tests/fixtures/bad ;;
    workbook_file) echo tests/fixtures/workbooks ;;
    capture_line) echo tests/fuzz/seeds/capture_line ;;
    *) ;;
  esac
}
cargo fuzz build --fuzz-dir "$fuzz_dir" -s none
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
for t in "${targets[@]}"; do
  corpus="${CARGO_TARGET_DIR}/corpus/$t"
  mkdir -p "$corpus"
  if [ -n "$runs" ]; then limit="-runs=$runs"; else limit="-max_total_time=$seconds"; fi
  # -print_final_stats gives the execution count; a crash makes cargo fuzz fail, and this script.
  if ! cargo fuzz run --fuzz-dir "$fuzz_dir" -s none "$t" "$corpus" $(seeds "$t") -- \
      "$limit" $max_len -print_final_stats=1 >"$log" 2>&1; then
    tail -40 "$log"
    echo "fuzz $t: FAILED (the input is in $fuzz_dir/artifacts/$t/)" >&2
    exit 1
  fi
  printf 'fuzz %-12s %s executions, no crash\n' "$t" \
    "$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)"
done
