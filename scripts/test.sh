#!/usr/bin/env bash
# Set up everything the test suite needs on a fresh machine, then run it.
#   bash scripts/test.sh            the whole suite (fast tests and the slow end-to-end ones)
#   bash scripts/test.sh -m "not slow"   the fast suite only (extra arguments go to pytest)
set -euo pipefail
cd "$(dirname "$0")/.."

# Headless Chromium for the browser tests (Debian package; the tests never download a browser).
if ! command -v chromium >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "scripts/test.sh: Debian's chromium is needed for the browser tests: sudo apt-get install chromium" >&2
  fi
fi

PYTHON=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[test]"
exec .venv/bin/python -m pytest "$@"
