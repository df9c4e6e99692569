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
# Each package must hold both programs; a missing one is a broken release, not a warning.
deb=$(ls -1t ../target/release/bundle/deb/*.deb | head -1)
for bin in ./usr/bin/liaison ./usr/bin/liaison-app; do
  dpkg-deb -c "$deb" | awk '{print $6}' | grep -qx "$bin" || { echo "error: $deb lacks $bin" >&2; exit 1; }
done
ls -1 "$deb" ../target/release/bundle/rpm/*.rpm
