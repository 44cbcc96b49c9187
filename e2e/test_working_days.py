"""Plans on the real calendar: the coordinator sees the year's holidays, adds a closed day of her
own, and registering a new hire on Good Friday names the day and asks before keeping it; the
plan meets on working days only. Axe runs on every page."""

import datetime as dt
import re

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

import conftest
from conftest import UUID, main_text, path_of, select_option_starting_with, sign_in, submit, unique, visit

COORDINATOR = "marianne@demo.godstart.dk"


def easter_sunday(year):
    """The anonymous Gregorian algorithm, written apart from the server's."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def set_date(driver, element, iso):
    driver.execute_script("arguments[0].value = arguments[1];", element, iso)


def test_a_first_day_on_good_friday_is_named_and_kept_only_when_confirmed(browser):
    driver = browser
    sign_in(driver, COORDINATOR)
    visit(driver, "/working-days")
    year = conftest.TODAY.year + 1
    assert f"Lukkedage i {year}" in main_text(driver)
    assert "Langfredag" in main_text(driver)

    # The next Good Friday: always within a year, so only the holiday is asked about.
    good_friday = easter_sunday(conftest.TODAY.year) - dt.timedelta(days=2)
    if good_friday <= conftest.TODAY:
        good_friday = easter_sunday(conftest.TODAY.year + 1) - dt.timedelta(days=2)
    visit(driver, "/programmes/new")
    stamp = unique("langfredag")
    driver.find_element(By.ID, "name").send_keys(f"Fredag {stamp}")
    driver.find_element(By.ID, "email").send_keys(f"{stamp}@e2e.godstart.dk")
    Select(driver.find_element(By.ID, "unit")).select_by_visible_text("Børn og Unge")
    set_date(driver, driver.find_element(By.ID, "firstDay"), good_friday.isoformat())
    select_option_starting_with(driver.find_element(By.ID, "manager"), "Henrik Dahl")
    select_option_starting_with(driver.find_element(By.ID, "contactPerson"), "Karen Jakobsen")
    select_option_starting_with(driver.find_element(By.ID, "mentor"), "Rasmus Pedersen")
    driver.find_element(By.ID, "overrideReason").send_keys("Karen og Rasmus har sagt ja til en ekstra")
    submit(driver, driver.find_element(By.CSS_SELECTOR, "form.register button[value='register']"))
    assert "er langfredag" in driver.find_element(By.ID, "firstDay-error").text
    assert driver.find_element(By.ID, "name").get_attribute("value") == f"Fredag {stamp}", "what was typed is kept"

    driver.find_element(By.CSS_SELECTOR, "label[for='keepClosedDay']").click()
    submit(driver, driver.find_element(By.CSS_SELECTOR, "form.register button[value='register']"))
    assert re.fullmatch(rf"/programmes/{UUID}", path_of(driver)), main_text(driver)
    assert str(good_friday.day) in main_text(driver)
