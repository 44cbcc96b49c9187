"""The language picker in the header switches the whole app to Swedish, and it sticks."""

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import follow, html_lang, path_of, sign_in, submit, visit


def test_language_switch_to_swedish_sticks(browser):
    driver = browser
    home = sign_in(driver, "anne@demo.godstart.dk")
    assert home == "/my-newcomers"
    assert html_lang(driver) == "da"

    Select(driver.find_element(By.CSS_SELECTOR, "select#language-choice")).select_by_visible_text("Svenska")
    submit(driver, driver.find_element(By.CSS_SELECTOR, "form.language button[type='submit']"))

    assert path_of(driver) == home, "changing language should bring you back to the same page"
    assert html_lang(driver) == "sv"
    assert Select(driver.find_element(By.ID, "language-choice")).first_selected_option.text == "Svenska"
    assert driver.find_element(By.CSS_SELECTOR, "label[for='language-choice']").text.strip() == "Språk"
    assert driver.find_element(By.CSS_SELECTOR, "a.skip-link").get_attribute("textContent").strip() == \
        "Hoppa till innehållet"

    # The next page, reached by a link, is still Swedish ...
    programme = driver.find_element(By.CSS_SELECTOR, "main a[href^='/programmes/']")
    follow(driver, programme)
    assert html_lang(driver) == "sv"
    # ... and so is a page opened by its address.
    visit(driver, home)
    assert html_lang(driver) == "sv"
    assert driver.find_element(By.CSS_SELECTOR, "form.sign-out button").text.strip() == "Logga ut"
