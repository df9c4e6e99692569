#!/usr/bin/env bash
# Measures the release app in its real WebKit window against a minimal Tauri 2 window, alternated,
# under Xvfb through tauri-driver (issue 17's budget), and the network view of 10,000 nodes (issue
# 16); BENCHMARKS.md, "The real window", says what each figure means and lists every knob:
# LIAISON_BENCH_DB (a big book to copy; never modified), LIAISON_BENCH_PASSPHRASE,
# LIAISON_BENCH_RUNS (5), LIAISON_BENCH_IDLE_SECONDS (10), LIAISON_BENCH_PEOPLE (2000, the
# generated book when no LIAISON_BENCH_DB), LIAISON_BENCH_GRAPH_NODES (10000),
# LIAISON_BENCH_BUILD=0 to use the binaries as built, LIAISON_BENCH_ONLY=idle for the launches and
# idle figures only, LIAISON_BENCH_ONLY=graph for the graph's figures only, LIAISON_BENCH_ONLY=big
# for the big book's only (searches, person pages, memory after browsing), LIAISON_BENCH_APP=path
# to measure another build of the app (an A/B),
# LIAISON_BENCH_GRAPH_SHOTS=1 (the graph's screenshots, light and dark), LIAISON_BENCH_GRAPH_QUICK=1
# (the graph's first paint and ties drawn only: no gestures, no wait for the layout),
# LIAISON_BENCH_STEPS=1 (each search key's steps in the page: input, requests, DOM, frames),
# LIAISON_BENCH_THREADS=1 (which threads used the idle ticks), LIAISON_BENCH_PERF=DIR (each idle
# window sampled by perf into DIR; LIAISON_BENCH_PERF_DWARF=1 for DWARF call stacks). Exits 1 when a figure
# could not be taken.
set -euo pipefail
cd "$(dirname "$0")/.."
# The machine's packages, the toolchain and the UI's dependencies, as the README's two commands
# set them up (idempotent and quiet): a fresh clone benches as it is, and python3 reads the idle
# windows' exact CPU time (bench-app/procs.mjs).
./scripts/setup.sh
if [ "${LIAISON_BENCH_BUILD:-1}" != 0 ]; then
  ./scripts/build-ui.sh
  # Both windows with the same profile and features in one build: the app as shipped
  # (custom-protocol serves the embedded UI) and the floor built the same way; the command line
  # makes the bench's books (a passphrase book, the graph's 10,000 people).
  cargo build --release --locked -q -p liaison-app -p minimal-window -p liaison-cli \
    --features liaison-app/custom-protocol,minimal-window/custom-protocol
fi
# A new book keeps its key in the keychain, as on a desktop: gnome-keyring's Secret Service in a
# private D-Bus session with a throw-away HOME, as scripts/test.sh runs the e2e tests.
keyring_home="$(mktemp -d)"
trap 'rm -rf "$keyring_home"' EXIT
mkdir -m 700 "$keyring_home/run"
export RUSTUP_HOME="${RUSTUP_HOME:-$HOME/.rustup}" CARGO_HOME="${CARGO_HOME:-$HOME/.cargo}"
HOME="$keyring_home" XDG_DATA_HOME="$keyring_home/data" XDG_RUNTIME_DIR="$keyring_home/run" \
  dbus-run-session -- sh -c \
  'echo -n bench | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"' \
  bench xvfb-run -a -s '-screen 0 1280x800x24' node scripts/bench-app.mjs
