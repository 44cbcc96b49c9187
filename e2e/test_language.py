"""The language picker in the header switches the app to Swedish, and the choice sticks.

The choice is saved on the person (it follows them to a new browser), so this test uses
an account no other test reads Danish text from, and sets Danish back at the end.
"""

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import follow, html_lang, path_of, sign_in, submit, visit

PERSON = "jens@demo.godstart.dk"    # a manager; no other test signs in as Jens


def choose_language(driver, name):
    Select(driver.find_element(By.CSS_SELECTOR, "select#language-choice")).select_by_visible_text(name)
    before = path_of(driver)
    submit(driver, driver.find_element(By.CSS_SELECTOR, "form.language button[type='submit']"))
    assert path_of(driver) == before, "changing language should bring you back to the same page"


def test_language_switch_to_swedish_sticks(browser, new_browser):
    driver = browser
    home = sign_in(driver, PERSON)
    assert home == "/team"
    try:
        if html_lang(driver) != "da":      # an interrupted earlier run left Jens in another language
            choose_language(driver, "Dansk")
        assert html_lang(driver) == "da"

        choose_language(driver, "Svenska")
        assert html_lang(driver) == "sv"
        assert Select(driver.find_element(By.ID, "language-choice")).first_selected_option.text == "Svenska"
        assert driver.find_element(By.CSS_SELECTOR, "label[for='language-choice']").text.strip() == "Språk"
        assert driver.find_element(By.CSS_SELECTOR, "a.skip-link").get_attribute("textContent").strip() == \
            "Hoppa till innehållet"

        # The next page, reached by a link, is still Swedish ...
        follow(driver, driver.find_element(By.CSS_SELECTOR, "main a[href^='/programmes/']"))
        assert html_lang(driver) == "sv"
        # ... and so is a page opened by its address.
        visit(driver, home)
        assert html_lang(driver) == "sv"
        assert driver.find_element(By.CSS_SELECTOR, "form.sign-out button").text.strip() == "Logga ut"

        # The choice is Jens's: it follows him to another (Danish) browser.
        other = new_browser()
        sign_in(other, PERSON)
        assert html_lang(other) == "sv"
    finally:
        visit(driver, home, axe=False)
        if html_lang(driver) != "da":
            choose_language(driver, "Dansk")
    assert html_lang(driver) == "da"


def test_the_agreement_and_the_goals_in_swedish_and_english(browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select
    from conftest import sign_in, submit, visit, h1
    sign_in(browser, "frederik@demo.godstart.dk")  # his programme has ended; no other test uses him
    visit(browser, "/my-programme")
    programme = browser.find_element(By.CSS_SELECTOR, "main a[href^='/programmes/']").get_attribute("href").split("/")[4]
    for language, agreement, goals in [("sv", "Samarbetsavtal", "Lärandemål"), ("en", "Collaboration agreement", "Learning goals")]:
        Select(browser.find_element(By.ID, "language-choice")).select_by_value(language)
        submit(browser, browser.find_element(By.CSS_SELECTOR, "form.language button"))
        visit(browser, f"/programmes/{programme}/agreement")
        assert h1(browser) == agreement
        assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == language
        visit(browser, f"/programmes/{programme}/learning-goals")
        assert h1(browser) == goals
    Select(browser.find_element(By.ID, "language-choice")).select_by_value("da")
    submit(browser, browser.find_element(By.CSS_SELECTOR, "form.language button"))
