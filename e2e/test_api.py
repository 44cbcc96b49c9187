"""The admin makes an API token in the browser, and schemathesis fuzzes the JSON API from its
OpenAPI document with that token: no server error, and every response as the document says."""

import subprocess
import sys
import tempfile
import urllib.request

from selenium.webdriver.common.by import By

from conftest import BASE_URL, main_text, sign_in, submit, visit

ADMIN = "lone@demo.godstart.dk"


def test_the_api_answers_as_its_openapi_document_says(browser):
    driver = browser
    sign_in(driver, ADMIN)
    visit(driver, "/admin/api-tokens")
    driver.find_element(By.ID, "name").send_keys("Schemathesis")
    for scope in ("programmes", "people", "meetings", "checklists", "retention"):
        driver.find_element(By.CSS_SELECTOR, f"label[for='scopes-{scope}']").click()
    submit(driver, driver.find_element(By.CSS_SELECTOR, "main form[action='/admin/api-tokens'] button[type='submit']"))
    token = driver.find_element(By.ID, "new-token").get_attribute("value")
    assert token.startswith("gs_"), main_text(driver)

    request = urllib.request.Request(BASE_URL + "/api/v1/programmes?limit=1", headers={"Authorization": f"Bearer {token}"})
    with urllib.request.urlopen(request) as response:
        assert response.status == 200

    result = subprocess.run(
        [sys.executable, "-m", "schemathesis.cli", "run", BASE_URL + "/api/v1/openapi.json",
         "-H", f"Authorization: Bearer {token}", "--checks", "all", "--max-examples", "25", "--seed", "7"],
        capture_output=True, text=True, timeout=600, cwd=tempfile.mkdtemp())  # its cache stays out of the checkout
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
