#!/usr/bin/env bash
# Every test, from a fresh Debian machine, in one command:
#
#   bash scripts/test-all.sh               install what the tests need, then run npm test
#   bash scripts/test-all.sh --setup-only  install what the tests need, run no test
#
# 1. The programs the tests drive that npm does not install: Debian's Chromium
#    (/usr/bin/chromium, never a downloaded browser), nginx (serves builds as a host
#    would) and a headless Java runtime (runs the HTML checker). When one is missing and
#    this script may install (as root, or with sudo that needs no password), it installs
#    them with apt-get; otherwise it prints the command to run and stops. (Ubuntu ships
#    Chromium only as a snap, not at that path: there it says so and stops.)
# 2. npm's packages: `npm ci` when node_modules is missing or was installed from another
#    package-lock.json.
# 3. `npm test` (type check, lint, every Vitest project).
set -euo pipefail
cd "$(dirname "$0")/.."

setup_only=false
case "${1-}" in
  '') ;;
  --setup-only) setup_only=true ;;
  *)
    echo "usage: bash scripts/test-all.sh [--setup-only]" >&2
    exit 2
    ;;
esac

say() { echo "[test-all] $*" >&2; }

# --- 1. System packages ------------------------------------------------------------
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)

if ((${#missing[@]})); then
  if ! command -v apt-get >/dev/null 2>&1; then
    say "the tests need Chromium at /usr/bin/chromium, nginx and a Java runtime (Debian packages: ${missing[*]}); this system has no apt-get: install them with its own package manager, then run npm test"
    exit 1
  fi
  os=$(. /etc/os-release 2>/dev/null && echo "${ID-} ${ID_LIKE-}" || true)
  if [[ " $os " == *' ubuntu '* && " ${missing[*]} " == *' chromium '* ]]; then
    say "the tests drive Debian's Chromium at /usr/bin/chromium, which Ubuntu ships only as a snap: run them on Debian (12 or newer)"
    exit 1
  fi
  if [ "$(id -u)" -eq 0 ]; then
    as_root=()
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    as_root=(sudo)
  else
    say "missing ${missing[*]}; install them with: sudo apt-get install --no-install-recommends ${missing[*]} fonts-noto-core (then run this again)"
    exit 1
  fi
  say "installing ${missing[*]} fonts-noto-core with apt-get"
  "${as_root[@]}" apt-get update -q
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q --no-install-recommends "${missing[@]}" fonts-noto-core
  if [ ! -x /usr/bin/chromium ]; then
    say "apt-get installed chromium but /usr/bin/chromium is not there: the tests need Debian's Chromium at that path"
    exit 1
  fi
fi

# --- 2. npm packages ---------------------------------------------------------------
if ! command -v npm >/dev/null 2>&1; then
  say "npm is missing: install Node.js with npm 11 or newer (the repository brings its own Node 24), then run this again"
  exit 1
fi

# node_modules matches package-lock.json when the lockfile's hash recorded after the last
# `npm ci` here is the current one. Without that record (node_modules installed some
# other way), it counts as current if npm's own record of the install is not older than
# the lockfile.
lock_hash=$(sha256sum package-lock.json | cut -d ' ' -f 1)
stamp=node_modules/.warta-lock-sha
if [ ! -f node_modules/.package-lock.json ]; then
  stale=true
elif [ -f "$stamp" ]; then
  [ "$(cat "$stamp")" = "$lock_hash" ] && stale=false || stale=true
else
  [ package-lock.json -nt node_modules/.package-lock.json ] && stale=true || stale=false
fi
if "$stale"; then
  say "installing npm packages (npm ci)"
  npm ci --no-audit --no-fund
  echo "$lock_hash" >"$stamp"
fi

# --- 3. The tests ------------------------------------------------------------------
if "$setup_only"; then
  say "ready: run npm test"
  exit 0
fi
exec npm test
