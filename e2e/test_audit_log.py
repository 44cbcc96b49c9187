"""The audit log as its users meet it: the new hire sees that her mentor read the entry she
shared, and from where she signed in; the administrator reads the organisation's log and narrows
it to one person; nobody else opens it. Axe runs on every page."""

import re

from selenium.webdriver.common.by import By

from conftest import UUID, path_of, sign_in, submit, unique, visit

NEWCOMER = "jonas@demo.godstart.dk"     # Jonas: Mette is his mentor
MENTOR = "mette@demo.godstart.dk"
ADMIN = "lone@demo.godstart.dk"
COORDINATOR = "marianne@demo.godstart.dk"


def rows(driver):
    return [row.text for row in driver.find_elements(By.CSS_SELECTOR, "main table tbody tr")]


def test_the_newcomer_sees_who_read_what_she_shared_and_the_admin_sees_the_whole_log(new_browser):
    newcomer = new_browser()
    sign_in(newcomer, NEWCOMER)
    visit(newcomer, "/logbook/new")
    text = unique("tvivl")
    newcomer.find_element(By.ID, "unsure").send_keys(f"Jeg er i tvivl om {text}")
    submit(newcomer, newcomer.find_element(By.CSS_SELECTOR, "main form button[type='submit']"))
    entry_path = path_of(newcomer)
    assert re.fullmatch(rf"/logbook/{UUID}", entry_path)
    submit(newcomer, newcomer.find_element(By.CSS_SELECTOR, "section.sharing form button"))

    mentor = new_browser()
    sign_in(mentor, MENTOR)
    visit(mentor, entry_path)
    assert text in mentor.find_element(By.TAG_NAME, "main").text

    # From the menu, as a person finds it.
    link = newcomer.find_element(By.CSS_SELECTOR, "header nav a[href='/settings/audit-log']")
    submit(newcomer, link)
    assert newcomer.find_element(By.TAG_NAME, "h1").text == "Hvem har set mit materiale"
    read = [row for row in rows(newcomer) if "Mette Lund" in row and "logbog" in row]
    assert read, rows(newcomer)
    assert text not in newcomer.page_source, "the log never holds the text"
    own_sign_ins = [row for row in rows(newcomer) if "Loggede ind" in row]
    assert own_sign_ins and "127.0.0.1" in own_sign_ins[0], "where she signed in from"
    assert "127.0.0.1" not in read[0], "not where someone else was"

    # Narrowed to sign-ins with the filter, without JavaScript needed.
    kind = newcomer.find_element(By.ID, "kind")
    kind.find_element(By.CSS_SELECTOR, "option[value='signedIn']").click()
    submit(newcomer, newcomer.find_element(By.CSS_SELECTOR, "form.filters button"))
    assert all("Loggede ind" in row for row in rows(newcomer)), rows(newcomer)

    coordinator = new_browser()
    sign_in(coordinator, COORDINATOR)
    visit(coordinator, "/admin/audit-log", axe=False)
    assert "Adgangslog" not in coordinator.find_element(By.TAG_NAME, "h1").text

    admin = new_browser()
    sign_in(admin, ADMIN)
    visit(admin, "/admin/audit-log")
    assert any("Mette Lund" in row and "Jonas Poulsen" in row for row in rows(admin)), rows(admin)
    assert text not in admin.page_source
    submit(admin, admin.find_element(By.LINK_TEXT, "Mette Lund"))
    assert "Mette Lund" in admin.find_element(By.TAG_NAME, "main").text
    assert all("Mette Lund" in row for row in rows(admin)), rows(admin)
