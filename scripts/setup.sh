#!/usr/bin/env bash
# Prepares a Debian/Ubuntu machine to build, run and test Liaison. Idempotent and quiet: each step
# checks first and does nothing when already done. Needs only the package registries.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf 'setup: %s\n' "$*"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# --- system packages (WebKitGTK for the window; Xvfb, the WebDriver and a keyring for tests) ---
APT_PACKAGES=(
  build-essential pkg-config file curl
  libwebkit2gtk-4.1-dev libgtk-3-dev librsvg2-dev libayatana-appindicator3-dev libssl-dev libxdo-dev
  xvfb xauth webkit2gtk-driver dbus gnome-keyring libdbus-1-dev
  # Third-party readers of our exports (tests/core/export_thirdparty.rs, vcard_clients.rs; by
  # /usr/bin/python3).
  python3 python3-icalendar python3-vobject
)
# Browser flow tests of the UI use Debian's Chromium (on Ubuntu the package is a snap shim, so
# there they are skipped with a message instead).
if grep -q '^ID=debian' /etc/os-release 2>/dev/null; then APT_PACKAGES+=(chromium); fi
# The workbook fixtures (tests/fixtures/workbooks) are written by independent libraries that write
# the real formats: scripts/fixtures/workbooks.py runs on Debian's Python with these.
APT_PACKAGES+=(python3-openpyxl python3-xlwt python3-odf)
# The desktop e2e tests (tests/e2e/desktop.test.mjs) find windows with xwininfo and press a global
# shortcut through XTEST (tests/e2e/lib/x11.py, by ctypes).
APT_PACKAGES+=(x11-utils libxtst6)
missing=()
for p in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  say "installing system packages: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# --- toolchains: these cannot be fetched by a script here, so say clearly what is missing ---
command -v cargo >/dev/null || { echo "setup: Rust is required (https://rustup.rs), then re-run" >&2; exit 1; }
command -v node >/dev/null || { echo "setup: Node.js 20.19+ is required, then re-run" >&2; exit 1; }
node -e 'const [a,b]=process.versions.node.split(".").map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)' \
  || { echo "setup: Node.js 20.19 or newer is required (found $(node --version))" >&2; exit 1; }

# --- cargo tools used by the tests ---
if ! command -v cargo-nextest >/dev/null; then
  say "installing cargo-nextest"
  cargo install cargo-nextest --locked --quiet
fi
if ! command -v tauri-driver >/dev/null; then
  say "installing tauri-driver"
  cargo install tauri-driver --locked --quiet
fi

# --- UI dependencies: re-install only when the lockfile changed since the last install ---
# (npm ci fails on this registry: the lockfile lists platform packages it lacks; install works.)
stamp=ui/node_modules/.liaison-lock-stamp
if [ ! -f "$stamp" ] || ! cmp -s ui/package-lock.json "$stamp"; then
  say "installing UI dependencies"
  (cd ui && npm install --no-audit --no-fund --loglevel=error >/dev/null)
  cp ui/package-lock.json "$stamp"
fi
