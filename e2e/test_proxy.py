"""Behind a reverse proxy (GODSTART_TRUSTED_PROXIES), each person's own address counts: failed
sign-ins from one address hold back that address only, and the audit log names the address the
person came from, not the proxy's."""

import re
import tempfile
from pathlib import Path

import requests

from instances import Instance

PASSWORD = "godstart-demo"
GUESSER = "198.51.100.7"
IDA = "198.51.100.8"
LONE = "198.51.100.9"


def sign_in(base, email, password, address):
    """One sign-in through the proxy from `address`; returns the session and the answer."""
    session = requests.Session()
    session.headers["X-Forwarded-For"] = address
    page = session.get(base + "/sign-in", timeout=10).text
    token = re.search(r'name="csrfToken" value="([^"]+)"', page).group(1)
    answer = session.post(base + "/sign-in", data={"email": email, "password": password, "csrfToken": token},
                          allow_redirects=False, timeout=30)
    return session, answer


def test_behind_a_trusted_proxy_each_persons_own_address_counts():
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        # The test's requests come from 127.0.0.1, as a proxy on the same machine would.
        server = Instance(work, "proxy", str(work / "proxy.sqlite"), {"GODSTART_TRUSTED_PROXIES": "127.0.0.1"}, demo=True)
        try:
            base = server.base
            # Thirty failures from one address, each for another account, so no account is held back.
            for n in range(30):
                _, answer = sign_in(base, f"gaet{n}@example.org", "forkert", GUESSER)
                assert answer.status_code == 401, answer.status_code
            _, held = sign_in(base, "ida@demo.godstart.dk", PASSWORD, GUESSER)
            assert held.status_code == 429, "the guessing address waits, even with a right password"

            _, ida = sign_in(base, "ida@demo.godstart.dk", PASSWORD, IDA)
            assert ida.status_code == 303, "Ida, at another address behind the same proxy, signs in"

            lone, answer = sign_in(base, "lone@demo.godstart.dk", PASSWORD, LONE)
            assert answer.status_code == 303
            log = lone.get(base + "/admin/audit-log", timeout=30).text
            assert IDA in log, "the audit log names the address Ida came from"
            assert GUESSER in log
        finally:
            server.stop()
