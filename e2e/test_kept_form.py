"""Text kept through an expired session belongs to its writer (issue 20, item 2). On a shared
office PC, Ida's session runs out while she writes a logbook entry; Emma signs in next in the same
browser and does not see Ida's text, and it is gone. Then Ida's session runs out again while she
writes, and signing in again she gets her text back, unsaved, in the same form.

The session is made to run out by moving its last request 40 minutes back in the server's own
SQLite file, so this test starts an instance of its own. Axe runs on every page."""

import hashlib
import json
import sqlite3
import tempfile
import time
import uuid
from pathlib import Path

from selenium.webdriver.common.by import By

from conftest import PASSWORD, check_axe, main_text, submit, unique, wait_for_page
from instances import Instance

IDA = "ida@demo.godstart.dk"
EMMA = "emma@demo.godstart.dk"


def path_of(driver, base):
    return driver.current_url[len(base):].split("?", 1)[0] or "/"


def open_page(driver, base, path):
    driver.get(base + path)
    wait_for_page(driver)
    check_axe(driver)


def sign_in(driver, base, email):
    open_page(driver, base, "/sign-in")
    driver.find_element(By.ID, "email").send_keys(email)
    driver.find_element(By.ID, "password").send_keys(PASSWORD)
    submit(driver, driver.find_element(By.CSS_SELECTOR, "main form[action='/sign-in'] button[type='submit']"))
    landed = path_of(driver, base)
    assert landed != "/sign-in", f"signing in as {email} did not leave the sign-in page:\n{main_text(driver)}"
    return landed


def sign_out(driver):
    submit(driver, driver.find_element(By.CSS_SELECTOR, "form.sign-out button[type='submit']"))


def let_session_run_out(database, driver):
    """Moves the browser's session's last request (and its sign-in) 40 minutes back."""
    key = driver.get_cookie("godstart_session")["value"]
    with sqlite3.connect(database, timeout=30) as connection:
        (raw,) = connection.execute("SELECT data FROM _fluent_sessions WHERE key = ?", (key,)).fetchone()
        data = json.loads(raw)
        # 40 minutes before the server's own clock (which GODSTART_TODAY may have moved), as it last saw the session.
        earlier = str(float(data["seenAt"]) - 40 * 60)
        data["seenAt"] = earlier
        data["signedInAt"] = earlier
        encoded = json.dumps(data)
        connection.execute("UPDATE _fluent_sessions SET data = ? WHERE key = ?",
                           (encoded.encode() if isinstance(raw, bytes) else encoded, key))
        # As another instance that wrote the session would: the server keeps a signed-in browser
        # in memory and reads such changes once a second (`SignedInCache`).
        connection.execute("INSERT INTO signed_in_changes (id, changed_at, session_hash) VALUES (?, ?, ?)",
                           (str(uuid.uuid4()).upper(), time.time(), hashlib.sha256(key.encode()).hexdigest()))
    time.sleep(1.5)


def write_and_save_too_late(driver, base, database, text):
    """Ida writes a logbook entry, goes away, and presses save: refused, her text kept."""
    open_page(driver, base, "/logbook/new")
    driver.find_element(By.ID, "unsure").send_keys(text)
    let_session_run_out(database, driver)
    submit(driver, driver.find_element(By.CSS_SELECTOR, "main form button[type='submit']"))
    assert "Log ind igen" in main_text(driver), main_text(driver)
    assert text in driver.page_source, "the text is shown at once as well"


def test_kept_text_goes_back_to_its_writer_only(new_browser):
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        database = str(work / "kept.sqlite")
        server = Instance(work, "kept", database, {}, demo=True)
        try:
            base = server.base
            shared = new_browser()

            idas_first = unique("Ida var i tvivl om underretningen ")
            sign_in(shared, base, IDA)
            write_and_save_too_late(shared, base, database, idas_first)

            # Emma signs in next at the same PC: not sent to Ida's form, and Ida's text is nowhere.
            landed = sign_in(shared, base, EMMA)
            assert landed != "/logbook/new"
            open_page(shared, base, "/logbook/new")
            assert idas_first not in shared.page_source
            assert not shared.find_elements(By.CSS_SELECTOR, ".flash")
            sign_out(shared)

            # Dropped, not set aside: Ida signing in now finds nothing of it.
            sign_in(shared, base, IDA)
            open_page(shared, base, "/logbook/new")
            assert idas_first not in shared.page_source

            # Her session runs out again while she writes; this time she signs in again herself.
            idas_second = unique("Ida vil spørge mentor om samtalen med familien ")
            write_and_save_too_late(shared, base, database, idas_second)
            landed = sign_in(shared, base, IDA)
            assert landed == "/logbook/new", "back to her form"
            assert idas_second in shared.find_element(By.ID, "unsure").get_attribute("value")
            assert shared.find_elements(By.CSS_SELECTOR, ".flash"), "told that the text is not saved yet"
        finally:
            server.stop()
