"""Godstart on a phone (360 x 740): no sideways scrolling of the page, and axe passes.

Each page gets its own test so that a problem on one page does not hide the others: the
sign-in happens at desktop size, then the window shrinks to phone size before the page
under test is opened (the sign-in page at phone size has a test of its own).
"""

import pytest

from conftest import path_of, sign_in, visit

PHONE = (360, 740)


def assert_no_sideways_scrolling(driver):
    inner, scroll = driver.execute_script(
        "return [window.innerWidth, document.documentElement.scrollWidth]")
    assert inner <= 400, f"the window is {inner} px wide, not phone-sized"
    assert scroll <= inner + 1, (
        f"{path_of(driver)} scrolls sideways on a phone: scrollWidth {scroll} > innerWidth {inner}")


def test_newcomer_home_fits_a_phone(browser):
    assert sign_in(browser, "emma@demo.godstart.dk") == "/my-programme"
    browser.set_window_size(*PHONE)
    visit(browser, "/my-programme")
    assert_no_sideways_scrolling(browser)


def test_sign_in_page_fits_a_phone(browser):
    browser.set_window_size(*PHONE)
    visit(browser, "/sign-in")
    assert_no_sideways_scrolling(browser)


@pytest.mark.parametrize("email,home", [
    ("anne@demo.godstart.dk", "/my-newcomers"),
    ("henrik@demo.godstart.dk", "/team"),
    ("marianne@demo.godstart.dk", "/programmes"),
    ("lone@demo.godstart.dk", "/admin/people"),
])
def test_other_homes_fit_a_phone(browser, email, home):
    assert sign_in(browser, email) == home
    browser.set_window_size(*PHONE)
    visit(browser, home)
    assert_no_sideways_scrolling(browser)


@pytest.mark.parametrize("page", ["agreement", "learning-goals", "competence-plan", "evaluations", "preparation", "checklist", "schedule", "who-does-what"])
def test_the_mentees_mentoring_pages_fit_a_phone(browser, page):
    sign_in(browser, "ida@demo.godstart.dk")
    visit(browser, "/my-programme")
    programme = browser.execute_script(
        "return document.querySelector(\"main a[href^='/programmes/']\").getAttribute('href')").split("/")[2]
    browser.set_window_size(*PHONE)
    visit(browser, f"/programmes/{programme}/{page}")
    assert_no_sideways_scrolling(browser)
