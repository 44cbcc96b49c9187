#!/usr/bin/env bash
# Puts axe-core's axe.min.js into e2e/vendor/axe.min.js (gitignored).
# It comes from the axe-selenium-python 3.0.0 wheel on PyPI, which ships axe-core 4.10.2.
# Idempotent: does nothing when the file is already there.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
target="$here/vendor/axe.min.js"

if [ -s "$target" ]; then
    echo "axe.min.js already present: $target"
    exit 0
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 -m pip download --quiet --no-deps --only-binary=:all: --python-version 3.12 \
    axe-selenium-python==3.0.0 -d "$work"

wheel="$(ls "$work"/axe_selenium_python-3.0.0-*.whl)"
inner="axe_selenium_python/node_modules/axe-core/axe.min.js"

mkdir -p "$here/vendor"
if command -v unzip >/dev/null 2>&1; then
    unzip -p "$wheel" "$inner" > "$target.tmp"
else
    python3 -c 'import sys, zipfile; sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]))' \
        "$wheel" "$inner" > "$target.tmp"
fi

if ! head -c 200 "$target.tmp" | grep -q 'axe v'; then
    rm -f "$target.tmp"
    echo "fetch_axe.sh: $inner in $wheel does not look like axe-core" >&2
    exit 1
fi
mv "$target.tmp" "$target"
echo "axe.min.js written to $target"
