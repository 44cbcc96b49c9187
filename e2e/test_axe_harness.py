"""The axe check itself must catch violations, or every other test would pass blindly."""

import pytest

from conftest import check_axe


def test_check_axe_reports_violations(browser):
    browser.get("data:text/html,<html><body><img src='x.png'><input type='text'></body></html>")
    with pytest.raises(BaseException) as failure:
        check_axe(browser)
    message = str(failure.value)
    for rule in ("image-alt", "label", "html-has-lang", "document-title"):
        assert rule in message
