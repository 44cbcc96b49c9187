#!/usr/bin/env bash
# Runs the real-browser suite against a fresh Godstart server with demo data.
#
#   e2e/run.sh [path/to/godstart]     (default: .build/debug/godstart, relative to the repo root)
#
# Needs Chromium and chromedriver (Debian: chromium, chromium-driver) and python3 with pip;
# it installs no system packages. Port: $GODSTART_E2E_PORT, or a free one.
# Exits with pytest's exit code. Extra pytest arguments: $GODSTART_E2E_PYTEST_ARGS; each test's time
# as a JUnit XML report: $GODSTART_E2E_JUNIT (a path). The demo's day: $GODSTART_TODAY (YYYY-MM-DD).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
cd "$root"

binary="${1:-.build/debug/godstart}"
case "$binary" in
    /*) ;;
    *) binary="$root/$binary" ;;
esac
if [ ! -x "$binary" ]; then
    echo "e2e/run.sh: no godstart binary at $binary (build it first)" >&2
    exit 2
fi

bash "$here/fetch_axe.sh"

if ! python3 -c 'import selenium, pytest, icalendar, schemathesis, aiosmtpd, trustme, requests, oidc_provider_mock' 2>/dev/null; then
    python3 -m pip install -q -r "$here/requirements.txt"
fi

port="${GODSTART_E2E_PORT:-}"
if [ -z "$port" ]; then
    port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
fi

work="$(mktemp -d)"
server_pid=""
cleanup() {
    if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
        kill "$server_pid" 2>/dev/null || true
        for _ in $(seq 1 50); do
            kill -0 "$server_pid" 2>/dev/null || break
            sleep 0.1
        done
        kill -9 "$server_pid" 2>/dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

base="http://127.0.0.1:$port"
echo "Starting $binary on $base (database $work/e2e.sqlite)"
(cd "$work" && exec "$binary" serve --demo --db "$work/e2e.sqlite" --hostname 127.0.0.1 --port "$port") \
    > "$work/server.log" 2>&1 &
server_pid=$!

ready=""
for _ in $(seq 1 60); do
    if curl -fs -o /dev/null --max-time 2 "$base/sign-in"; then
        ready=yes
        break
    fi
    if ! kill -0 "$server_pid" 2>/dev/null; then
        break
    fi
    sleep 1
done
if [ -z "$ready" ]; then
    echo "e2e/run.sh: the server did not answer on $base/sign-in within 60 s. Its log:" >&2
    cat "$work/server.log" >&2
    exit 1
fi

report=()
[ -n "${GODSTART_E2E_JUNIT:-}" ] && report=(--junitxml "$GODSTART_E2E_JUNIT")
set +e
# shellcheck disable=SC2086
GODSTART_URL="$base" GODSTART_BINARY="$binary" python3 -m pytest -q -p no:cacheprovider "${report[@]}" ${GODSTART_E2E_PYTEST_ARGS:-} "$here"
status=$?
set -e

if [ "$status" -ne 0 ]; then
    echo "--- last lines of the server log ---"
    tail -n 40 "$work/server.log"
fi
exit "$status"
