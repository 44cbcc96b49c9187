"""Godstart works without JavaScript, and keyboard users get a skip link first."""

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import WebDriverWait

from conftest import BASE_URL, PAGE_TIMEOUT, PASSWORD, h1, page_replaced, path_of, sign_in, url, visit


def test_sign_in_works_with_javascript_disabled(new_browser):
    driver = new_browser(javascript=False)
    # Prove that this profile really runs no page scripts.
    driver.get("data:text/html,<title>before</title><script>document.title='after'</script>")
    assert driver.title == "before", "JavaScript is still on in this browser profile"

    # axe needs JavaScript, so this flow is not checked with axe.
    driver.get(url("/sign-in"))
    driver.find_element(By.ID, "email").send_keys("emma@demo.godstart.dk")
    driver.find_element(By.ID, "password").send_keys(PASSWORD)
    old_page = driver.find_element(By.TAG_NAME, "html")
    driver.find_element(By.CSS_SELECTOR, "main form[action='/sign-in'] button[type='submit']").click()
    WebDriverWait(driver, PAGE_TIMEOUT).until(page_replaced(old_page))
    assert driver.current_url.startswith(BASE_URL)
    assert path_of(driver) == "/my-programme"
    assert "Emma" in h1(driver)

    # Signing out is a form too, and works the same way.
    old_page = driver.find_element(By.TAG_NAME, "html")
    driver.find_element(By.CSS_SELECTOR, "form.sign-out button[type='submit']").click()
    WebDriverWait(driver, PAGE_TIMEOUT).until(page_replaced(old_page))
    assert path_of(driver) in ("/sign-in", "/")


def focused_after_tab(driver):
    ActionChains(driver).send_keys(Keys.TAB).perform()
    return driver.switch_to.active_element


def test_first_tab_focuses_skip_link(browser):
    driver = browser
    visit(driver, "/sign-in")
    focused = focused_after_tab(driver)
    assert focused.get_attribute("class") and "skip-link" in focused.get_attribute("class").split(), (
        f"first Tab focused <{focused.tag_name}> {focused.get_attribute('outerHTML')[:120]}")
    assert focused.is_displayed() and focused.rect["x"] >= 0, "the focused skip link is not visible"

    # On a signed-in page too, and Enter moves focus to <main>.
    sign_in(driver, "henrik@demo.godstart.dk")
    visit(driver, "/team")
    focused = focused_after_tab(driver)
    assert "skip-link" in (focused.get_attribute("class") or "").split()
    assert focused.get_attribute("href").endswith("#main")
    focused.send_keys(Keys.ENTER)
    assert driver.switch_to.active_element.get_attribute("id") == "main"
