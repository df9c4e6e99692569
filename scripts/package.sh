#!/usr/bin/env bash
# Builds the installable packages (.deb and .rpm) with the Tauri CLI from the UI's npm dependencies;
# each installs the app and, beside it, the `liaison` command line (/usr/bin/liaison).
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
./scripts/build-ui.sh
# The command line goes into both packages (tauri.conf.json: bundle.linux.*.files), so it is
# built first, with the same release profile.
cargo build --release --locked -q -p liaison-cli
cd src-tauri
# The UI is built already (above), so the CLI's beforeBuildCommand is skipped.
../ui/node_modules/.bin/tauri build --bundles deb,rpm --config '{"build":{"beforeBuildCommand":""}}' "$@"
# Each package must hold both programs and register liaison:// links; a missing one is a broken
# release, not a warning.
cd ..
./scripts/check-packages.sh
