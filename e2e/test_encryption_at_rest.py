"""Encryption at rest with the real binary: the demo makes its own key file beside the database;
a copy of the database file does not reveal the private texts; `godstart rotate-text-key` moves
everything to a new key and the texts still read in the browser; a wrong key stops the start with
one clear line."""

import base64
import os
import subprocess
import tempfile
from pathlib import Path

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

from conftest import PASSWORD, make_browser
from instances import BINARY, Instance

# A demo mentoring note (DemoData.sampleNotes), shown to mentee and mentor on the meeting page.
NOTE = "Vi gennemgik, hvordan man forbereder sig og holder fokus på barnet"


def run(arguments, work, env=None):
    return subprocess.run([str(BINARY)] + arguments, cwd=work, env=dict(os.environ, **(env or {})),
                          capture_output=True, text=True, timeout=300)


def note_is_shown(base):
    """Thomas (Ida's mentor) finds the note on one of her dialogue meetings."""
    driver = make_browser()
    try:
        driver.get(base + "/sign-in")
        driver.find_element(By.ID, "email").send_keys("thomas@demo.godstart.dk")
        driver.find_element(By.ID, "password").send_keys(PASSWORD)
        driver.find_element(By.CSS_SELECTOR, "main form button[type='submit']").click()
        # The click only starts the sign-in; going on before it lands races it on a busy machine.
        WebDriverWait(driver, 30).until(lambda d: not d.current_url.endswith("/sign-in"))
        driver.get(base + "/my-newcomers")
        programmes = {a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "main a[href^='/programmes/']")}
        meetings = []
        for programme in programmes:
            driver.get(programme)
            meetings += [a.get_attribute("href") for a in driver.find_elements(By.CSS_SELECTOR, "main a[href^='/meetings/']")]
        for meeting in meetings:
            driver.get(meeting)
            if NOTE in driver.find_element(By.TAG_NAME, "main").text:
                return True
        return False
    finally:
        driver.quit()


def test_the_database_file_holds_no_private_text_and_a_key_rotation_keeps_every_text():
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        database = work / "godstart.sqlite"
        server = Instance(work, "first", str(database), {}, demo=True)
        try:
            assert note_is_shown(server.base)
        finally:
            server.stop()

        key_file = work / "godstart.key"
        assert key_file.exists(), "the demo made its own key file"
        assert oct(key_file.stat().st_mode & 0o777) == "0o600"
        first_key = key_file.read_text().strip()
        for name in ["godstart.sqlite", "godstart.sqlite-wal"]:
            path = work / name
            if path.exists():
                raw = path.read_bytes()
                assert NOTE.encode() not in raw, f"{name} reveals a private text"
                assert b"gs1." in raw or name.endswith("-wal")

        rotated = run(["rotate-text-key", "--db", str(database)], work)
        assert rotated.returncode == 0, rotated.stdout + rotated.stderr
        keys = key_file.read_text().split()
        assert keys[1:] == [first_key] and keys[0] != first_key, "the new key first, the old one kept for running instances"

        server = Instance(work, "second", str(database), {})
        try:
            assert note_is_shown(server.base), "every text reads under the new key"
        finally:
            server.stop()

        forgot = run(["rotate-text-key", "--forget-old-keys", "--db", str(database)], work)
        assert forgot.returncode == 0, forgot.stdout + forgot.stderr
        assert key_file.read_text().split() == keys[:1], "only the new key is left"
        server = Instance(work, "third", str(database), {})
        try:
            assert note_is_shown(server.base), "and the texts still read"
        finally:
            server.stop()

        wrong = base64.b64encode(os.urandom(32)).decode()
        refused = run(["serve", "--db", str(database), "--port", "0"], work, {"GODSTART_TEXT_KEYS": wrong})
        assert refused.returncode != 0
        assert "text keys do not open" in refused.stderr, refused.stderr
