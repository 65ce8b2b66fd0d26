#!/usr/bin/env bash
# The project's test command (`npm test`, also run by CI): Chromium, types,
# lint, unit and corpus tests, then the built app in a real browser.
# Stops at the first failure with a non-zero exit.
set -euo pipefail
cd "$(dirname "$0")/.."

step() { printf '\n== %s\n' "$*"; }

find_chromium() {
  if [[ -n "${CHROME_PATH:-}" ]]; then
    [[ -x "$CHROME_PATH" ]] || { echo "CHROME_PATH=$CHROME_PATH is not an executable file." >&2; return 1; }
    return 0
  fi
  local candidate
  for candidate in /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome /usr/bin/google-chrome-stable; do
    if [[ -x "$candidate" ]]; then
      export CHROME_PATH="$candidate"
      return 0
    fi
  done
  return 1
}

install_chromium_on_debian() {
  command -v apt-get >/dev/null || return 1
  local sudo=()
  if [[ "$(id -u)" != 0 ]]; then
    command -v sudo >/dev/null || return 1
    sudo=(sudo)
  fi
  echo "No Chromium found; installing the Debian package (apt-get install chromium)."
  "${sudo[@]}" apt-get update
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
}

step "Chromium"
if ! find_chromium; then
  if ! { install_chromium_on_debian && find_chromium; }; then
    echo "No Chromium or Chrome found and it could not be installed here." >&2
    echo "Install one, or set CHROME_PATH to its executable, e.g. CHROME_PATH=/path/to/chrome npm test" >&2
    exit 1
  fi
fi
echo "Using $CHROME_PATH"

step "Type check"
npm run --silent typecheck

step "Lint and format check"
npm run --silent lint

step "Unit and corpus tests"
npx vitest run

step "Build"
npx vite build --logLevel warn

step "Browser tests (built app in headless Chromium)"
npx vitest run --config vitest.browser.config.ts

step "All passed"
