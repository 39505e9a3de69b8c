"""app.__main__.configure_input_method: which sessions get Qt's ibus plugin over the portal."""

from __future__ import annotations

import sys

import pytest

from app.__main__ import KEEP_IM, configure_input_method

linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux")


@linux_only
@pytest.mark.parametrize(
    "session",
    [{"QT_IM_MODULE": "fcitx"}, {"QT_IM_MODULE": "fcitx5"}, {"XMODIFIERS": "@im=fcitx"}],
)
def test_an_fcitx_session_gets_the_ibus_plugin_over_the_portal(session: dict[str, str]) -> None:
    env = dict(session)
    configure_input_method(env)
    assert env["QT_IM_MODULE"] == "ibus"
    assert env["IBUS_USE_PORTAL"] == "1"


@pytest.mark.parametrize(
    "session",
    [
        {},
        {"QT_IM_MODULE": "ibus", "XMODIFIERS": "@im=ibus"},
        {"QT_IM_MODULE": "fcitx", KEEP_IM: "1"},
    ],
)
def test_other_sessions_are_left_alone(session: dict[str, str]) -> None:
    env = dict(session)
    configure_input_method(env)
    assert env == session
