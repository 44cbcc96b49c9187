"""Norwegian Bokmål, the fourth language, added by its catalogue alone (issue 25): a browser that
asks for Norwegian gets every page each role reaches in Norwegian, checked by axe, and the
language picker offers it.

Each role's pages are found by following the links from its home page, as a person would.
"""

import re
from urllib.parse import urlparse

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import html_lang, make_browser, path_of, sign_in, visit

# People no other test switches to another language (the choice is saved on the person).
ROLES = ["ida", "thomas", "mette", "sofie", "henrik", "marianne", "lone"]
PAGES_PER_ROLE = 18
# Links that download a file or leave the pages: not a page to read.
SKIP = ("/sign-out", ".ics", "/calendar/", "/export", "download", ".zip", ".csv", "/api/", "/metrics")


@pytest.fixture
def norwegian_browser():
    driver = make_browser(accept_language="nb-NO,nb")
    yield driver
    driver.quit()


def links(driver):
    """The app's own pages this page links to, as paths."""
    here = urlparse(driver.current_url).netloc
    found = []
    for a in driver.find_elements(By.CSS_SELECTOR, "a[href]"):
        link = urlparse(a.get_attribute("href") or "")
        path = link.path + (f"?{link.query}" if link.query else "")
        if link.netloc == here and path.startswith("/") and not any(s in path for s in SKIP):
            found.append(path)
    return found


@pytest.mark.parametrize("person", ROLES)
def test_every_page_a_role_reaches_speaks_norwegian(norwegian_browser, person):
    driver = norwegian_browser
    home = sign_in(driver, f"{person}@demo.godstart.dk")
    queue, seen, read = [home], {home}, 0
    while queue and read < PAGES_PER_ROLE:
        path = queue.pop(0)
        visit(driver, path)     # axe runs on every page
        if path_of(driver) != path.split("?")[0]:
            continue            # a redirect: the page it leads to is queued on its own
        read += 1
        assert html_lang(driver) == "nb", f"{path} is not in Norwegian"
        text = driver.find_element(By.TAG_NAME, "body").text
        unfilled = re.search(r"\{[A-Za-z][A-Za-z0-9]*(:lower)?\}", text)
        assert unfilled is None, f"{path} shows {unfilled.group(0)} unfilled"
        for link in links(driver):
            if link not in seen:
                seen.add(link)
                queue.append(link)
    assert read >= 3, f"{person} reaches only {read} pages"


def test_the_picker_offers_norwegian(norwegian_browser):
    sign_in(norwegian_browser, "sofie@demo.godstart.dk")
    options = [o.text for o in Select(norwegian_browser.find_element(By.ID, "language-choice")).options]
    assert "Norsk bokmål" in options and "Dansk" in options
    assert norwegian_browser.find_element(By.CSS_SELECTOR, "label[for='language-choice']").text.strip() == "Språk"
