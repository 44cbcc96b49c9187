"""Mentee and mentor make the collaboration agreement and both confirm it; they keep learning
goals and the competence plan; the mentor opens the guides in a meeting. Axe runs on every page."""

import base64
import re

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from conftest import UUID, follow, h1, main_text, path_of, sign_in, submit, unique, visit

MENTEE = "laura@demo.godstart.dk"       # Laura Thomsen: temporary hire, Thomas is her mentor
MENTOR = "thomas@demo.godstart.dk"
MANAGER = "jens@demo.godstart.dk"       # Laura's manager
IDA = "ida@demo.godstart.dk"            # in her mentoring, with a confirmed agreement in the demo


def programme_path(driver):
    """From the mentee's home to her programme page."""
    visit(driver, "/my-programme")
    link = driver.find_element(By.CSS_SELECTOR, "main a[href^='/programmes/']")
    path = re.search(rf"/programmes/{UUID}", link.get_attribute("href")).group(0)
    return path


def test_mentee_and_mentor_both_confirm_the_agreement_and_a_change_needs_both_again(new_browser):
    mentee = new_browser()
    sign_in(mentee, MENTEE)
    programme = programme_path(mentee)
    visit(mentee, programme)
    follow(mentee, mentee.find_element(By.LINK_TEXT, "Samarbejdsaftale"))
    assert path_of(mentee) == f"{programme}/agreement"
    confidentiality = mentee.find_element(By.ID, "confidentiality").get_attribute("value")
    assert confidentiality.strip(), "confidentiality starts with a proposal"

    room = unique("Mødelokale")
    mentee.find_element(By.ID, "purpose").send_keys("At blive tryg i myndighedsrollen")
    mentee.find_element(By.ID, "room").send_keys(room)
    submit(mentee, mentee.find_element(By.CSS_SELECTOR, f"form[action='{programme}/agreement'] button[type='submit']"))
    assert "Ikke bekræftet" in main_text(mentee) or "ikke bekræftet" in main_text(mentee).lower()
    submit(mentee, mentee.find_element(By.CSS_SELECTOR, "form[action$='/agreement/confirmation'] button"))
    assert "Du bekræftede" in main_text(mentee)

    mentor = new_browser()
    sign_in(mentor, MENTOR)
    visit(mentor, f"{programme}/agreement")
    assert room in mentor.find_element(By.ID, "room").get_attribute("value")
    assert "Laura Thomsen" not in mentor.find_element(By.CSS_SELECTOR, ".agreement-status").text
    submit(mentor, mentor.find_element(By.CSS_SELECTOR, "form[action$='/agreement/confirmation'] button"))
    assert "Bekræftet af begge" in mentor.find_element(By.CSS_SELECTOR, ".agreement-status").text

    # The manager sees that it is confirmed, not what it says.
    manager = new_browser()
    sign_in(manager, MANAGER)
    visit(manager, programme)
    assert "Bekræftet af begge" in main_text(manager)
    assert room not in manager.page_source

    # A change after confirmation is version 2; both confirm again; version 1 stays readable.
    field = mentor.find_element(By.ID, "room")
    field.clear()
    field.send_keys(room + " (ny)")
    submit(mentor, mentor.find_element(By.CSS_SELECTOR, f"form[action='{programme}/agreement'] button[type='submit']"))
    assert "Version 2" in h1(mentor) or "Version 2" in main_text(mentor)
    assert mentor.find_elements(By.CSS_SELECTOR, "form[action$='/agreement/confirmation'] button")
    earlier = mentor.find_element(By.CSS_SELECTOR, "ul.versions a")
    follow(mentor, earlier)
    assert room in main_text(mentor) and room + " (ny)" not in main_text(mentor)
    assert "Bekræftet af begge" in main_text(mentor)


def test_the_printable_agreement_fits_one_a4_page(browser):
    sign_in(browser, IDA)
    programme = programme_path(browser)
    visit(browser, f"{programme}/agreement")
    follow(browser, browser.find_element(By.LINK_TEXT, "Udskriftsvenlig version"))
    assert re.fullmatch(rf"/agreement-versions/{UUID}", path_of(browser))
    pdf = browser.execute_cdp_cmd("Page.printToPDF", {"preferCSSPageSize": True})["data"]
    document = base64.b64decode(pdf)
    pages = len(re.findall(rb"/Type\s*/Page[^s]", document))
    assert pages == 1, f"the agreement prints on {pages} pages"


def test_goals_from_the_catalogue_with_a_mentor_role_and_the_plan(browser):
    sign_in(browser, MENTEE)
    programme = programme_path(browser)
    visit(browser, f"{programme}/learning-goals")
    Select(browser.find_element(By.ID, "catalogue")).select_by_index(1)
    chosen = Select(browser.find_element(By.ID, "catalogue")).first_selected_option.text
    submit(browser, browser.find_element(By.CSS_SELECTOR, "form:has(#catalogue) button[type='submit']"))
    assert re.fullmatch(rf"/learning-goals/{UUID}", path_of(browser))
    assert chosen in h1(browser)
    browser.find_element(By.CSS_SELECTOR, "label[for='status-inProgress']").click()
    browser.find_element(By.CSS_SELECTOR, "label[for='role-coach']").click()
    submit(browser, browser.find_element(By.CSS_SELECTOR, "main form button.button:not(.secondary)"))
    visit(browser, f"{programme}/learning-goals")
    row = [r for r in browser.find_elements(By.CSS_SELECTOR, "main tbody tr") if chosen in r.text][0]
    assert "I gang" in row.text and "Coach" in row.text

    visit(browser, f"{programme}/competence-plan")
    task = unique("Børnefaglig undersøgelse")
    browser.find_element(By.ID, "taskType").send_keys(task)
    browser.find_element(By.ID, "estimatedTime").send_keys("20 timer")
    submit(browser, browser.find_element(By.CSS_SELECTOR, f"form[action='{programme}/competence-plan'] button[type='submit']"))
    assert task in main_text(browser)
    assert task in browser.find_element(By.CSS_SELECTOR, "ul.history").text
    follow(browser, browser.find_element(By.LINK_TEXT, "Udskriftsvenlig version"))
    assert task in main_text(browser)


def test_the_mentor_opens_the_guides_in_a_dialogue_meeting(browser):
    sign_in(browser, MENTOR)
    visit(browser, "/my-newcomers")
    follow(browser, browser.find_element(By.PARTIAL_LINK_TEXT, "Ida Christensen"))
    dialogue = [a for a in browser.find_elements(By.CSS_SELECTOR, "main a[href^='/meetings/']") if "Mentorsamtale" in a.text]
    follow(browser, dialogue[0])
    guides = browser.find_elements(By.CSS_SELECTOR, "details.guide")
    assert len(guides) == 3
    guides[0].find_element(By.TAG_NAME, "summary").click()
    assert "Hvad ved vi?" in guides[0].text


def test_the_coordinator_keeps_the_catalogue(browser):
    sign_in(browser, "marianne@demo.godstart.dk")
    follow(browser, browser.find_element(By.LINK_TEXT, "Katalog over læringsmål"))
    title = unique("Tvangsfjernelse")
    browser.find_element(By.ID, "new-da").send_keys(title)
    submit(browser, browser.find_element(By.CSS_SELECTOR, "form[action='/learning-goal-catalogue'] button[type='submit']"))
    assert title in main_text(browser)
