"""No personal data or secrets in the server's log: after sign-ins that fail and succeed, private
writing, a refused form, a page that does not exist and a download of all one's data, the log
holds none of what was typed, no password, no session id and no form token."""

import re
import tempfile
from pathlib import Path

import requests

from instances import Instance

PASSWORD = "godstart-demo"


def test_the_log_holds_no_personal_data_or_secrets():
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        server = Instance(work, "logs", str(work / "logs.sqlite"), {}, demo=True)
        secrets = []
        try:
            base = server.base
            session = requests.Session()
            page = session.get(base + "/sign-in", timeout=10).text
            token = re.search(r'name="csrfToken" value="([^"]+)"', page).group(1)
            wrong_password = "Forkert-Kodeord-7731"
            unknown = "ukendt.person.4411@example.org"
            session.post(base + "/sign-in", data={"email": "ida@demo.godstart.dk", "password": wrong_password, "csrfToken": token})
            session.post(base + "/sign-in", data={"email": unknown, "password": wrong_password, "csrfToken": token})
            session.post(base + "/sign-in", data={"email": "ida@demo.godstart.dk", "password": PASSWORD, "csrfToken": token})
            form = session.get(base + "/logbook/new", timeout=10).text
            token = re.search(r'name="csrfToken" value="([^"]+)"', form).group(1)
            private = "Privat tanke om borgeren på Ringvej 12, tlf. 22 33 44 55"
            session.post(base + "/logbook", data={"unsure": private, "csrfToken": token}, allow_redirects=False)
            refused = session.post(base + "/logbook", data={"unsure": private + " igen", "csrfToken": "forged"})
            assert refused.status_code == 403
            assert session.get(base + "/programmes/00000000-0000-0000-0000-000000000000").status_code == 404
            assert session.get(base + "/settings/my-data/archive.zip").status_code == 200
            # The demo's shared password is printed at its start on purpose, for whoever tries it.
            secrets = [wrong_password, unknown, private, token] + list(session.cookies.values())
        finally:
            server.stop()
        log = (work / "logs.log").read_text()
        assert "Server started" in log, "the log is the server's"
        for secret in secrets:
            assert secret not in log, f"the log holds {secret!r}"
