"""Meetings keep their numbers: the mentor cancels two of the mentoring conversations ahead and
moves a third, and the plan still has every number once, the held ones unchanged. Its own server,
so the shared demo's plan stays as the other tests expect it. Axe runs on every page."""

import datetime as dt
import re
import tempfile
from collections import Counter
from pathlib import Path

from selenium.webdriver.common.by import By

from conftest import check_axe, make_browser, sign_in, submit
from instances import Instance


def conversations(driver, base, programme):
    """The mentoring conversations of the plan: (number, held, link)."""
    driver.get(base + programme)
    rows = []
    for item in driver.find_elements(By.CSS_SELECTOR, ".plan ol.timeline li"):
        title = item.find_element(By.CSS_SELECTOR, "a").text
        match = re.fullmatch(r"Mentorsamtale (\d+)", title)
        if match:
            rows.append((int(match.group(1)), "done" in (item.get_attribute("class") or ""),
                         item.find_element(By.CSS_SELECTOR, "a").get_attribute("href")))
    return rows


def test_cancelling_and_moving_keeps_every_number_once():
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        server = Instance(work, "numbers", str(work / "numbers.sqlite"), {}, demo=True)
        driver = make_browser()
        try:
            sign_in(driver, "thomas@demo.godstart.dk", base=server.base)
            driver.get(server.base + "/my-newcomers")
            ida = [a for a in driver.find_elements(By.CSS_SELECTOR, "main a") if a.text == "Ida Christensen"][0]
            programme = re.sub(r"^https?://[^/]+", "", ida.get_attribute("href"))
            before = conversations(driver, server.base, programme)
            held = {number for number, done, _ in before if done}
            ahead = [link for number, done, link in before if not done]
            assert held and len(ahead) >= 3, before

            for link in ahead[:2]:
                driver.get(link)
                submit(driver, [b for b in driver.find_elements(By.CSS_SELECTOR, "main form button") if b.text == "Aflys mødet"][0])
            driver.get(ahead[2] + "/move")
            date = driver.find_element(By.ID, "date")
            driver.execute_script("arguments[0].value = arguments[1];", date, "2020-01-06")
            submit(driver, driver.find_element(By.CSS_SELECTOR, "main form button[type='submit']"))
            assert "Forløbet begynder" in driver.find_element(By.ID, "date-error").text, "not before the programme began"
            check_axe(driver)
            # Moved three weeks earlier instead, past the cancelled ones (a Monday to Friday day stays one).
            driver.get(ahead[2] + "/move")
            date = driver.find_element(By.ID, "date")
            planned = dt.date.fromisoformat(date.get_attribute("value"))
            driver.execute_script("arguments[0].value = arguments[1];", date, (planned - dt.timedelta(weeks=3)).isoformat())
            submit(driver, driver.find_element(By.CSS_SELECTOR, "main form button[type='submit']"))
            if driver.find_elements(By.ID, "keepClosedDay"):
                driver.find_element(By.CSS_SELECTOR, "label[for='keepClosedDay']").click()
                submit(driver, driver.find_element(By.CSS_SELECTOR, "main form button[type='submit']"))
            assert not driver.find_elements(By.CSS_SELECTOR, ".error-summary"), driver.find_element(By.TAG_NAME, "main").text

            after = conversations(driver, server.base, programme)
            counts = Counter(number for number, _, _ in after)
            assert all(count == 1 for count in counts.values()), f"a number twice: {counts}"
            assert {number for number, done, _ in after if done} == held, "the held ones keep their numbers"
        finally:
            driver.quit()
            server.stop()
