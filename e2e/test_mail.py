"""E-mail, end to end.

In the browser: a new hire chooses their mails; the administrator reads the outbox of the demo
(no mail server), sends a test mail and opens it.

Against real parts: an SMTP server (aiosmtpd) that demands STARTTLS and a login, with a
certificate from a throwaway CA (trustme); Godstart instances started from the built binary.
First the mail server is down: the mail stays in the outbox with the server's error. Then two
instances on one database (PostgreSQL when GODSTART_MAIL_DATABASE_URL is set, as the README's test
command does; else a SQLite file) send it: every message arrives exactly once, over TLS, after a
login, with its Danish letters intact.
"""

import email
import email.policy
import os
import re
import ssl
import tempfile
import time
from pathlib import Path

import pytest
import requests
import trustme
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult
from selenium.webdriver.common.by import By

from conftest import PASSWORD, main_text, sign_in, submit, visit
from instances import BINARY, Instance, free_port

ADMIN = "lone@demo.godstart.dk"
NEW_HIRE = "emma@demo.godstart.dk"
SMTP_USER, SMTP_PASSWORD = "godstart", "sink-secret"


# --------------------------------------------------------------------------- in the browser


def test_a_new_hire_chooses_their_mails(browser):
    driver = browser
    sign_in(driver, NEW_HIRE)
    visit(driver, "/settings/mail")
    assert NEW_HIRE in main_text(driver)
    invitation = driver.find_element(By.ID, "kinds-invitation")
    if invitation.is_selected():
        driver.find_element(By.CSS_SELECTOR, "label[for='kinds-invitation']").click()
    driver.find_element(By.CSS_SELECTOR, "label[for='language-en']").click()
    submit(driver, driver.find_element(By.CSS_SELECTOR, "main form button[type='submit']"))
    assert not driver.find_element(By.ID, "kinds-invitation").is_selected()
    assert driver.find_element(By.ID, "kinds-meetingTomorrow").is_selected()
    assert driver.find_element(By.ID, "language-en").is_selected()
    # Back as it was, for the other tests.
    driver.find_element(By.CSS_SELECTOR, "label[for='kinds-invitation']").click()
    driver.find_element(By.CSS_SELECTOR, "label[for='language-pages']").click()
    submit(driver, driver.find_element(By.CSS_SELECTOR, "main form button[type='submit']"))
    assert driver.find_element(By.ID, "kinds-invitation").is_selected()


def test_the_administrator_reads_the_outbox_of_the_demo(browser):
    driver = browser
    sign_in(driver, ADMIN)
    visit(driver, "/admin/outbox")
    assert "GODSTART_SMTP_HOST" in main_text(driver), "the demo has no mail server, and the page says so"
    field = driver.find_element(By.ID, "address")
    field.clear()
    field.send_keys("ikke en adresse")
    submit(driver, driver.find_element(By.CSS_SELECTOR, "main form[action='/admin/outbox/test'] button"))
    assert driver.find_element(By.ID, "address").get_attribute("value") == "ikke en adresse"
    assert driver.find_elements(By.CSS_SELECTOR, ".error-summary")
    field = driver.find_element(By.ID, "address")
    field.clear()
    address = f"it{time.time_ns()}@kommune.dk"
    field.send_keys(address)
    submit(driver, driver.find_element(By.CSS_SELECTOR, "main form[action='/admin/outbox/test'] button"))
    assert address in main_text(driver)
    row = driver.find_element(By.XPATH, f"//tr[td[contains(., '{address}')]]")
    link = row.find_element(By.CSS_SELECTOR, "a")
    submit(driver, link)
    assert "Godstart" in driver.find_element(By.CSS_SELECTOR, "pre.mail-body").text
    assert address in main_text(driver)


# --------------------------------------------------------------------------- against an SMTP server


class Sink:
    """Keeps what arrives, with whether it came over TLS after a login."""

    def __init__(self):
        self.received = []

    async def handle_DATA(self, server, session, envelope):
        self.received.append({
            "tls": session.ssl is not None,
            "login": session.authenticated,
            "to": envelope.rcpt_tos,
            "message": email.message_from_bytes(envelope.original_content or envelope.content, policy=email.policy.default),
        })
        return "250 OK"


def authenticate(server, session, envelope, mechanism, auth_data):
    ok = getattr(auth_data, "login", None) == SMTP_USER.encode() and getattr(auth_data, "password", None) == SMTP_PASSWORD.encode()
    return AuthResult(success=ok)


def signed_in_session(base, email_address):
    session = requests.Session()
    page = session.get(base + "/sign-in", timeout=10).text
    token = re.search(r'name="csrfToken" value="([^"]+)"', page).group(1)
    answer = session.post(base + "/sign-in", data={"email": email_address, "password": PASSWORD, "csrfToken": token}, timeout=10)
    assert answer.ok and "/sign-in" not in answer.url, "the administrator could not sign in"
    return session


def csrf(session, base, path):
    return re.search(r'name="csrfToken" value="([^"]+)"', session.get(base + path, timeout=10).text).group(1)


def wait_until(condition, seconds, message):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if condition():
            return
        time.sleep(0.5)
    raise AssertionError(message())


@pytest.fixture
def work():
    with tempfile.TemporaryDirectory() as directory:
        yield Path(directory)


def test_mail_survives_a_server_that_is_down_and_two_instances_send_each_once(work):
    assert BINARY.exists(), f"no godstart binary at {BINARY}"
    database = os.environ.get("GODSTART_MAIL_DATABASE_URL") or str(work / "mail.sqlite")

    ca = trustme.CA()
    certificate = ca.issue_cert("127.0.0.1", "localhost")
    ca_file = work / "ca.pem"
    ca.cert_pem.write_to_path(str(ca_file))
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    certificate.configure_cert(server_context)

    smtp_port = free_port()
    common = {
        "GODSTART_SMTP_HOST": "127.0.0.1", "GODSTART_SMTP_PORT": str(smtp_port), "GODSTART_SMTP_SECURITY": "starttls",
        "GODSTART_SMTP_USERNAME": SMTP_USER, "GODSTART_SMTP_PASSWORD": SMTP_PASSWORD,
        "GODSTART_SMTP_FROM": "Godstart <godstart@kommune.dk>", "GODSTART_SMTP_CA_FILE": str(ca_file),
        "GODSTART_MAIL_RETRY_SECONDS": "1", "GODSTART_MAIL_POLL_SECONDS": "0.5",
        # Reminders stay out of this test: only the mails it writes are counted.
        "GODSTART_REMINDER_POLL_SECONDS": "86400", "GODSTART_PUBLIC_URL": "https://godstart.kommune.dk",
        # The demo instance and the two others share one outbox, so they share one clock: the real
        # one (only a demo honours GODSTART_TODAY, and e2e/weekdays.sh sets it for the whole suite).
        "GODSTART_TODAY": "",
    }

    # 1. The mail server is down: the mail is written, tried, and kept with the server's error.
    first = Instance(work, "first", database, common, demo=True)
    try:
        admin = signed_in_session(first.base, ADMIN)
        addresses = [f"kollega{n}@kommune.dk" for n in range(30)]
        for address in addresses:
            answer = admin.post(first.base + "/admin/outbox/test",
                                data={"address": address, "csrfToken": csrf(admin, first.base, "/admin/outbox")}, timeout=10)
            assert answer.ok, answer.text[-500:]
        message_page = first.base + "/admin/outbox/" + first_message_id(admin, first.base)
        wait_until(lambda: "could not connect" in admin.get(message_page, timeout=10).text,
                   30, lambda: "the failed attempt is not shown on the mail's page")
        assert first.metric("godstart_outbox_waiting") >= 30, "nothing is lost while the server is down"
        assert first.metric("godstart_job_failures_total", job="mail") >= 1
    finally:
        first.stop()

    # 2. The server is up; two instances share the outbox.
    sink = Sink()
    controller = Controller(sink, hostname="127.0.0.1", port=smtp_port, tls_context=server_context, require_starttls=True,
                            authenticator=authenticate, auth_required=True)
    controller.start()
    second = third = None
    try:
        second = Instance(work, "second", database, common)
        third = Instance(work, "third", database, common)
        wait_until(lambda: len([r for r in sink.received if r["to"][0] in addresses]) >= 30 and second.metric("godstart_outbox_waiting") == 0,
                   120, lambda: f"{len(sink.received)} of 30 arrived; waiting {second.metric('godstart_outbox_waiting')}")
        time.sleep(3)  # anything sent twice would arrive now
        ours = [r for r in sink.received if r["to"][0] in addresses]
        ids = [r["message"]["Message-ID"] for r in ours]
        assert len(ours) == 30, f"{len(ours)} arrived for 30 mails"
        assert len(set(ids)) == 30, "a mail arrived twice"
        assert sorted(r["to"][0] for r in ours) == sorted(addresses)
        assert all(r["tls"] and r["login"] for r in ours), "every mail went over TLS after a login"
        message = ours[0]["message"]
        assert message["Subject"] == "Testmail fra Godstart"
        assert "Auto-Submitted" in message
        body = message.get_content()
        assert "Venlig hilsen" in body and "Godstart" in body
        sent_by = [second.metric("godstart_mail_sent_total"), third.metric("godstart_mail_sent_total")]
        assert sum(sent_by) == len(sink.received), f"the two instances sent {sent_by}, {len(sink.received)} arrived"
        print(f"sent by the two instances: {sent_by}")
    finally:
        for instance in (second, third):
            if instance:
                instance.stop()
        controller.stop()


def first_message_id(session, base):
    match = re.search(r'href="/admin/outbox/([0-9a-f-]{36})"', session.get(base + "/admin/outbox", timeout=10).text)
    return match.group(1) if match else "none"
