"""Issue 20, item 3: does a failed sign-in take as long for an address nobody has as for a real
account with a wrong password? Starts the binary with the demo (bcrypt hashes) on a fresh SQLite
file and times `tries` sign-ins of each kind; prints the two medians.

    python3 bench/sign_in_timing.py --binary .build/debug/godstart [--tries 20]

Every try comes from another address (X-Forwarded-For through GODSTART_TRUSTED_PROXIES=127.0.0.1)
and the wrong passwords go round the demo accounts, so the sign-in throttle holds none of them back
and what is timed is the sign-in itself."""

import argparse
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "e2e"))
from instances import Instance  # noqa: E402

ACCOUNTS = ["lone", "marianne", "henrik", "peter", "thomas", "anne", "karen", "sofie", "ida", "emma", "frederik"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=".build/debug/godstart")
    parser.add_argument("--tries", type=int, default=20)
    arguments = parser.parse_args()
    import instances
    instances.BINARY = Path(arguments.binary).resolve()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        server = Instance(work, "timing", str(work / "timing.sqlite"), {"GODSTART_TRUSTED_PROXIES": "127.0.0.1"}, demo=True)
        try:
            session = requests.Session()
            page = session.get(server.base + "/sign-in", timeout=30).text
            token = re.search(r'name="csrfToken" value="([^"]+)"', page).group(1)

            def attempt(email, n):
                started = time.perf_counter()
                answer = session.post(server.base + "/sign-in", allow_redirects=False, timeout=60,
                                      headers={"X-Forwarded-For": f"198.51.100.{n % 250 + 1}"},
                                      data={"email": email, "password": "forkert-kodeord", "csrfToken": token})
                elapsed = time.perf_counter() - started
                assert answer.status_code == 401, (email, answer.status_code)
                return elapsed

            attempt("warm-up@example.org", 0)  # the stand-in hash is made on the first attempt
            known, unknown = [], []
            for n in range(arguments.tries):
                known.append(attempt(f"{ACCOUNTS[n % len(ACCOUNTS)]}@demo.godstart.dk", 2 * n + 1))
                unknown.append(attempt(f"ingen{n}@example.org", 2 * n + 2))
            print(f"known e-mail, wrong password: median {statistics.median(known) * 1000:.0f} ms "
                  f"(min {min(known) * 1000:.0f}, max {max(known) * 1000:.0f})")
            print(f"unknown e-mail:               median {statistics.median(unknown) * 1000:.0f} ms "
                  f"(min {min(unknown) * 1000:.0f}, max {max(unknown) * 1000:.0f})")
        finally:
            server.stop()


if __name__ == "__main__":
    main()
