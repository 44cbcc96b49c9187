"""The new hire's process journal is stopped on a CPR number until it is replaced, and a
logbook entry is shared with the mentor and taken back. Axe runs on every page."""

import re

from selenium.webdriver.common.by import By

from conftest import UUID, make_browser, path_of, sign_in, submit, unique, visit

NEWCOMER = "jonas@demo.godstart.dk"     # Jonas: in his introduction; Mette is contact person and mentor
MENTOR = "mette@demo.godstart.dk"
MANAGER = "susanne@demo.godstart.dk"


def write_journal(driver, account):
    """Signs in as the new hire and sends a new journal whose account is `account` and a stamp; returns the stamp."""
    sign_in(driver, NEWCOMER)
    visit(driver, "/journals/new")
    stamp = unique("journal")
    driver.find_element(By.ID, "title").send_keys(f"Hjemmebesøg {stamp}")
    driver.find_element(By.ID, "account").send_keys(f"{account} {stamp}")
    submit(driver, driver.find_element(By.CSS_SELECTOR, "form.journal button.button[value='save']"))
    return stamp


def test_journal_with_a_cpr_number_is_stopped_then_replaced_and_saved(browser):
    driver = browser
    stamp = write_journal(driver, 'Far sagde: "Mit cpr er 010190-1234."')

    # Stopped: nothing saved, the finding is shown and marked, the text is kept.
    assert path_of(driver) == "/journals"
    panel = driver.find_element(By.ID, "findings")
    assert "CPR-nummer" in panel.text
    assert panel.find_element(By.TAG_NAME, "mark").text == "010190-1234"
    assert stamp in driver.find_element(By.ID, "account").get_attribute("value")

    submit(driver, panel.find_element(By.CSS_SELECTOR, "button[value='replace|account|010190-1234']"))
    assert re.fullmatch(rf"/journals/{UUID}", path_of(driver)), "saved once the finding was dealt with"
    account = driver.find_element(By.ID, "account").get_attribute("value")
    assert "[CPR]" in account and "010190-1234" not in account
    assert driver.find_elements(By.CSS_SELECTOR, ".flash")



def test_replace_all_shows_the_result_before_the_journal_is_saved(browser):
    driver = browser
    stamp = write_journal(driver, "Far, cpr 120385 1234, bor på Vestergade 12, 2. tv. og har tlf. 23 45 67 89.")
    panel = driver.find_element(By.ID, "findings")
    assert [m.text for m in panel.find_elements(By.TAG_NAME, "mark")] == ["120385 1234", "Vestergade 12, 2. tv.", "23 45 67 89"]

    submit(driver, panel.find_element(By.CSS_SELECTOR, "button[value='replaceAll']"))
    assert path_of(driver) == "/journals", "nothing is saved before the writer has read the result"
    assert "Intet er gemt endnu" in driver.find_element(By.CSS_SELECTOR, "main .notice").text
    account = driver.find_element(By.ID, "account").get_attribute("value")
    assert "120385" not in account and "Vestergade" not in account and "tv." not in account and "23 45" not in account
    assert stamp in account

    submit(driver, driver.find_element(By.CSS_SELECTOR, "form.journal button.button[value='save']"))
    assert re.fullmatch(rf"/journals/{UUID}", path_of(driver))
    assert driver.find_element(By.ID, "account").get_attribute("value") == account

def test_logbook_entry_is_shared_with_the_mentor_and_taken_back(new_browser):
    newcomer = new_browser()
    sign_in(newcomer, NEWCOMER)
    visit(newcomer, "/logbook/new")
    text = unique("usikker")
    newcomer.find_element(By.ID, "unsure").send_keys(f"Jeg er usikker på {text}")
    submit(newcomer, newcomer.find_element(By.CSS_SELECTOR, "main form button[type='submit']"))
    entry_path = path_of(newcomer)
    assert re.fullmatch(rf"/logbook/{UUID}", entry_path)

    mentor = new_browser()
    sign_in(mentor, MENTOR)
    visit(mentor, entry_path)
    assert text not in mentor.page_source, "not shared yet"

    share = newcomer.find_element(By.CSS_SELECTOR, "section.sharing form button")
    assert "Mette Lund" in share.text
    submit(newcomer, share)
    assert "Mette Lund" in newcomer.find_element(By.CSS_SELECTOR, "section.sharing .status").text

    visit(mentor, "/shared-with-me")
    link = mentor.find_element(By.CSS_SELECTOR, f"main a[href='{entry_path}']")
    visit(mentor, entry_path)
    assert text in mentor.find_element(By.TAG_NAME, "main").text
    assert not mentor.find_elements(By.TAG_NAME, "textarea")

    manager = new_browser()
    sign_in(manager, MANAGER)
    visit(manager, entry_path)
    assert text not in manager.page_source

    submit(newcomer, newcomer.find_element(By.CSS_SELECTOR, "section.sharing form button"))
    visit(mentor, entry_path)
    assert text not in mentor.page_source, "taken back"
    assert link is not None


def test_a_long_journal_is_saved_from_a_real_browser(browser):
    """A form bigger than one network packet arrives in pieces; it must still be accepted whole."""
    driver = browser
    sign_in(driver, NEWCOMER)
    visit(driver, "/journals/new")
    stamp = unique("lang")
    driver.find_element(By.ID, "title").send_keys(f"Lang refleksion {stamp}")
    long_text = ("Mødet med familien gik bedre end ventet; vi fik talt om hverdagen og skolen. " * 500)[:38_000]
    driver.execute_script("arguments[0].value = arguments[1];", driver.find_element(By.ID, "account"), long_text + stamp)
    submit(driver, driver.find_element(By.CSS_SELECTOR, "form.journal button.button[value='save']"))
    assert re.fullmatch(rf"/journals/{UUID}", path_of(driver)), driver.find_element(By.TAG_NAME, "main").text[:500]
    saved = driver.find_element(By.ID, "account").get_attribute("value")
    assert saved.endswith(stamp) and len(saved) == len(long_text + stamp)
