#!/usr/bin/env bash
# Builds ui/dist, which the app embeds at compile time; skipped when nothing in ui/ changed since.
set -euo pipefail
cd "$(dirname "$0")/../ui"
if [ -f dist/index.html ] && [ -z "$(find src index.html package.json package-lock.json vite.config.* tsconfig*.json svelte.config.* \
      -newer dist/index.html -print -quit 2>/dev/null)" ]; then
  exit 0
fi
log=$(mktemp)
npm run build --silent >"$log" 2>&1 || { cat "$log" >&2; rm -f "$log"; exit 1; }
rm -f "$log"
