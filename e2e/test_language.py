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
