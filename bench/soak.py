#!/usr/bin/env python3
"""A soak test, run by hand (not in CI): Godstart under a mixed read/write load for a while
(30 minutes by default), sampling the server's resident memory and counting errors.

    python3 bench/soak.py [--minutes 30] [--workers 4] [--binary .build/release/godstart]
                          [--database-url postgres://...]

Without --database-url the server runs its demo on a fresh SQLite file. Each worker signs in as
one of the demo's people and loops over what that person does: opening their home, a programme,
a meeting, writing a logbook entry or meeting notes. The script prints a summary and writes it,
with the memory samples, to bench/results/soak-<date>.json. It fails (exit 1) on any error or
5xx answer, or when memory in the last third grows more than 10 % over the middle third.
"""

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import threading
import time
from datetime import datetime, timezone
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "e2e"))
from instances import Instance  # noqa: E402

PASSWORD = "godstart-demo"
PEOPLE = {
    "ida@demo.godstart.dk": "newcomer",
    "jonas@demo.godstart.dk": "newcomer",
    "thomas@demo.godstart.dk": "mentor",
    "mette@demo.godstart.dk": "mentor",
    "marianne@demo.godstart.dk": "coordinator",
    "henrik@demo.godstart.dk": "manager",
}


def token_of(page):
    match = re.search(r'name="csrfToken" value="([^"]+)"', page)
    return match.group(1) if match else None


class Worker(threading.Thread):
    def __init__(self, base, email, stats, stop):
        super().__init__(daemon=True)
        self.base, self.email, self.stats, self.stop = base, email, stats, stop
        self.session = requests.Session()

    def request(self, method, path, **kwargs):
        started = time.perf_counter()
        try:
            answer = self.session.request(method, self.base + path, timeout=30, allow_redirects=False, **kwargs)
        except requests.RequestException as error:
            self.stats.error(f"{method} {path}: {type(error).__name__}")
            return None
        self.stats.count(time.perf_counter() - started)
        if answer.status_code >= 500:
            self.stats.error(f"{method} {path}: {answer.status_code}")
        return answer

    def sign_in(self):
        page = self.request("GET", "/sign-in")
        self.request("POST", "/sign-in", data={"email": self.email, "password": PASSWORD, "csrfToken": token_of(page.text)})
        home = self.request("GET", "/")
        while home is not None and home.status_code in (302, 303):
            home = self.request("GET", home.headers["Location"])
        self.token = token_of(home.text) if home is not None else None
        self.links = sorted(set(re.findall(r'href="(/(?:programmes|meetings)/[0-9a-f-]{36})"', home.text if home is not None else "")))

    def run(self):
        self.sign_in()
        role = PEOPLE[self.email]
        while not self.stop.is_set():
            choice = random.random()
            if role == "newcomer" and choice < 0.2:
                self.request("POST", "/logbook", data={"unsure": f"Soak {time.time_ns()}", "csrfToken": self.token})
            elif self.links and choice < 0.7:
                path = random.choice(self.links)
                page = self.request("GET", path)
                if page is not None and path.startswith("/programmes/"):
                    meetings = re.findall(r'href="(/meetings/[0-9a-f-]{36})"', page.text)
                    self.links = sorted(set(self.links + meetings[:10]))
            else:
                self.request("GET", random.choice(["/", "/settings/audit-log", "/materials", "/settings/mail"]))
            time.sleep(random.uniform(0.0, 0.05))


class Stats:
    def __init__(self):
        self.lock = threading.Lock()
        self.requests = 0
        self.seconds = 0.0
        self.errors = []

    def count(self, seconds):
        with self.lock:
            self.requests += 1
            self.seconds += seconds

    def error(self, what):
        with self.lock:
            self.errors.append(what)


def resident_kib(pid):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--minutes", type=float, default=30)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--binary", default=os.environ.get("GODSTART_BINARY", str(ROOT / ".build" / "release" / "godstart")))
    parser.add_argument("--database-url")
    parser.add_argument("--sample-seconds", type=float, default=10)
    arguments = parser.parse_args()
    os.environ["GODSTART_BINARY"] = arguments.binary
    import instances
    instances.BINARY = Path(arguments.binary).resolve()

    commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        server = Instance(work, "soak", arguments.database_url or str(work / "soak.sqlite"), {}, demo=True)
        stats, stop = Stats(), threading.Event()
        emails = list(PEOPLE)
        workers = [Worker(server.base, emails[i % len(emails)], stats, stop) for i in range(arguments.workers)]
        for worker in workers:
            worker.start()
        samples = []
        started = time.time()
        try:
            while time.time() - started < arguments.minutes * 60:
                time.sleep(arguments.sample_seconds)
                samples.append({"second": round(time.time() - started), "rss_kib": resident_kib(server.process.pid),
                                "requests": stats.requests, "errors": len(stats.errors)})
                print(f"{samples[-1]['second']:>6} s  {samples[-1]['rss_kib'] / 1024:7.1f} MiB  "
                      f"{stats.requests:>8} requests  {len(stats.errors)} errors", flush=True)
        finally:
            stop.set()
            for worker in workers:
                worker.join(timeout=30)
            server.stop()

    third = max(len(samples) // 3, 1)
    middle = [s["rss_kib"] for s in samples[third:2 * third]] or [0]
    last = [s["rss_kib"] for s in samples[2 * third:]] or [0]
    growth = (max(last) - max(middle)) / max(middle) if max(middle) else 0
    result = {
        "date": datetime.now(timezone.utc).isoformat(timespec="seconds"), "commit": commit, "binary": arguments.binary,
        "database": "postgresql" if arguments.database_url else "sqlite", "minutes": arguments.minutes,
        "workers": arguments.workers, "requests": stats.requests,
        "mean_ms": round(1000 * stats.seconds / max(stats.requests, 1), 2), "errors": stats.errors[:50],
        "error_count": len(stats.errors), "rss_mib_start": round(samples[0]["rss_kib"] / 1024, 1) if samples else None,
        "rss_mib_peak_middle_third": round(max(middle) / 1024, 1), "rss_mib_peak_last_third": round(max(last) / 1024, 1),
        "growth_last_over_middle": round(growth, 3), "samples": samples,
    }
    out = ROOT / "bench" / "results" / f"soak-{datetime.now(timezone.utc).strftime('%Y%m%d-%H%M')}.json"
    out.write_text(json.dumps(result, indent=2))
    print(json.dumps({k: v for k, v in result.items() if k != "samples"}, indent=2))
    print(f"written to {out}")
    return 0 if not stats.errors and growth <= 0.10 else 1


if __name__ == "__main__":
    sys.exit(main())
