"""Retention and rights as users meet them, on a server of its own (an erasure must not disturb
the other tests): the new hire downloads everything Godstart holds about her and reads it; the
administrator sets the storage period and erases a colleague, confirming it first. Axe runs on
every page, and on the archive's own page."""

import io
import json
import tempfile
import zipfile
from pathlib import Path

import requests
from selenium.webdriver.common.by import By

from conftest import check_axe, make_browser, sign_in, submit
from instances import Instance


def test_a_person_downloads_their_data_and_the_admin_erases_a_colleague():
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        server = Instance(work, "rights", str(work / "rights.sqlite"), {}, demo=True)
        driver = make_browser()
        try:
            sign_in(driver, "ida@demo.godstart.dk", base=server.base)
            submit(driver, driver.find_element(By.CSS_SELECTOR, "header nav a[href='/settings/my-data']"))
            download = driver.find_element(By.CSS_SELECTOR, "main a[href='/settings/my-data/archive.zip']")
            assert download.text == "Hent mine data"
            cookies = {c["name"]: c["value"] for c in driver.get_cookies()}
            answer = requests.get(server.base + "/settings/my-data/archive.zip", cookies=cookies, timeout=30)
            assert answer.status_code == 200
            assert "attachment" in answer.headers["Content-Disposition"]
            archive = zipfile.ZipFile(io.BytesIO(answer.content))
            assert archive.testzip() is None, "every entry's checksum holds"
            assert sorted(archive.namelist()) == ["data.json", "index.html"]
            data = json.loads(archive.read("data.json"))
            titles = [section["title"] for section in data["sections"]]
            assert "Logbog" in titles and "Adgangslog" in titles
            page = work / "index.html"
            page.write_bytes(archive.read("index.html"))
            driver.get(page.as_uri())
            assert "Ida Christensen" in driver.find_element(By.TAG_NAME, "h1").text
            assert "Fortrolig" in driver.find_element(By.TAG_NAME, "body").text, "the notes of her own mentoring"
            check_axe(driver)
            driver.delete_all_cookies()

            admin = make_browser()
            try:
                sign_in(admin, "lone@demo.godstart.dk", base=server.base)
                submit(admin, admin.find_element(By.CSS_SELECTOR, "header nav a[href='/admin/storage']"))
                admin.find_element(By.CSS_SELECTOR, "#months option[value='12']").click()
                submit(admin, admin.find_element(By.CSS_SELECTOR, "main form button[type='submit']"))
                assert "Opbevaringsperioden er gemt" in admin.find_element(By.CSS_SELECTOR, ".flash").text
                assert admin.find_element(By.CSS_SELECTOR, "#months option[value='12']").is_selected()

                submit(admin, admin.find_element(By.CSS_SELECTOR, "main a[href='/admin/people']"))
                erase = admin.find_element(By.CSS_SELECTOR, "main a[aria-label*='Birgitte Madsen']")
                submit(admin, erase)
                submit(admin, admin.find_element(By.CSS_SELECTOR, "main form button[type='submit']"))
                assert admin.find_elements(By.ID, "error-summary"), "nothing happens without the tick"
                admin.find_element(By.CSS_SELECTOR, "label[for='confirm']").click()
                submit(admin, admin.find_element(By.CSS_SELECTOR, "main form button[type='submit']"))
                assert "Birgitte Madsen er slettet" in admin.find_element(By.CSS_SELECTOR, ".flash").text
                assert "birgitte@demo.godstart.dk" not in admin.page_source
            finally:
                admin.quit()
        finally:
            driver.quit()
            server.stop()
