"""The coordinator adds an item to the temporary hire's template and registers a temporary hire,
whose checklist has it; the hire is made permanent in place; the contact person adapts the
checklist (order, a named person) and closes the introduction, which starts the mentoring.
Axe runs on every page."""

import re

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import UUID, follow, main_text, monday, path_of, select_option_starting_with, sign_in, submit, unique, visit

COORDINATOR = "marianne@demo.godstart.dk"
CONTACT = "anne@demo.godstart.dk"       # Anne Sørensen: contact person of the hire registered here


def set_value(driver, element, value):
    """A date field's value, independent of the browser's locale format."""
    driver.execute_script("arguments[0].value = arguments[1];", element, value)


def item_with(driver, text):
    return [li for li in driver.find_elements(By.CSS_SELECTOR, "li.checklist-item") if text in li.text][0]


def register_temporary_hire(driver, name, email):
    visit(driver, "/programmes/new")
    driver.find_element(By.ID, "name").send_keys(name)
    driver.find_element(By.ID, "email").send_keys(email)
    Select(driver.find_element(By.ID, "unit")).select_by_visible_text("Børn og Unge")
    set_value(driver, driver.find_element(By.ID, "firstDay"), monday(5).isoformat())
    driver.find_element(By.ID, "variant-temporaryHire").click()
    select_option_starting_with(driver.find_element(By.ID, "manager"), "Henrik Dahl")
    select_option_starting_with(driver.find_element(By.ID, "contactPerson"), "Anne Sørensen")
    select_option_starting_with(driver.find_element(By.ID, "mentor"), "Peter Nielsen")
    # Other tests may have filled Anne's places; the coordinator says why she is chosen anyway.
    driver.find_element(By.ID, "overrideReason").send_keys("Anne har sagt ja til en ekstra vikar")
    submit(driver, driver.find_element(By.CSS_SELECTOR, "form.register button[value='register']"))
    assert re.fullmatch(rf"/programmes/{UUID}", path_of(driver)), main_text(driver)
    return path_of(driver)


def test_a_template_item_reaches_a_new_hire_who_is_made_permanent_and_the_closing_meeting_starts_the_mentoring(new_browser):
    coordinator = new_browser()
    sign_in(coordinator, COORDINATOR)
    follow(coordinator, coordinator.find_element(By.CSS_SELECTOR, "nav a[href='/introduction-templates']"))
    follow(coordinator, coordinator.find_element(By.CSS_SELECTOR, "main a[href='/introduction-templates/temporaryHire']"))

    # A window that ends before it starts is refused, and the title typed is kept.
    title = unique("Kaffe med den faglige koordinator")
    coordinator.find_element(By.ID, "title").send_keys(title)
    coordinator.find_element(By.ID, "fromWeek").send_keys("3")
    coordinator.find_element(By.ID, "toWeek").send_keys("1")
    add = "form[action='/introduction-templates/temporaryHire/items'] button[type='submit']"
    submit(coordinator, coordinator.find_element(By.CSS_SELECTOR, add))
    assert coordinator.find_elements(By.ID, "toWeek-error"), main_text(coordinator)
    assert coordinator.find_element(By.ID, "title").get_attribute("value") == title
    field = coordinator.find_element(By.ID, "toWeek")
    field.clear()
    field.send_keys("4")
    submit(coordinator, coordinator.find_element(By.CSS_SELECTOR, add))
    assert title in item_with(coordinator, title).text

    # A temporary hire registered now gets the item; the lighter checklist has no visits to partners.
    stamp = unique()
    programme = register_temporary_hire(coordinator, f"Vikar {stamp}", f"{stamp}@e2e.godstart.dk")
    visit(coordinator, f"{programme}/checklist")
    checklist = main_text(coordinator)
    assert title in checklist
    assert "samarbejdspartnere" not in checklist.lower()

    # Made permanent: the programme becomes a standard one, keeping the item, and gains the rest.
    visit(coordinator, programme)
    submit(coordinator, coordinator.find_element(By.CSS_SELECTOR, f"form[action='{programme}/upgrade'] button"))
    assert "Standard" in coordinator.find_element(By.CSS_SELECTOR, "dl.facts").text
    visit(coordinator, f"{programme}/checklist")
    assert title in main_text(coordinator)
    assert "samarbejdspartnere" in main_text(coordinator).lower()

    # The contact person moves an item up within its week and gives one to a named colleague.
    contact = new_browser()
    sign_in(contact, CONTACT)
    visit(contact, f"{programme}/checklist")
    week = contact.find_elements(By.CSS_SELECTOR, "ul.checklist")[1]
    titles = [li.find_element(By.CSS_SELECTOR, ".item-title").text for li in week.find_elements(By.CSS_SELECTOR, "li.checklist-item")]
    second = week.find_elements(By.CSS_SELECTOR, "li.checklist-item")[1]
    submit(contact, second.find_element(By.CSS_SELECTOR, "form[action$='/order'] button"))
    week = contact.find_elements(By.CSS_SELECTOR, "ul.checklist")[1]
    moved = [li.find_element(By.CSS_SELECTOR, ".item-title").text for li in week.find_elements(By.CSS_SELECTOR, "li.checklist-item")]
    assert moved[:2] == [titles[1], titles[0]], moved

    follow(contact, item_with(contact, title).find_element(By.PARTIAL_LINK_TEXT, "Tilpas"))
    select_option_starting_with(contact.find_element(By.ID, "assignedTo"), "Rasmus Pedersen")
    submit(contact, contact.find_element(By.CSS_SELECTOR, "form[action$='/assignment'] button"))
    assert "Rasmus Pedersen" in item_with(contact, title).text

    # At the closing meeting: one item is closed with a reason, the rest go into the mentoring.
    visit(contact, f"{programme}/mentoring-start")
    item = [card for card in contact.find_elements(By.CSS_SELECTOR, ".uncovered-item") if title in card.text][0]
    item.find_element(By.CSS_SELECTOR, "input[value='close']").click()
    start = f"form[action='{programme}/mentoring-start'] button[type='submit']"
    submit(contact, contact.find_element(By.CSS_SELECTOR, start))
    assert contact.find_elements(By.CSS_SELECTOR, ".error-summary"), "a closed item needs a reason:\n" + main_text(contact)
    item = [card for card in contact.find_elements(By.CSS_SELECTOR, ".uncovered-item") if title in card.text][0]
    assert item.find_element(By.CSS_SELECTOR, "input[value='close']").is_selected(), "the choice is kept"
    reason = unique("Koordinatoren er på orlov")
    item.find_element(By.CSS_SELECTOR, "textarea").send_keys(reason)
    # Weeks before the closing meeting, the early start says why.
    contact.find_element(By.ID, "earlyReason").send_keys("Vikaren er fastansat og klar til mentorforløbet nu")
    submit(contact, contact.find_element(By.CSS_SELECTOR, start))
    assert path_of(contact) == programme, main_text(contact)
    assert "mentorforløbet med Peter Nielsen er gået i gang" in main_text(contact)

    visit(contact, f"{programme}/checklist")
    assert reason in item_with(contact, title).text
    assert "Ikke nået endnu" not in main_text(contact), "every item is covered or settled"
    visit(contact, f"{programme}/mentoring-start")
    assert not contact.find_elements(By.CSS_SELECTOR, start), "the mentoring starts once"
