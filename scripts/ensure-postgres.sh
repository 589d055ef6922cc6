#!/usr/bin/env bash
# The PostgreSQL store tests start a private server from Debian's postgresql package (never a
# test tool's own download). Installs it when it is missing; runs before `npm test`.
# With DATABASE_URL set, the tests use that server instead and nothing is installed.
set -euo pipefail
if [ -n "${DATABASE_URL:-}" ]; then exit 0; fi
if compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null; then exit 0; fi
if [ "$(id -u)" -ne 0 ]; then
  echo "The store tests need PostgreSQL. Install it with: sudo apt-get install -y postgresql (or set DATABASE_URL to a server the tests may create databases on)." >&2
  exit 1
fi
echo "Installing Debian's postgresql for the store tests…"
apt-get update -qq
# Only the binaries are needed: the tests run their own cluster, so the package's default one stays unused.
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
