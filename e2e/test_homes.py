"""Every role lands on its own home page after signing in."""

import pytest

from conftest import h1, sign_in

HOMES = [
    ("emma@demo.godstart.dk", "/my-programme"),       # newcomer
    ("anne@demo.godstart.dk", "/my-newcomers"),       # contact person
    ("thomas@demo.godstart.dk", "/my-newcomers"),     # mentor
    ("henrik@demo.godstart.dk", "/team"),             # manager
    ("marianne@demo.godstart.dk", "/programmes"),     # coordinator
    ("lone@demo.godstart.dk", "/admin/people"),       # administrator
]


@pytest.mark.parametrize("email,home", HOMES)
def test_role_lands_on_its_home(browser, email, home):
    assert sign_in(browser, email) == home   # sign_in runs axe on the home page
    assert h1(browser)
