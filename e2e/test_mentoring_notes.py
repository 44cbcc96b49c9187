"""A mentor writes notes in a mentoring meeting and marks it as held; the notes stay private.

The module fixture `mentor_meeting` runs the mentor's flow once (in its own browser, with
axe on every page) and hands the meeting URL and the unique note texts to the tests. Each
test asks for the fixture itself, so the tests do not depend on their order.
"""

import re

import pytest
from selenium.webdriver.common.by import By

from conftest import (UUID, follow, h1, link_in_main, main_text, make_browser, path_of, sign_in,
                      sign_out, submit, unique, visit)

MENTOR = "thomas@demo.godstart.dk"      # Ida Christensen's mentor
NEWCOMER = "ida@demo.godstart.dk"
MANAGER = "henrik@demo.godstart.dk"     # Ida's manager
NO_ROLE = "rasmus@demo.godstart.dk"     # a colleague with no part in any programme
NOT_FOUND_HEADING = "Siden findes ikke"


def first_unheld_mentoring_meeting(driver):
    """The first "Mentorsamtale" in the plan that is not held yet (the demo leaves a past one unmarked)."""
    for item in driver.find_elements(By.CSS_SELECTOR, "main ol.timeline > li"):
        links = item.find_elements(By.CSS_SELECTOR, "a[href*='/meetings/']")
        if not links or not links[0].text.strip().startswith("Mentorsamtale"):
            continue
        if item.find_elements(By.CSS_SELECTOR, ".status.held"):
            continue
        return links[0]
    raise AssertionError(f"no mentoring meeting left that is not held:\n{main_text(driver)}")


@pytest.fixture(scope="module")
def mentor_meeting():
    stamp = unique("notat")
    on_your_mind = f"Fortroligt {stamp}: jeg er usikker på en underretning."
    takeaways = f"Tager med {stamp}: spørg tidligt."
    driver = make_browser()
    try:
        assert sign_in(driver, MENTOR) == "/my-newcomers"
        follow(driver, link_in_main(driver, "Ida Christensen", rf"/programmes/{UUID}$"))
        programme_path = path_of(driver)
        assert "Ida Christensen" in h1(driver)

        meeting_link = first_unheld_mentoring_meeting(driver)
        title = meeting_link.text.strip()
        follow(driver, meeting_link)
        meeting_path = path_of(driver)
        assert re.fullmatch(rf"/meetings/{UUID}", meeting_path)
        assert h1(driver) == title
        assert not driver.find_elements(By.CSS_SELECTOR, "main .status.held"), "meeting is held already"

        # An earlier, interrupted run may have left notes here: write ours over them.
        for field_id, text in (("note-onYourMind", on_your_mind), ("note-takeaways", takeaways)):
            field = driver.find_element(By.CSS_SELECTOR, f"textarea#{field_id}")
            field.clear()
            field.send_keys(text)
        save = driver.find_element(By.CSS_SELECTOR, "form.notes button[type='submit']")
        assert save.text.strip() == "Gem noter"
        submit(driver, save)
        assert path_of(driver) == meeting_path
        saved = {
            "flash": " ".join(e.text for e in driver.find_elements(By.CSS_SELECTOR, ".flash")),
            "onYourMind": driver.find_element(By.ID, "note-onYourMind").get_attribute("value"),
            "takeaways": driver.find_element(By.ID, "note-takeaways").get_attribute("value"),
        }

        held = driver.find_element(By.CSS_SELECTOR, "form[action$='/held'] button[type='submit']")
        assert held.text.strip() == "Markér som afholdt"
        submit(driver, held)
        assert path_of(driver) == meeting_path
        held_status = [e.text for e in driver.find_elements(By.CSS_SELECTOR, "main .status.held")]
        held_buttons = [e.text.strip() for e in driver.find_elements(By.CSS_SELECTOR, "form[action$='/held'] button")]

        assert sign_out(driver) in ("/sign-in", "/")
        yield {
            "programme": programme_path, "meeting": meeting_path, "title": title, "stamp": stamp,
            "onYourMind": on_your_mind, "takeaways": takeaways, "saved": saved,
            "held_status": held_status, "held_buttons": held_buttons,
        }
    finally:
        driver.quit()


def test_mentor_saves_notes_and_marks_meeting_held(mentor_meeting, browser):
    m = mentor_meeting
    assert m["saved"]["onYourMind"].strip() == m["onYourMind"]
    assert m["saved"]["takeaways"].strip() == m["takeaways"]
    assert m["saved"]["flash"].strip(), "no flash message after saving the notes"
    assert m["held_status"] and m["held_status"][0].strip(), "no '.status.held' after 'Markér som afholdt'"
    # Only the way back is left: a mistaken "held" can be taken back.
    assert m["held_buttons"] == ["Markér som ikke afholdt"], m["held_buttons"]

    # The notes were really stored: the mentor sees them again in a new session.
    sign_in(browser, MENTOR)
    visit(browser, m["meeting"])
    assert browser.find_element(By.ID, "note-onYourMind").get_attribute("value").strip() == m["onYourMind"]
    assert browser.find_element(By.ID, "note-takeaways").get_attribute("value").strip() == m["takeaways"]
    assert browser.find_elements(By.CSS_SELECTOR, "main .status.held")


def test_newcomer_reads_the_notes_of_her_meeting(mentor_meeting, browser):
    m = mentor_meeting
    sign_in(browser, NEWCOMER)
    visit(browser, m["meeting"])
    assert m["onYourMind"] in browser.find_element(By.ID, "note-onYourMind").get_attribute("value")
    assert m["takeaways"] in browser.find_element(By.ID, "note-takeaways").get_attribute("value")


def assert_no_notes(driver, m):
    source = driver.page_source
    assert m["stamp"] not in source, f"the mentoring notes leak on {path_of(driver)}"
    assert m["onYourMind"] not in source and m["takeaways"] not in source


def test_manager_sees_meeting_was_held_but_not_the_notes(mentor_meeting, browser):
    m = mentor_meeting
    assert sign_in(browser, MANAGER) == "/team"
    assert_no_notes(browser, m)

    visit(browser, m["meeting"])
    assert h1(browser) == m["title"]
    assert browser.find_elements(By.CSS_SELECTOR, "main .status.held"), (
        f"the manager does not see that the meeting was held:\n{main_text(browser)}")
    assert_no_notes(browser, m)
    assert not browser.find_elements(By.TAG_NAME, "textarea"), "the manager gets a notes field"

    visit(browser, "/team")
    assert_no_notes(browser, m)
    visit(browser, m["programme"])
    assert "Ida Christensen" in h1(browser)
    assert_no_notes(browser, m)


@pytest.mark.parametrize("email", [
    "marianne@demo.godstart.dk",   # coordinator: sees dates and status, never what is said
    "karen@demo.godstart.dk",      # Ida's contact person, not part of the mentoring meetings
    "sofie@demo.godstart.dk",      # Ida's buddy
])
def test_others_around_the_newcomer_never_see_the_notes(mentor_meeting, new_browser, email):
    m = mentor_meeting
    driver = new_browser()
    sign_in(driver, email)
    visit(driver, m["meeting"])
    assert_no_notes(driver, m)
    assert not driver.find_elements(By.TAG_NAME, "textarea"), f"{email} gets a notes field"


def test_colleague_without_role_gets_not_found(mentor_meeting, browser):
    m = mentor_meeting
    sign_in(browser, NO_ROLE)
    for path in (m["meeting"], m["programme"]):
        visit(browser, path)
        assert h1(browser) == NOT_FOUND_HEADING, f"{NO_ROLE} on {path}:\n{main_text(browser)}"
        assert browser.title.startswith(NOT_FOUND_HEADING)
        assert_no_notes(browser, m)
        assert "Ida Christensen" not in browser.page_source


def test_mentor_opens_move_form_and_gets_an_error_for_an_empty_date(browser):
    driver = browser
    assert sign_in(driver, MENTOR) == "/my-newcomers"
    follow(driver, link_in_main(driver, "Ida Christensen", rf"/programmes/{UUID}$"))
    follow(driver, first_unheld_mentoring_meeting(driver))
    meeting_path = path_of(driver)
    move = driver.find_element(By.CSS_SELECTOR, f"main a[href='{meeting_path}/move']")
    assert move.text.strip() == "Flyt møde"
    follow(driver, move)
    assert path_of(driver) == meeting_path + "/move"

    date = driver.find_element(By.ID, "date")
    original_date = date.get_attribute("value")
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", original_date)
    driver.execute_script("arguments[0].value = '';", date)
    submit(driver, driver.find_element(By.CSS_SELECTOR, "main form button[type='submit']"))
    assert path_of(driver) == meeting_path + "/move"
    errors = driver.find_elements(By.ID, "date-error")
    assert errors and errors[0].text.strip(), f"no #date-error for an empty date:\n{main_text(driver)}"
    assert "date-error" in (driver.find_element(By.ID, "date").get_attribute("aria-describedby") or "")

    # "Annuller" leads back to the meeting, which did not move.
    follow(driver, driver.find_element(By.CSS_SELECTOR, f"main a.button[href='{meeting_path}']"))
    assert path_of(driver) == meeting_path
    follow(driver, driver.find_element(By.CSS_SELECTOR, f"main a[href='{meeting_path}/move']"))
    assert driver.find_element(By.ID, "date").get_attribute("value") == original_date
