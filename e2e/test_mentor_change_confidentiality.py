"""Issue 20, item 1: a mentor change decided by what was written when, not by a meeting's date.
Ida and Thomas write in her next meeting; the coordinator gives her Peter as mentor; Peter starts
on empty notes and writes his own; Ida keeps everything; Thomas reads nothing more; each of them
finds the change in "Hvem har set mit materiale". On its own server, since it changes Ida's mentor,
which the other tests rely on. Axe runs on every page."""

import tempfile
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By

import conftest
from conftest import choose_radio_labelled, follow, main_text, path_of, sign_in, submit, unique, visit
from instances import Instance

IDA = "ida@demo.godstart.dk"
THOMAS = "thomas@demo.godstart.dk"
PETER = "peter@demo.godstart.dk"
COORDINATOR = "marianne@demo.godstart.dk"


@pytest.fixture
def own_server(monkeypatch):
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        server = Instance(work, "mentor-change", str(work / "mentor-change.sqlite"), {}, demo=True)
        monkeypatch.setattr(conftest, "BASE_URL", server.base)
        try:
            yield server
        finally:
            server.stop()


def write_note(driver, point, text):
    """Writes `text` under one point of the meeting's agenda, keeping what the other points hold."""
    field = driver.find_element(By.ID, f"note-{point}")
    field.clear()
    field.send_keys(text)
    submit(driver, driver.find_element(By.CSS_SELECTOR, "main form.notes button[type='submit']"))


def own_log(driver):
    visit(driver, "/settings/audit-log")
    return main_text(driver)


def test_a_mentor_change_keeps_the_earlier_mentoring_with_the_mentee(own_server, new_browser):
    ida = new_browser()
    sign_in(ida, IDA)
    visit(ida, "/my-programme")
    follow(ida, ida.find_element(By.CSS_SELECTOR, "main a[href^='/meetings/']"))
    meeting = path_of(ida)
    idas_text = unique("Ida før skiftet")
    write_note(ida, "onYourMind", idas_text)

    thomas = new_browser()
    sign_in(thomas, THOMAS)
    visit(thomas, meeting)
    assert idas_text in thomas.find_element(By.ID, "note-onYourMind").get_attribute("value")
    thomas_text = unique("Thomas før skiftet")
    write_note(thomas, "plannedTheme", thomas_text)

    coordinator = new_browser()
    sign_in(coordinator, COORDINATOR)
    visit(coordinator, "/programmes")
    follow(coordinator, [a for a in coordinator.find_elements(By.CSS_SELECTOR, "main a") if a.text == "Ida Christensen"][0])
    follow(coordinator, coordinator.find_element(By.LINK_TEXT, "Skift mentor"))
    choose_radio_labelled(coordinator, "mentor", "Peter Nielsen")
    coordinator.find_element(By.CSS_SELECTOR, "label[for='reason-betterFit']").click()
    submit(coordinator, coordinator.find_element(By.CSS_SELECTOR, "main form button[type='submit']"))
    assert "Peter Nielsen" in coordinator.find_element(By.CSS_SELECTOR, "main ul.people").text
    assert idas_text not in coordinator.page_source and thomas_text not in coordinator.page_source

    peter = new_browser()
    sign_in(peter, PETER)
    visit(peter, meeting)
    assert idas_text not in peter.page_source, "the new mentor does not read what was written before"
    assert thomas_text not in peter.page_source
    assert "noter fra mentorforløbet med en tidligere mentor" in main_text(peter)
    assert peter.find_element(By.ID, "note-onYourMind").get_attribute("value") == ""
    peters_text = unique("Peter efter skiftet")
    write_note(peter, "onYourMind", peters_text)
    assert peters_text in peter.find_element(By.ID, "note-onYourMind").get_attribute("value")
    assert idas_text not in peter.page_source
    assert "Valgt som ny mentor" in own_log(peter)

    visit(ida, meeting)
    earlier = ida.find_element(By.CSS_SELECTOR, "main section.earlier-notes").text
    assert "Noter fra mentorforløbet med Thomas Kristensen" in earlier
    assert idas_text in earlier and thomas_text in earlier, "the mentee keeps what she wrote with Thomas"
    assert peters_text in ida.find_element(By.ID, "note-onYourMind").get_attribute("value")
    assert "Fik en ny mentor" in own_log(ida)

    visit(thomas, meeting)
    assert idas_text not in thomas.page_source and peters_text not in thomas.page_source
    assert "Stoppede som mentor i forløbet" in own_log(thomas)
