#!/usr/bin/env bash
# Checks the packages scripts/package.sh built (the newest .deb and .rpm in target/release/bundle):
# each installs the app and the `liaison` command line, the menu entry registers liaison:// links,
# and both programs unpacked from the .deb start. Not part of scripts/test.sh: building the
# packages takes a release build (minutes); package.sh runs this after building them.
set -euo pipefail
cd "$(dirname "$0")/.."
bundle="${CARGO_TARGET_DIR:-$PWD/target}/release/bundle"
fail() { echo "error: $*" >&2; exit 1; }
deb=$(ls -1t "$bundle"/deb/*.deb 2>/dev/null | head -1) || true
[ -n "$deb" ] || fail "no .deb in $bundle/deb: run ./scripts/package.sh"
echo "checking $deb"
files=$(dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./||; s|^|./|')
for path in ./usr/bin/liaison ./usr/bin/liaison-app ./usr/share/applications/Liaison.desktop; do
  grep -qx "$path" <<<"$files" || fail "$deb lacks $path"
done
unpacked=$(mktemp -d)
trap 'rm -rf "$unpacked"' EXIT
dpkg-deb -x "$deb" "$unpacked"
desktop="$unpacked/usr/share/applications/Liaison.desktop"
grep -q '^Exec=liaison-app' "$desktop" || fail "the menu entry does not start liaison-app: $(grep '^Exec' "$desktop")"
# The desktop hands liaison://person/<id> links to the app only when its entry claims the scheme
# and passes the link on (%u).
grep -Eq '^MimeType=(.*;)?x-scheme-handler/liaison(;|$)' "$desktop" || fail "the menu entry does not register liaison:// ($desktop):
$(cat "$desktop")"
grep -Eq '^Exec=.*%[uU]' "$desktop" || fail "the menu entry does not pass the link to the app: $(grep '^Exec' "$desktop")"
# The programs as installed, with the libraries the package depends on.
"$unpacked/usr/bin/liaison" --version | grep -q '^liaison ' || fail "the packaged liaison does not start"
missing=$(ldd "$unpacked/usr/bin/liaison-app" | grep 'not found' || true)
[ -z "$missing" ] || fail "the packaged liaison-app misses libraries: $missing"
dpkg-deb -f "$deb" Depends | tr ',' '\n' | sed 's/^ *//' | grep -q '^libwebkit2gtk-4.1-0' || fail "the .deb does not depend on WebKitGTK 4.1"
echo "ok: $deb holds liaison and liaison-app, and its menu entry opens liaison:// links"

rpm_file=$(ls -1t "$bundle"/rpm/*.rpm 2>/dev/null | head -1) || true
[ -n "$rpm_file" ] || fail "no .rpm in $bundle/rpm: run ./scripts/package.sh"
if ! command -v rpm >/dev/null; then
  echo "skipped: the .rpm's contents (rpm is not installed; Debian package 'rpm')"
  exit 0
fi
echo "checking $rpm_file"
listed=$(rpm -qlp "$rpm_file" 2>/dev/null)
for path in /usr/bin/liaison /usr/bin/liaison-app /usr/share/applications/Liaison.desktop; do
  grep -qx "$path" <<<"$listed" || fail "$rpm_file lacks $path"
done
rpm -qp --requires "$rpm_file" 2>/dev/null | grep -q 'libwebkit2gtk-4.1' || fail "the .rpm does not require WebKitGTK 4.1"
echo "ok: $rpm_file holds liaison and liaison-app"
