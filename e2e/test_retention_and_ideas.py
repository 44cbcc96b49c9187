"""The coordinator imports employment dates from HR as a file, with a preview, reads retention as
tables and SVG curves and types an employment by hand; an idea sent without a name is answered. Axe runs on every page."""

import tempfile
from datetime import date
from pathlib import Path

from selenium.webdriver.common.by import By

from conftest import date_keys, follow, main_text, sign_in, sign_out, submit, unique, visit

COORDINATOR = "marianne@demo.godstart.dk"
COLLEAGUE = "anne@demo.godstart.dk"


def test_an_hr_file_is_previewed_imported_and_counted_in_retention(browser):
    driver = browser
    stamp = unique("hr")
    lines = ["Medarbejdernummer;Startdato;Slutdato;Enhed"]
    lines += [f"{stamp}-{n};0{n}-03-2021;{'30-09-2021' if n < 3 else ''};Børn og Unge" for n in range(1, 7)]
    lines.append(f"{stamp}-bad;31-02-2021;;Børn og Unge")
    path = Path(tempfile.mkdtemp()) / "medarbejdere.csv"
    # Windows-1252, as older HR systems export, with a line that cannot be read.
    path.write_bytes("\r\n".join(lines).encode("cp1252"))

    # The coordinator keeps the dates (issue 23): from the retention page to the import.
    sign_in(driver, COORDINATOR)
    visit(driver, "/retention")
    follow(driver, driver.find_element(By.LINK_TEXT, "Indtast eller importér ansættelsesdatoer"))
    follow(driver, driver.find_element(By.LINK_TEXT, "Importér ansættelsesdatoer fra HR"))
    driver.find_element(By.ID, "file").send_keys(str(path))
    submit(driver, driver.find_element(By.CSS_SELECTOR, "main button[value='preview']"))
    text = main_text(driver)
    assert "Linje 8" in text, text
    assert "Børn og Unge" in text, "the Danish letters survive"
    assert not driver.find_elements(By.CSS_SELECTOR, "main button[value='import']"), "no import while a line has errors"

    # The lines are in the text box now: remove the bad one and preview again.
    box = driver.find_element(By.ID, "csv")
    kept = "\n".join(line for line in box.get_attribute("value").splitlines() if "-bad;" not in line)
    box.clear()
    box.send_keys(kept)
    submit(driver, driver.find_element(By.CSS_SELECTOR, "main button[value='preview']"))
    assert "6 nye" in main_text(driver), main_text(driver)
    submit(driver, driver.find_element(By.CSS_SELECTOR, "main button[value='import']"))
    assert "/employments" in driver.current_url
    assert f"{stamp}-1" in main_text(driver)

    visit(driver, "/retention")
    text = main_text(driver)
    assert "2021" in text and "Efter 12 måneder" in text, text
    assert driver.find_elements(By.CSS_SELECTOR, "main figure svg[role='img'] path[d]"), "the curves are drawn"
    assert stamp not in driver.page_source, "no one's reference among the figures"
    assert driver.find_element(By.CSS_SELECTOR, "main a[href^='/retention.csv']")

    # One more typed by hand.
    follow(driver, driver.find_element(By.LINK_TEXT, "Indtast eller importér ansættelsesdatoer"))
    driver.find_element(By.ID, "reference").send_keys(f"{stamp}-tovholder")
    start = driver.find_element(By.ID, "start")
    start.send_keys(date_keys(start, date(2022, 3, 1)))
    submit(driver, driver.find_element(By.CSS_SELECTOR, "main form[action='/employments'] button[type='submit']"))
    assert f"{stamp}-tovholder" in main_text(driver)


def test_an_idea_without_a_name_is_answered(browser):
    driver = browser
    idea = unique("Idé om en fælles introduktionsdag ")
    sign_in(driver, COLLEAGUE)
    visit(driver, "/ideas")
    driver.find_element(By.ID, "text").send_keys(idea)
    driver.find_element(By.CSS_SELECTOR, "label[for='anonymous']").click()
    submit(driver, driver.find_element(By.CSS_SELECTOR, "main form button[type='submit']"))
    assert idea in main_text(driver)
    sign_out(driver)

    sign_in(driver, COORDINATOR)
    visit(driver, "/ideas/inbox")
    item = [li for li in driver.find_elements(By.CSS_SELECTOR, "li.idea") if idea in li.text][0]
    assert "Anne Sørensen" not in item.text and "Anonym" in item.text, item.text
    item.find_element(By.CSS_SELECTOR, "input[value='takenUp'] + label, label[for$='-takenUp']").click()
    item.find_element(By.TAG_NAME, "textarea").send_keys("Vi holder den første i februar.")
    submit(driver, item.find_element(By.CSS_SELECTOR, "button[type='submit']"))
    sign_out(driver)

    sign_in(driver, COLLEAGUE)
    visit(driver, "/ideas")
    assert "Vi holder den første i februar." in main_text(driver)
