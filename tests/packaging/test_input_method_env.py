"""app.input_method: which sessions get Qt's ibus plugin over the IBus portal."""

from __future__ import annotations

import sys

import pytest

from app import input_method

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux")


@linux_only
@pytest.mark.parametrize(
    "session",
    [{"QT_IM_MODULE": "fcitx"}, {"QT_IM_MODULE": "fcitx5"}, {"XMODIFIERS": "@im=fcitx"}],
)
def test_an_fcitx_session_gets_the_ibus_plugin_over_the_portal(session: dict[str, str]) -> None:
    env = dict(session)
    input_method.configure(env)
    assert env["QT_IM_MODULE"] == "ibus"
    assert env["IBUS_USE_PORTAL"] == "1"


@pytest.mark.parametrize(
    "session",
    [
        {},
        {"QT_IM_MODULE": "ibus", "XMODIFIERS": "@im=ibus"},
        {"QT_IM_MODULE": "fcitx", input_method.KEEP: "1"},
    ],
)
def test_other_sessions_are_left_alone(session: dict[str, str]) -> None:
    env = dict(session)
    input_method.configure(env)
    assert env == session
