#!/usr/bin/env bash
# One command from a fresh Debian/Ubuntu machine to a running Liaison: set up, build the UI, start the app.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
./scripts/build-ui.sh
# custom-protocol embeds ui/dist into the binary; without it the app would wait for a dev server.
exec cargo run --quiet --release -p liaison-app --features custom-protocol -- "$@"
