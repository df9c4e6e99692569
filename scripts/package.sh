#!/usr/bin/env bash
# Builds the installable package (.deb) with the Tauri CLI from the UI's npm dependencies.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
./scripts/build-ui.sh
cd src-tauri
# The UI is built already (above), so the CLI's beforeBuildCommand is skipped.
../ui/node_modules/.bin/tauri build --bundles deb --config '{"build":{"beforeBuildCommand":""}}' "$@"
ls -1 ../target/release/bundle/deb/*.deb
