"""The coordinator asks for suggestions while registering a new hire, chooses one, and keeps a
colleague's profile. Axe runs on every page."""

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import main_text, select_option_starting_with, sign_in, submit, visit

COORDINATOR = "marianne@demo.godstart.dk"


def test_suggestions_with_reasons_and_a_colleagues_profile(browser):
    driver = browser
    sign_in(driver, COORDINATOR)
    visit(driver, "/programmes/new")
    driver.find_element(By.ID, "name").send_keys("Forslag Prøve")
    Select(driver.find_element(By.ID, "unit")).select_by_visible_text("Børn og Unge")
    select_option_starting_with(driver.find_element(By.ID, "manager"), "Henrik Dahl")
    driver.find_element(By.ID, "workAreas").send_keys("DUBU")
    submit(driver, driver.find_element(By.CSS_SELECTOR, "form.register button[value='suggest']"))

    section = driver.find_element(By.CSS_SELECTOR, "section.suggestions").text
    assert "Rasmus Pedersen" in section and "DUBU" in section, section
    assert "Henrik Dahl" not in section, "never the manager"
    assert driver.find_element(By.ID, "name").get_attribute("value") == "Forslag Prøve"

    lists = driver.find_elements(By.CSS_SELECTOR, "section.suggestions ol")
    mentor_choice = [b for b in lists[1].find_elements(By.CSS_SELECTOR, "button[name='pick']")
                     if "Peter Nielsen" in b.get_attribute("aria-label")][0]
    submit(driver, mentor_choice)
    assert Select(driver.find_element(By.ID, "mentor")).first_selected_option.text.startswith("Peter Nielsen")

    visit(driver, "/colleagues")
    assert "Peter Nielsen" in main_text(driver)
    driver.find_element(By.CSS_SELECTOR, "main a[aria-label$='Peter Nielsen']").click()
    capacity = driver.find_element(By.ID, "capacity")
    capacity.clear()
    capacity.send_keys("3")
    submit(driver, driver.find_element(By.CSS_SELECTOR, "main form button[type='submit']"))
    assert "/colleagues" in driver.current_url
    assert "plads til 3" in main_text(driver), main_text(driver)
