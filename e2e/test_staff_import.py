"""The administrator imports the staff list from HR: a Windows-1252 file whose job-title column
Godstart cannot guess, mapped by hand; the preview shows who is new, changed or leaving; the
import creates them; the same file again changes nothing, and the mapping is remembered."""

import tempfile
import time
from pathlib import Path

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import main_text, sign_in, submit, visit

ADMIN = "lone@demo.godstart.dk"


def upload(driver, path):
    visit(driver, "/admin/staff-import")
    driver.find_element(By.ID, "file").send_keys(str(path))
    submit(driver, driver.find_element(By.CSS_SELECTOR, "main form button[value='preview']"))


def test_the_staff_list_is_mapped_previewed_and_imported_once(browser):
    driver = browser
    stamp = time.time_ns()
    email = f"aase{stamp}@demo.godstart.dk"
    text = ("Medarbejder;Arbejdsmail;Afdeling;Jobfunktion;Ansættelsesdato\r\n"
            f"Åse Ørum {stamp};{email};Familieafsnittet Syd;Socialrådgiver;01-12-2026\r\n")
    path = Path(tempfile.mkdtemp()) / "hr-eksport.csv"
    path.write_bytes(text.encode("cp1252"))

    sign_in(driver, ADMIN)
    visit(driver, "/admin/people")
    submit(driver, driver.find_element(By.LINK_TEXT, "Importér medarbejdere fra HR"))
    upload(driver, path)
    assert f"Åse Ørum {stamp}" in main_text(driver), "the letters survive Windows-1252"
    title = Select(driver.find_element(By.ID, "mapTitle"))
    assert title.first_selected_option.get_attribute("value") == "", "Jobfunktion is not a name Godstart knows"
    title.select_by_value("Jobfunktion")
    submit(driver, driver.find_element(By.CSS_SELECTOR, "main form button[value='preview']"))
    assert "Familieafsnittet Syd" in main_text(driver)
    submit(driver, driver.find_element(By.CSS_SELECTOR, "main form button[value='import']"))
    assert driver.current_url.endswith("/admin/people")
    assert email in main_text(driver)

    upload(driver, path)
    assert Select(driver.find_element(By.ID, "mapTitle")).first_selected_option.get_attribute("value") == "Jobfunktion", \
        "the mapping is remembered"
    assert not driver.find_elements(By.CSS_SELECTOR, "main form button[value='import']"), "nothing to import the second time"
