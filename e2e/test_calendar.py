"""A new hire makes their calendar address, and the feed it serves is a calendar that a calendar
library reads: the meetings with stable UIDs, and no meeting notes. Axe runs on every page."""

import urllib.request

import icalendar
from selenium.webdriver.common.by import By

from conftest import main_text, sign_in, submit, visit

NEW_HIRE = "emma@demo.godstart.dk"


def test_a_new_hire_subscribes_to_their_calendar(browser):
    driver = browser
    sign_in(driver, NEW_HIRE)
    visit(driver, "/calendar")
    submit(driver, driver.find_element(By.CSS_SELECTOR, "main form button[value='new']"))
    address = driver.find_element(By.ID, "feed-url").get_attribute("value")
    assert "/calendar-feeds/" in address and address.endswith(".ics"), address

    with urllib.request.urlopen(address) as response:
        assert response.headers["Content-Type"].startswith("text/calendar")
        calendar = icalendar.Calendar.from_ical(response.read())
    events = [component for component in calendar.walk("VEVENT")]
    assert events, "the new hire's meetings are in the calendar"
    assert all(str(event["UID"]).endswith("@godstart") for event in events)
    assert any("Emma Rasmussen" in str(event["SUMMARY"]) for event in events)
    text = calendar.to_ical().decode("utf-8")
    assert "Fortrolig" not in text, "no meeting notes in a calendar"

    visit(driver, "/calendar")
    assert "virker" in main_text(driver), "the address is active, and not shown again"
    assert not driver.find_elements(By.ID, "feed-url")
