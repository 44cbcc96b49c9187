"""Fixtures and helpers for Godstart's real-browser tests.

Every page a test looks at goes through `visit` (or `submit`, after a form),
and both run axe-core on the page, so each page is checked for WCAG 2.1 A/AA.

The suite runs against ONE server with demo data (see run.sh). Tests do not
depend on their order and tolerate data that other tests created.
"""

import json
import os
import re
import time
import urllib.parse
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from selenium import webdriver
from selenium.common.exceptions import StaleElementReferenceException, WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import Select, WebDriverWait

BASE_URL = os.environ.get("GODSTART_URL", "http://127.0.0.1:8091").rstrip("/")
PASSWORD = "godstart-demo"
AXE_PATH = Path(__file__).resolve().parent / "vendor" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
PAGE_TIMEOUT = int(os.environ.get("GODSTART_E2E_TIMEOUT", "60"))

UUID = r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"


def _server_today():
    """The server's today: GODSTART_TODAY when the demo runs on another day (e2e/weekdays.sh),
    otherwise today in Copenhagen, where the demo municipality is."""
    given = os.environ.get("GODSTART_TODAY", "")
    return date.fromisoformat(given) if given else datetime.now(ZoneInfo("Europe/Copenhagen")).date()


TODAY = _server_today()


def monday(weeks=0):
    """The Monday of the server's current week, `weeks` weeks on: the demo's dates are counted
    from it, so a test's dates are too, and the suite passes on any day."""
    return TODAY - timedelta(days=TODAY.weekday()) + timedelta(weeks=weeks)


def date_keys(field, day):
    """What to type into a date field for `day`: Chromium's date input here takes mmddyyyy, a
    text field (a browser without date inputs) the ISO date."""
    return day.strftime("%m%d%Y") if field.get_attribute("type") == "date" else day.isoformat()


def url(path):
    """The absolute URL of a path on the server under test."""
    if path.startswith("http://") or path.startswith("https://"):
        return path
    return BASE_URL + (path if path.startswith("/") else "/" + path)


def path_of(driver):
    """The path (no query, no host) of the page the browser shows."""
    current = driver.current_url
    if current.startswith(BASE_URL):
        current = current[len(BASE_URL):]
    return current.split("?", 1)[0].split("#", 1)[0] or "/"


def unique(prefix="e2e"):
    """A string no other test run has used: for e-mails, names and note texts."""
    return f"{prefix}{time.time_ns()}"


# --------------------------------------------------------------------------- browser


def make_browser(width=1280, height=900, javascript=True, accept_language="da-DK,da"):
    """A new headless Chromium with its own, empty profile (fresh cookies)."""
    options = webdriver.ChromeOptions()
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage",
                     f"--window-size={width},{height}", "--lang=da-DK"):
        options.add_argument(argument)
    binary = os.environ.get("CHROMIUM_BINARY", "/usr/bin/chromium")
    if binary and os.path.exists(binary):
        options.binary_location = binary
    # A Danish browser, as the app's users have: the app honours Accept-Language.
    prefs = {"intl.accept_languages": accept_language}
    if not javascript:
        prefs["profile.managed_default_content_settings.javascript"] = 2
    options.add_experimental_option("prefs", prefs)
    driver_path = os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver")
    service = Service(executable_path=driver_path) if os.path.exists(driver_path) else Service()
    driver = webdriver.Chrome(options=options, service=service)
    driver.set_window_size(width, height)
    driver.set_page_load_timeout(PAGE_TIMEOUT)
    driver.set_script_timeout(60)
    return driver


@pytest.fixture
def new_browser():
    """A factory for extra browsers inside one test; all are closed at its end."""
    made = []

    def factory(**kwargs):
        driver = make_browser(**kwargs)
        made.append(driver)
        return driver

    yield factory
    for driver in made:
        try:
            driver.quit()
        except Exception:
            pass


@pytest.fixture(scope="session")
def _shared_browser():
    """One Chromium for the whole run: starting one costs a second or more, once per test."""
    made = []

    def current():
        if made:
            try:
                _make_like_new(made[0])
                return made[0]
            except WebDriverException:
                try:
                    made[0].quit()
                except Exception:
                    pass
                made.clear()
        made.append(make_browser())
        return made[0]

    yield current
    for driver in made:
        try:
            driver.quit()
        except Exception:
            pass


def _make_like_new(driver):
    """Brings a used browser back to how `make_browser` leaves a new one: one blank tab, no
    cookies for any server, no stored data, the default size."""
    handles = driver.window_handles
    for handle in handles[1:]:
        driver.switch_to.window(handle)
        driver.close()
    driver.switch_to.window(handles[0])
    driver.get("about:blank")
    driver.execute_cdp_cmd("Network.clearBrowserCookies", {})
    driver.execute_cdp_cmd("Network.clearBrowserCache", {})
    driver.set_window_size(1280, 900)


@pytest.fixture
def browser(_shared_browser):
    """A headless Chromium, 1280x900, with no cookies: the run's one browser, cleared for this test."""
    return _shared_browser()


# --------------------------------------------------------------------------- axe


def check_axe(driver):
    """Runs axe-core (WCAG 2.0/2.1 A and AA) on the current page; fails on any violation."""
    if not AXE_PATH.exists():
        pytest.fail(f"{AXE_PATH} is missing: run e2e/fetch_axe.sh first")
    driver.execute_script(AXE_PATH.read_text(encoding="utf-8"))
    result = driver.execute_async_script(
        """
        const done = arguments[arguments.length - 1];
        axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}})
          .then(r => done({violations: r.violations.map(v => ({
              id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
              nodes: v.nodes.map(n => ({target: n.target, html: n.html,
                                        summary: n.failureSummary}))}))}))
          .catch(e => done({error: String(e)}));
        """,
        AXE_TAGS,
    )
    if result is None or "error" in result:
        pytest.fail(f"axe-core did not run on {driver.current_url}: {result}")
    violations = result["violations"]
    if violations:
        lines = [f"axe found {len(violations)} violation(s) on {path_of(driver)} "
                 f"({driver.title!r}):"]
        for v in violations:
            lines.append(f"- [{v['impact']}] {v['id']}: {v['help']} ({v['helpUrl']})")
            for node in v["nodes"]:
                target = " ".join(json.dumps(t, ensure_ascii=False) for t in node["target"])
                lines.append(f"    at {target}: {node['html'][:200]}")
                if node.get("summary"):
                    summary = re.sub(r"\s+", " ", node["summary"]).strip()
                    lines.append(f"      {summary[:400]}")
        pytest.fail("\n".join(lines), pytrace=False)


# --------------------------------------------------------------------------- navigation


def wait_for_page(driver):
    WebDriverWait(driver, PAGE_TIMEOUT).until(
        lambda d: d.execute_script("return document.readyState") == "complete")


def visit(driver, path, axe=True):
    """Opens a page of the app and checks it with axe."""
    driver.get(url(path))
    wait_for_page(driver)
    if axe:
        check_axe(driver)
    return driver


def page_replaced(old_page):
    """True once the old page's root element is gone. Chromium sometimes reports a node of a
    page being unloaded as "does not belong to the document" instead of stale; both mean gone."""
    def check(_driver):
        try:
            old_page.is_enabled()
            return False
        except StaleElementReferenceException:
            return True
        except WebDriverException as error:
            if "does not belong to the document" in str(error) or "No node with given id" in str(error):
                return True
            raise
    return check


def submit(driver, button, axe=True):
    """Clicks a submit button, waits for the next page to load and checks it with axe."""
    old_page = driver.find_element(By.TAG_NAME, "html")
    button.click()
    WebDriverWait(driver, PAGE_TIMEOUT).until(page_replaced(old_page))
    wait_for_page(driver)
    if axe:
        check_axe(driver)
    return driver


def follow(driver, link, axe=True):
    """Clicks a link, waits for the page it leads to and checks that page with axe."""
    return submit(driver, link, axe=axe)


def sign_in(driver, email, password=PASSWORD, axe=True, base=""):
    """Signs in through the sign-in form (of the server at `base`, a test's own, when given);
    returns the path the app lands on."""
    visit(driver, base + "/sign-in", axe=axe)
    driver.find_element(By.ID, "email").send_keys(email)
    driver.find_element(By.ID, "password").send_keys(password)
    button = driver.find_element(By.CSS_SELECTOR, "main form[action='/sign-in'] button[type='submit']")
    submit(driver, button, axe=axe)
    landed = path_of(driver) if not base else urllib.parse.urlparse(driver.current_url).path
    assert landed != "/sign-in", (
        f"signing in as {email} did not leave the sign-in page:\n{main_text(driver)}")
    return landed


def sign_out(driver):
    """Uses the 'Log ud' button in the header."""
    button = driver.find_element(By.CSS_SELECTOR, "form.sign-out button[type='submit']")
    submit(driver, button)
    return path_of(driver)


# --------------------------------------------------------------------------- page helpers


def main_text(driver):
    try:
        return driver.find_element(By.TAG_NAME, "main").text
    except Exception:
        return driver.page_source[:2000]


def h1(driver):
    return driver.find_element(By.TAG_NAME, "h1").text.strip()


def html_lang(driver):
    return driver.find_element(By.TAG_NAME, "html").get_attribute("lang")


def select_option_starting_with(select_element, text):
    """Chooses the option whose visible text starts with `text` (e.g. a name before '(Unit)')."""
    select = Select(select_element)
    for option in select.options:
        if option.text.strip().startswith(text):
            select.select_by_visible_text(option.text)
            return option.text.strip()
    names = [o.text for o in select.options]
    raise AssertionError(f"no option starting with {text!r} in #{select_element.get_attribute('id')}: {names}")


def choose_radio_labelled(driver, name, label):
    """Clicks the radio button named `name` whose label is `label`, as a person would."""
    for radio in driver.find_elements(By.CSS_SELECTOR, f"main input[type='radio'][name='{name}']"):
        text = driver.find_element(By.CSS_SELECTOR, f"label[for='{radio.get_attribute('id')}']")
        if text.text.strip() == label:
            text.click()
            return
    raise AssertionError(f"no {name} choice labelled {label}")


def link_in_main(driver, text, href_pattern):
    """The first link in <main> with this text whose href matches the pattern."""
    for link in driver.find_elements(By.CSS_SELECTOR, "main a[href]"):
        if link.text.strip() == text and re.search(href_pattern, link.get_attribute("href") or ""):
            return link
    raise AssertionError(f"no link {text!r} ({href_pattern}) on {path_of(driver)}:\n{main_text(driver)}")
