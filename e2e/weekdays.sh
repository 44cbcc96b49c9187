#!/usr/bin/env bash
# Runs the browser suite once for each day of a week, the demo's clock set to that day
# (GODSTART_TODAY), since the demo's dates are relative to today and a page can differ on a
# Saturday. By hand, after a build; scripts/test.sh runs the suite on the real day only.
#
#   e2e/weekdays.sh [path/to/godstart] [first day, YYYY-MM-DD, default 2027-03-08, a Monday]
#
# Without GODSTART_DURABILITY_DATABASE_URL the PostgreSQL durability test is skipped; the rest run.
# Prints one line per day and exits non-zero if any day failed; each day's log stays in the
# folder it names.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
binary="${1:-$here/../.build/debug/godstart}"
first="${2:-2027-03-08}"
logs="$(mktemp -d /tmp/godstart-weekdays.XXXXXX)"

failed=()
results=()
for offset in 0 1 2 3 4 5 6; do
    day="$(date -u -d "$first + $offset day" +%F)"
    name="$(LC_ALL=C date -u -d "$day" +%A)"
    started=$SECONDS
    if GODSTART_TODAY="$day" bash "$here/run.sh" "$binary" >"$logs/$day.log" 2>&1; then
        verdict="passed"
    else
        verdict="FAILED"
        failed+=("$day")
    fi
    summary="$(grep -E '^[0-9]+ (passed|failed)|[0-9]+ passed' "$logs/$day.log" | tail -1)"
    results+=("$day $name: $verdict in $((SECONDS - started)) s ($summary)")
    echo "${results[-1]}"
done

echo
echo "Logs: $logs"
if [ ${#failed[@]} -gt 0 ]; then
    echo "Failed on: ${failed[*]}" >&2
    exit 1
fi
echo "The browser suite passed on all seven weekdays."
