"""The coordinator asks for suggestions while registering a new hire, chooses one, and keeps a
colleague's profile. Axe runs on every page."""

import re

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
    assert re.fullmatch(r"\d+ af 3", loads(driver)["Peter Nielsen"]), "one load per role, against the new capacity"



def loads(driver, role=0):
    """Each colleague's load in a role (0 mentor, 1 contact person, 2 buddy) on the colleagues page, by name."""
    visit(driver, "/colleagues")
    # The first table lists the colleagues; the load ahead follows in tables of its own.
    rows = driver.find_elements(By.CSS_SELECTOR, "main table")[0].find_elements(By.CSS_SELECTOR, "tbody tr")
    return {row.find_elements(By.TAG_NAME, "td")[0].find_element(By.TAG_NAME, "a").text: row.find_elements(By.TAG_NAME, "td")[2 + role].text
            for row in rows}


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
    assert all(after[name] == "0 af 2" for name in after if f"Hold {stamp}" in name), "the new hires hold no role themselves"


MANAGERS = ["Henrik Dahl", "Susanne Bech", "Jens Mortensen"]
UNITS = ["Børn og Unge", "Voksen og Handicap", "Familiecentret"]


def test_an_intake_of_forty_places_nobody_ineligible_nobody_twice_and_says_what_is_open(browser):
    """Forty new hires across three units against the demo's dozen colleagues: the suggestion
    places nobody the rules rule out, gives nobody two roles for one new hire, and says why each
    open place is open; the forty-first row is refused in words."""
    from conftest import unique
    driver = browser
    sign_in(driver, COORDINATOR)
    visit(driver, "/programmes/intake")
    for _ in range(7):
        submit(driver, driver.find_element(By.CSS_SELECTOR, "form.intake button[value='moreRows']"))
    assert not driver.find_elements(By.CSS_SELECTOR, "form.intake button[value='moreRows']")
    assert "højst have 40 nyansatte" in main_text(driver)
    stamp = unique("fyrre")
    driver.execute_script("""
        const [stamp, day, units, managers] = arguments;
        const pick = (id, text) => {
            const select = document.getElementById(id);
            select.value = [...select.options].find(o => o.text.startsWith(text)).value;
        };
        for (let i = 0; i < 40; i++) {
            document.getElementById(`name-${i}`).value = `Hold ${stamp} ${i + 1}`;
            document.getElementById(`email-${i}`).value = `${stamp}-${i}@e2e.godstart.dk`;
            document.getElementById(`firstDay-${i}`).value = day;
            pick(`unit-${i}`, units[i % 3]);
            pick(`manager-${i}`, managers[i % 3]);
        }""", stamp, monday(35).isoformat(), UNITS, MANAGERS)
    submit(driver, driver.find_element(By.CSS_SELECTOR, "form.intake button[value='suggest']"))

    rows = driver.execute_script("""
        return [...document.querySelectorAll('fieldset.intake-row')].map(row => {
            const chosen = id => { const s = row.querySelector(`select[id^="${id}-"]`); return s.value ? s.selectedOptions[0].text : ''; };
            return {contact: chosen('contactPerson'), mentor: chosen('mentor'), buddy: chosen('buddy'), text: row.innerText};
        });""")
    assert len(rows) == 40
    administrative = ["Marianne Holm", "Lone Kjær"]
    open_places = 0
    for index, row in enumerate(rows):
        people = [p.split(" (")[0] for p in (row["contact"], row["mentor"], row["buddy"]) if p]
        assert len(set(people)) == len(people), f"row {index + 1}: one role each: {people}"
        assert not set(people) & set(administrative + [MANAGERS[index % 3]]), f"row {index + 1}: {people}"
        mentor = row["mentor"].split(" (")[0]
        assert mentor not in MANAGERS + ["Sofie Andersen", "Emma Rasmussen", "Jonas Poulsen", "Laura Thomsen"], \
            f"row {index + 1}: no manager, unwilling or first-year mentor: {mentor}"
        for role, label in (("contact", "kontaktperson"), ("mentor", "mentor"), ("buddy", "buddy")):
            if not row[role]:
                open_places += 1
                assert f"Ingen {label} foreslået" in row["text"], f"row {index + 1} says why it has no {label}"
    assert open_places > 0, "the demo has too few colleagues for forty"
    assert f"{open_places} pladser kunne ikke besættes" in main_text(driver)
