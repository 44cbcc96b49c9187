"""The mentee answers an evaluation on her own and sends her advice to the mentor, who reads only
that; a new hire asks for a new mentor and the coordinator chooses one. Axe runs on every page."""

import re

from selenium.webdriver.common.by import By

from conftest import UUID, choose_radio_labelled, follow, main_text, path_of, sign_in, submit, unique, visit

IDA = "ida@demo.godstart.dk"          # in her mentoring; the 3-month evaluation is open
THOMAS = "thomas@demo.godstart.dk"    # Ida's mentor
EMMA = "emma@demo.godstart.dk"        # starts next Monday; Peter is her mentor
COORDINATOR = "marianne@demo.godstart.dk"


def test_the_mentee_answers_the_three_month_evaluation_and_sends_her_advice(browser, new_browser):
    sign_in(browser, IDA)
    visit(browser, "/my-programme")
    follow(browser, browser.find_element(By.LINK_TEXT, "Evalueringer"))
    assert re.fullmatch(rf"/programmes/{UUID}/evaluations", path_of(browser))
    answer = browser.find_element(By.CSS_SELECTOR, "a[href$='/evaluations/threeMonths']")
    follow(browser, answer)
    text = unique("Vi har talt om myndighedsrollen")
    browser.find_element(By.ID, "whatWeDid").send_keys(text)
    submit(browser, browser.find_element(By.CSS_SELECTOR, "main form button[type='submit']"))
    assert browser.find_elements(By.CSS_SELECTOR, ".error-summary"), "the rating is asked for"
    assert text in browser.find_element(By.ID, "whatWeDid").get_attribute("value"), "what was typed is kept"
    # The advice goes to the mentor only with the box ticked, and the form says so.
    advice = unique("Fortæl mig gerne om dine egne første sager")
    browser.find_element(By.ID, "adviceForTheMentor").send_keys(advice)
    box = browser.find_element(By.ID, "sendAdvice")
    assert not box.is_selected()
    assert "Uden flueben læser ingen andre dit råd" in main_text(browser)
    browser.find_element(By.CSS_SELECTOR, "label[for='sendAdvice']").click()
    browser.find_element(By.CSS_SELECTOR, "label[for='rating-4']").click()
    submit(browser, browser.find_element(By.CSS_SELECTOR, "main form button[type='submit']"))
    assert "Besvaret" in main_text(browser)
    assert "Dit råd til mentoren er sendt til Thomas Kristensen" in main_text(browser)

    thomas = new_browser()
    sign_in(thomas, THOMAS)
    visit(thomas, "/shared-with-me")
    follow(thomas, thomas.find_element(By.LINK_TEXT, "Evaluering efter 3 måneder"))
    shown = main_text(thomas)
    assert advice in shown and text not in shown, shown
    follow(thomas, thomas.find_element(By.CSS_SELECTOR, "main .breadcrumb a"))
    page = main_text(thomas)
    assert "Råd fra evalueringerne" in page and advice in page and text not in page, page


def test_a_new_hire_asks_for_a_new_mentor_and_the_coordinator_chooses_one(new_browser):
    emma = new_browser()
    sign_in(emma, EMMA)
    visit(emma, "/my-programme")
    follow(emma, emma.find_element(By.LINK_TEXT, "Hele dit forløb"))
    programme = path_of(emma)
    follow(emma, emma.find_element(By.LINK_TEXT, "Bed om en ny mentor"))
    emma.find_element(By.CSS_SELECTOR, "label[for='reason-betterFit']").click()
    submit(emma, emma.find_element(By.CSS_SELECTOR, "main form button[type='submit']"))
    assert emma.find_elements(By.CSS_SELECTOR, "main .notice"), "the request is shown as waiting"

    coordinator = new_browser()
    sign_in(coordinator, COORDINATOR)
    visit(coordinator, "/programmes")
    row = [r for r in coordinator.find_elements(By.CSS_SELECTOR, "main tbody tr") if "Emma Rasmussen" in r.text][0]
    assert "Ønsker ny mentor" in row.text
    visit(coordinator, programme)
    follow(coordinator, coordinator.find_element(By.LINK_TEXT, "Skift mentor"))
    choose_radio_labelled(coordinator, "mentor", "Karen Jakobsen")
    submit(coordinator, coordinator.find_element(By.CSS_SELECTOR, "main form button[type='submit']"))
    assert path_of(coordinator) == programme
    people = coordinator.find_element(By.CSS_SELECTOR, "main ul.people").text
    assert re.search(r"Mentor\s*Karen Jakobsen", people), people
