#!/usr/bin/env python3
"""Prints how long each suite of scripts/test.sh took and the ten slowest tests of the run.

    scripts/test_timings.py STAGES_FILE REPORT.xml [REPORT.xml ...]

STAGES_FILE has one line per stage: "<seconds> <name>". Each report is an xUnit/JUnit XML file
(`swift test --xunit-output`, `pytest --junitxml`); its file name, without `.xml`, labels its tests.
A missing or unreadable report is named and skipped, so the summary never hides the run's result.
"""

import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def minutes(seconds):
    seconds = int(round(seconds))
    return f"{seconds // 60:d}:{seconds % 60:02d}"


def stages(path):
    rows = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        seconds, _, name = line.partition(" ")
        if seconds.strip():
            rows.append((float(seconds), name))
    return rows


def cases(report):
    label = Path(report).stem
    if not Path(report).exists():  # a suite that did not run (or an unmatched glob)
        return []
    try:
        root = ET.parse(report).getroot()
    except (OSError, ET.ParseError) as error:
        print(f"  (no timings from {report}: {error})")
        return []
    found = []
    for case in root.iter("testcase"):
        try:
            seconds = float(case.get("time", "0"))
        except ValueError:
            continue
        owner = case.get("classname", "")
        name = f"{owner}.{case.get('name', '')}" if owner else case.get("name", "")
        found.append((seconds, label, name))
    return found


def main(arguments):
    if len(arguments) < 1:
        print(__doc__)
        return 2
    rows = stages(arguments[0])
    print("\n==> Timings")
    width = max([len(name) for _, name in rows] + [len("whole run")])
    for seconds, name in rows:
        print(f"  {name.ljust(width)}  {minutes(seconds):>6}")
    print(f"  {'whole run'.ljust(width)}  {minutes(sum(s for s, _ in rows)):>6}")
    every = [case for report in arguments[1:] for case in cases(report)]
    counts = {}
    for _, label, _ in every:
        counts[label] = counts.get(label, 0) + 1
    if counts:
        print("  tests: " + ", ".join(f"{count} in {label}" for label, count in counts.items()))
        print("\n  The ten slowest tests:")
        for seconds, label, name in sorted(every, reverse=True)[:10]:
            print(f"  {seconds:8.1f} s  {label}  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
