#!/usr/bin/env bash
# One command that sets up the machine and runs every test: Rust (core, CLI, IPC), UI unit tests,
# and end-to-end tests of the real app window under Xvfb. `.ci/run` calls exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
./scripts/build-ui.sh

# One build serves everything: nextest builds the test targets and, for packages with integration
# tests, their binaries — the app binary the e2e tests launch included. A separate `cargo build`
# would compile Tauri a second time without the test feature. custom-protocol makes the binary
# serve the embedded UI instead of waiting for a dev server.
step() { printf '\n== %s\n' "$*"; }

# A real keychain for the tests and the e2e app: gnome-keyring's Secret Service in a private
# D-Bus session, with a throw-away HOME so no developer's own keyring is read or written. The
# keychain tests skip only without a D-Bus session, so here they always run.
keyring_home="$(mktemp -d)"
trap 'rm -rf "$keyring_home"' EXIT
mkdir -m 700 "$keyring_home/run"
export RUSTUP_HOME="${RUSTUP_HOME:-$HOME/.rustup}" CARGO_HOME="${CARGO_HOME:-$HOME/.cargo}"
with_keyring() {
  HOME="$keyring_home" XDG_DATA_HOME="$keyring_home/data" XDG_RUNTIME_DIR="$keyring_home/run" \
    dbus-run-session -- sh -c \
    'echo -n test | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"' \
    with_keyring "$@"
}

step "Rust: core, CLI and IPC tests (with a real Secret Service)"
# The CLI tests run the real `liaison` binary; building it once here spares each test a cargo call.
cargo build --quiet -p liaison-cli
export LIAISON_BIN="${CARGO_TARGET_DIR:-$PWD/target}/debug/liaison"
with_keyring cargo nextest run --workspace --features liaison-app/custom-protocol --no-fail-fast --status-level fail --final-status-level slow

step "UI: type check, unit tests, browser flows and the CSP check"
# The flows drive the UI against the development backend (crates/devserver: the shell's real
# commands over the real core), whose binary the Rust step above built with the same features.
(cd ui && npm run check --silent && npm test --silent)
if [ -x /usr/bin/chromium ]; then
  (cd ui && npm run test:ui --silent)
else
  echo "skipped: UI browser flows need /usr/bin/chromium (Debian package 'chromium')"
fi

step "End-to-end: the real app under Xvfb through tauri-driver"
# The app opens its book with a key from the keychain, so it runs inside the same keyring session.
with_keyring xvfb-run -a -s '-screen 0 1280x800x24' node --test --test-concurrency=1 tests/e2e/

step "Fuzzing: a short run of every parser target (scripts/fuzz.sh; TESTING.md has the long runs)"
./scripts/fuzz.sh --seconds 15
