"""Signing in with a wrong password, and signing out."""

from selenium.webdriver.common.by import By

from conftest import PASSWORD, h1, main_text, path_of, sign_in, sign_out, submit, visit


def test_wrong_password_shows_an_error_and_keeps_the_email(browser):
    driver = browser
    visit(driver, "/sign-in")
    driver.find_element(By.ID, "email").send_keys("emma@demo.godstart.dk")
    driver.find_element(By.ID, "password").send_keys(PASSWORD + "-wrong")
    submit(driver, driver.find_element(By.CSS_SELECTOR, "main form[action='/sign-in'] button[type='submit']"))
    assert path_of(driver) == "/sign-in"
    assert driver.find_elements(By.CSS_SELECTOR, "main .error-summary, main [role='alert']"), (
        f"no error after a wrong password:\n{main_text(driver)}")
    assert driver.find_element(By.ID, "email").get_attribute("value") == "emma@demo.godstart.dk"
    assert driver.find_element(By.ID, "password").get_attribute("value") == ""


def test_sign_out_ends_the_session(browser):
    driver = browser
    assert sign_in(driver, "henrik@demo.godstart.dk") == "/team"
    assert sign_out(driver) in ("/sign-in", "/")
    visit(driver, "/team")
    assert path_of(driver) == "/sign-in", "/team is still open after 'Log ud'"
    assert h1(driver) == "Log ind"
