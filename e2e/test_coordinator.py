"""A coordinator registers a newly hired social worker, first with a mistake, then right."""

import re

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import (UUID, follow, h1, link_in_main, main_text, monday, path_of, select_option_starting_with,
                      sign_in, submit, unique)

# A Monday a quarter ahead of the server's today.
FIRST_DAY = monday(13).isoformat()
DEMO_NEWCOMERS = ["Emma Rasmussen", "Jonas Poulsen", "Ida Christensen", "Frederik Larsen", "Laura Thomsen"]


def set_date(driver, element, iso):
    """<input type=date>: set the value directly, independent of the browser's locale format."""
    driver.execute_script("arguments[0].value = arguments[1];", element, iso)


def fill_newcomer(driver, name, email):
    field = driver.find_element(By.ID, "name")
    field.clear()
    field.send_keys(name)
    field = driver.find_element(By.ID, "email")
    field.clear()
    field.send_keys(email)
    Select(driver.find_element(By.ID, "unit")).select_by_visible_text("Børn og Unge")
    set_date(driver, driver.find_element(By.ID, "firstDay"), FIRST_DAY)
    driver.find_element(By.ID, "variant-standard").click()


def register_button(driver):
    return driver.find_element(By.CSS_SELECTOR, "form.register button[value='register']")


def test_coordinator_registers_new_hire(browser):
    driver = browser
    assert sign_in(driver, "marianne@demo.godstart.dk") == "/programmes"
    assert h1(driver) == "Alle forløb"
    table_text = driver.find_element(By.CSS_SELECTOR, "main table").text
    for newcomer in DEMO_NEWCOMERS:
        assert newcomer in table_text, f"{newcomer} missing from the list of programmes:\n{table_text}"

    # The link to the form says "Opret en nyansat" (there is one in the nav and one in <main>).
    new_link = driver.find_element(By.CSS_SELECTOR, "main a[href='/programmes/new']")
    assert new_link.text.strip() == "Opret en nyansat"
    follow(driver, new_link)
    assert path_of(driver) == "/programmes/new"

    stamp = unique()
    name = f"Test Nyansat {stamp}"
    email = f"{stamp}@e2e.godstart.dk"

    # 1. The manager is also chosen as contact person: the app must refuse and keep what was typed.
    fill_newcomer(driver, name, email)
    manager = select_option_starting_with(driver.find_element(By.ID, "manager"), "Henrik Dahl")
    assert manager == "Henrik Dahl (Børn og Unge)"
    select_option_starting_with(driver.find_element(By.ID, "contactPerson"), "Henrik Dahl")
    submit(driver, register_button(driver))

    errors = driver.find_elements(By.ID, "contactPerson-error")
    assert errors, f"no #contactPerson-error after choosing the manager as contact person:\n{main_text(driver)}"
    assert errors[0].text.strip(), "#contactPerson-error is empty"
    assert driver.find_element(By.ID, "name").get_attribute("value") == name
    # The rest of what was typed is kept too, and a summary at the top links to the field.
    assert driver.find_element(By.ID, "email").get_attribute("value") == email
    assert driver.find_element(By.ID, "firstDay").get_attribute("value") == FIRST_DAY
    assert Select(driver.find_element(By.ID, "unit")).first_selected_option.text == "Børn og Unge"
    summary_links = driver.find_elements(By.CSS_SELECTOR, "main a[href='#contactPerson']")
    assert summary_links, "no link from an error summary to #contactPerson"
    # The error is tied to the field for screen readers.
    described_by = driver.find_element(By.ID, "contactPerson").get_attribute("aria-describedby") or ""
    assert "contactPerson-error" in described_by.split(), (
        f"#contactPerson is not described by its error (aria-describedby={described_by!r})")

    # 2. Fix it and register for real.
    fill_newcomer(driver, name, email)
    select_option_starting_with(driver.find_element(By.ID, "manager"), "Henrik Dahl")
    select_option_starting_with(driver.find_element(By.ID, "contactPerson"), "Anne Sørensen")
    select_option_starting_with(driver.find_element(By.ID, "mentor"), "Peter Nielsen")
    select_option_starting_with(driver.find_element(By.ID, "buddy"), "Sofie Andersen")
    # Other tests may have filled Anne's places; a reason lets the coordinator choose her anyway.
    driver.find_element(By.ID, "overrideReason").send_keys("Anne har sagt ja til en ekstra nyansat")
    submit(driver, register_button(driver))

    assert re.fullmatch(rf"/programmes/{UUID}", path_of(driver)), (
        f"registering did not lead to the new programme but to {path_of(driver)}:\n{main_text(driver)}")
    assert name in h1(driver)
    flash = driver.find_elements(By.CSS_SELECTOR, ".flash")
    assert flash and flash[0].text.strip(), "no flash message after registering"
    meetings = [a for a in driver.find_elements(By.CSS_SELECTOR, "main a[href]")
                if re.search(rf"/meetings/{UUID}$", a.get_attribute("href"))]
    assert meetings, f"the new programme has no plan with meetings:\n{main_text(driver)}"
    people = main_text(driver)
    for person in ("Henrik Dahl", "Anne Sørensen", "Peter Nielsen", "Sofie Andersen"):
        assert person in people, f"{person} is not shown on the new programme"

    # The new programme is now in the coordinator's list.
    programme_path = path_of(driver)
    follow(driver, driver.find_element(By.CSS_SELECTOR, "nav a[href='/programmes']"))
    link_in_main(driver, name, re.escape(programme_path) + "$")
