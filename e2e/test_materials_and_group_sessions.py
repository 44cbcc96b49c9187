"""The coordinator puts a document in the materials library and a new hire downloads it; the
coordinator plans a series of group sessions, records who came, and the new hire sees it.
Axe runs on every page."""

import tempfile
from pathlib import Path

from selenium.webdriver.common.by import By

from conftest import follow, main_text, monday, sign_in, sign_out, submit, unique, visit

COORDINATOR = "marianne@demo.godstart.dk"
NEW_HIRE = "emma@demo.godstart.dk"


def test_a_document_is_uploaded_once_and_a_new_hire_downloads_it(browser):
    driver = browser
    title = unique("Velkomstbrev ")
    path = Path(tempfile.mkdtemp()) / "velkomstbrev.pdf"
    path.write_bytes("%PDF-1.4\n% Velkommen til Børn og Unge\n%%EOF\n".encode("utf-8"))
    bad = Path(tempfile.mkdtemp()) / "velkomstbrev.pdf.exe"
    bad.write_bytes(b"MZ\x90\x00")

    sign_in(driver, COORDINATOR)
    visit(driver, "/materials/new")
    driver.find_element(By.ID, "title").send_keys(title)
    driver.find_element(By.CSS_SELECTOR, "label[for='roles-newcomer']").click()
    driver.find_element(By.ID, "file").send_keys(str(bad))
    submit(driver, driver.find_element(By.CSS_SELECTOR, "main form button[type='submit']"))
    assert driver.find_element(By.ID, "title").get_attribute("value") == title, "what was typed is kept"
    assert driver.find_element(By.ID, "roles-newcomer").is_selected()
    driver.find_element(By.ID, "file").send_keys(str(path))
    submit(driver, driver.find_element(By.CSS_SELECTOR, "main form button[type='submit']"))
    assert title in main_text(driver)
    sign_out(driver)

    sign_in(driver, NEW_HIRE)
    visit(driver, "/materials?role=newcomer")
    link = [a for a in driver.find_elements(By.CSS_SELECTOR, "main a") if a.text == title][0]
    href = link.get_attribute("href")
    result = driver.execute_async_script(
        "const done = arguments[1]; fetch(arguments[0]).then(r => r.text().then(t => "
        "done([r.status, r.headers.get('content-type'), r.headers.get('content-disposition'), t])));", href)
    assert result[0] == 200 and result[1] == "application/pdf", result
    assert "attachment" in result[2] and result[3].startswith("%PDF"), result


def test_a_series_of_group_sessions_is_planned_and_attendance_recorded(browser):
    driver = browser
    name = unique("Gruppeforløb ")
    sign_in(driver, COORDINATOR)
    visit(driver, "/group-sessions/new")
    driver.find_element(By.CSS_SELECTOR, "label[for='kind-groupSessions']").click()
    driver.find_element(By.ID, "title").send_keys(name)
    first_day = driver.find_element(By.ID, "firstDay")
    driver.execute_script("arguments[0].value = arguments[1]", first_day, monday(6).isoformat())
    submit(driver, driver.find_element(By.CSS_SELECTOR, "main form button[type='submit']"))
    text = main_text(driver)
    assert name in text and "Risiko og behov" in text, text
    assert "Emma Rasmussen" in text, "the new hires are invited"

    follow(driver, driver.find_elements(By.CSS_SELECTOR, "main a[href$='/attendance']")[0])
    emma = [label for label in driver.find_elements(By.CSS_SELECTOR, "main label") if label.text == "Emma Rasmussen"][0]
    emma.click()
    submit(driver, driver.find_element(By.CSS_SELECTOR, "main form button[type='submit']"))
    assert "1 af" in main_text(driver)
    sign_out(driver)

    sign_in(driver, NEW_HIRE)
    visit(driver, "/group-sessions")
    assert name in main_text(driver)
