#!/usr/bin/env bash
# Set up everything the test suite needs on a fresh machine, then run it.
#   bash scripts/test.sh            the whole suite (fast tests and the slow end-to-end ones)
#   bash scripts/test.sh -m "not slow"   the fast suite only (extra arguments go to pytest)
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages the end-to-end tests drive: headless Chromium (browser tests; never downloaded by a test)
# and PostgreSQL (the Prefect server on PostgreSQL). Installed only when missing.
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "scripts/test.sh: the end-to-end tests need Debian's ${missing[*]}: sudo apt-get install ${missing[*]}" >&2
  fi
fi

PYTHON=${PYTHON:-python3}
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e ".[test]"
exec .venv/bin/python -m pytest "$@"
