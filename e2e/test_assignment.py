"""The coordinator asks for suggestions while registering a new hire, chooses one, and keeps a
colleague's profile. Axe runs on every page."""

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import main_text, monday, select_option_starting_with, sign_in, submit, visit

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


def loads(driver):
    """Each colleague's load line on the colleagues page, by name."""
    visit(driver, "/colleagues")
    # The first table lists the colleagues; the load ahead follows in tables of its own.
    rows = driver.find_elements(By.CSS_SELECTOR, "main table")[0].find_elements(By.CSS_SELECTOR, "tbody tr")
    return {row.find_elements(By.TAG_NAME, "td")[0].text: row.find_elements(By.TAG_NAME, "td")[2].text for row in rows}


def test_an_intake_of_five_gets_one_balanced_choice_and_the_loads_change(browser):
    from conftest import unique
    driver = browser
    sign_in(driver, COORDINATOR)
    before = loads(driver)
    visit(driver, "/programmes/new")
    driver.find_element(By.CSS_SELECTOR, "main a[href='/programmes/intake']").click()
    stamp = unique("hold")
    for index in range(5):
        driver.find_element(By.ID, f"name-{index}").send_keys(f"Hold {stamp} {index + 1}")
        driver.find_element(By.ID, f"email-{index}").send_keys(f"{stamp}-{index}@e2e.godstart.dk")
        Select(driver.find_element(By.ID, f"unit-{index}")).select_by_visible_text("Børn og Unge")
        driver.execute_script("arguments[0].value = arguments[1];", driver.find_element(By.ID, f"firstDay-{index}"),
                              monday(35).isoformat())
        select_option_starting_with(driver.find_element(By.ID, f"manager-{index}"), "Henrik Dahl")
    submit(driver, driver.find_element(By.CSS_SELECTOR, "form.intake button[value='suggest']"))
    mentors = [Select(driver.find_element(By.ID, f"mentor-{index}")).first_selected_option.text for index in range(5)]
    assert all(m and not m.startswith("Vælg") for m in mentors), mentors
    assert max(mentors.count(m) for m in mentors) <= 2, f"balanced: {mentors}"
    assert driver.find_element(By.ID, "name-4").get_attribute("value") == f"Hold {stamp} 5"

    submit(driver, driver.find_element(By.CSS_SELECTOR, "form.intake button[value='register']"))
    assert driver.current_url.endswith("/colleagues"), main_text(driver)
    assert "5 nyansatte er oprettet" in main_text(driver)
    after = loads(driver)
    changed = [name for name in after if after[name] != before.get(name)]
    assert changed, "the loads change with the intake"
    assert all(f"Hold {stamp}" not in name for name in after), "the new hires are not candidates themselves"
