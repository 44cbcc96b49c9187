#!/usr/bin/env bash
# Runs every Godstart test suite on a fresh machine:
#   1. the Core rules and the app over HTTP on SQLite,
#   2. the app tests again on a throwaway PostgreSQL server on a loopback port,
#   3. the real-browser tests (Chromium through Selenium, with axe-core) against a running server.
# Installs what is missing (PostgreSQL, Chromium and its driver from Debian, Python packages from PyPI)
# when it runs as root on Debian, and says what to install otherwise. Builds once, reuses the build.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD

say() { printf '\n==> %s\n' "$*"; }

# --- Timings -----------------------------------------------------------------------------------------
# Each stage's time goes to $STAGES, each suite's per-test times to an XML report in $REPORTS; the
# summary (how long each suite took, the ten slowest tests) is printed at the end, failed or not.
REPORTS="$(mktemp -d /tmp/godstart-reports.XXXXXX)"
STAGES="$REPORTS/stages"
: >"$STAGES"
stage_started=$SECONDS
stage() { # stage NAME: the time since the last call belongs to NAME
    echo "$((SECONDS - stage_started)) $1" >>"$STAGES"
    stage_started=$SECONDS
}
PGWORK=""
finish() {
    status=$?
    [ "$status" -ne 0 ] && stage "(stopped: the stage that failed)"
    python3 scripts/test_timings.py "$STAGES" "$REPORTS"/*.xml || true
    if [ -n "$PGWORK" ]; then
        as_pg "$(pg_bindir)/pg_ctl" -D "$PGWORK/data" -m immediate stop >/dev/null 2>&1 || true
        rm -rf "$PGWORK"
    fi
    rm -rf "$REPORTS"
    exit $status
}
trap finish EXIT

# Tests run side by side, one per core: each App test has a database of its own (Tests/AppTests/TestDatabases.swift).
WORKERS="$(nproc 2>/dev/null || echo 2)"

# --- What the suites need -----------------------------------------------------------------------
pg_bindir() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium fonts-liberation)
command -v chromedriver >/dev/null 2>&1 || missing+=(chromium-driver)
[ -n "$(pg_bindir)" ] && [ -x "$(pg_bindir)/initdb" ] || missing+=(postgresql)
command -v curl >/dev/null 2>&1 || missing+=(curl)
command -v msgfmt >/dev/null 2>&1 || missing+=(gettext)
command -v wrk >/dev/null 2>&1 || missing+=(wrk)
if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        say "Installing from Debian: ${missing[*]}"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    else
        echo "Please install these Debian packages first (as root: apt-get install ${missing[*]})" >&2
        exit 1
    fi
fi
if ! python3 -c 'import selenium, pytest, icalendar, schemathesis, aiosmtpd, trustme, requests, oidc_provider_mock' >/dev/null 2>&1; then
    say "Installing Python packages for the browser tests"
    python3 -m pip install -q -r e2e/requirements.txt
fi

stage "installing what the suites need"

# --- Build once -----------------------------------------------------------------------------------
# The versions in Package.resolved, never newer ones (to update them: swift package update, then commit Package.resolved).
say "Building Godstart and its tests"
swift build --build-tests --force-resolved-versions
stage "build"

# --- 1. Core and app on SQLite ------------------------------------------------------------------------
say "Core rules and app tests on SQLite ($WORKERS at a time)"
swift test --skip-build --parallel --num-workers "$WORKERS" --xunit-output "$REPORTS/SQLite.xml"
stage "Core and app tests on SQLite"

# --- 2. App on PostgreSQL -------------------------------------------------------------------------
PGPORT="${GODSTART_TEST_PGPORT:-55432}"
PGWORK="$(mktemp -d /tmp/godstart-pg.XXXXXX)"
as_pg() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}
[ "$(id -u)" = 0 ] && chown postgres "$PGWORK"
say "Starting a throwaway PostgreSQL on 127.0.0.1:$PGPORT"
as_pg "$(pg_bindir)/initdb" -D "$PGWORK/data" -U godstart --auth=trust -E UTF8 >/dev/null
as_pg "$(pg_bindir)/pg_ctl" -D "$PGWORK/data" -l "$PGWORK/server.log" -w \
    -o "-c listen_addresses=127.0.0.1 -p $PGPORT -k $PGWORK -c fsync=off" start >/dev/null
as_pg "$(pg_bindir)/createdb" -h 127.0.0.1 -p "$PGPORT" -U godstart godstart_test
PG_URL="postgres://godstart@127.0.0.1:$PGPORT/godstart_test"

stage "starting PostgreSQL"

say "App tests on PostgreSQL ($WORKERS at a time, each test in a database copied from one template)"
TEST_DATABASE_URL="$PG_URL" swift test --skip-build --parallel --num-workers "$WORKERS" --filter AppTests \
    --xunit-output "$REPORTS/PostgreSQL.xml"
stage "app tests on PostgreSQL"

say "The server itself on PostgreSQL (migrate, demo data, sign-in page)"
as_pg "$(pg_bindir)/createdb" -h 127.0.0.1 -p "$PGPORT" -U godstart godstart_smoke
SMOKE_PORT="${GODSTART_SMOKE_PORT:-8092}"
DATABASE_URL="postgres://godstart@127.0.0.1:$PGPORT/godstart_smoke" \
GODSTART_TEXT_KEYS="$(head -c 32 /dev/urandom | base64)" \
    .build/debug/godstart serve --demo --hostname 127.0.0.1 --port "$SMOKE_PORT" >"$PGWORK/smoke.log" 2>&1 &
SMOKE_PID=$!
ok=""
for _ in $(seq 1 60); do
    if curl -fsS "http://127.0.0.1:$SMOKE_PORT/sign-in" 2>/dev/null | grep -q 'marianne@demo.godstart.dk'; then ok=1; break; fi
    sleep 1
done
kill "$SMOKE_PID" 2>/dev/null || true
wait "$SMOKE_PID" 2>/dev/null || true
if [ -z "$ok" ]; then
    echo "The server did not come up on PostgreSQL:" >&2
    tail -20 "$PGWORK/smoke.log" >&2
    exit 1
fi
echo "Godstart served its demo from PostgreSQL."
stage "the server on PostgreSQL"

# --- The benchmark script, so it cannot rot ---------------------------------------------------------
say "Benchmark smoke run (bench/run.py --smoke: the demo, one page and Vapor's minimal route, a few seconds each)"
python3 bench/run.py --smoke --binary "$ROOT/.build/debug/godstart"
stage "benchmark smoke run"

# --- 3. Real browser ------------------------------------------------------------------------------
say "Browser tests (Chromium, Selenium, axe-core), and mail through an SMTP server to two instances on PostgreSQL"
as_pg "$(pg_bindir)/createdb" -h 127.0.0.1 -p "$PGPORT" -U godstart godstart_mail
as_pg "$(pg_bindir)/createdb" -h 127.0.0.1 -p "$PGPORT" -U godstart godstart_durability
GODSTART_MAIL_DATABASE_URL="postgres://godstart@127.0.0.1:$PGPORT/godstart_mail" \
GODSTART_DURABILITY_DATABASE_URL="postgres://godstart@127.0.0.1:$PGPORT/godstart_durability" \
GODSTART_PG_BINDIR="$(pg_bindir)" \
GODSTART_E2E_JUNIT="$REPORTS/browser.xml" \
    bash e2e/run.sh "$ROOT/.build/debug/godstart"
stage "browser tests"
