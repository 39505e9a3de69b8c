"""Chinese input with pip's Qt, which ships only the ibus plugin: fcitx sessions go through ibus."""

from __future__ import annotations

import sys
from collections.abc import MutableMapping

KEEP = "RESIDENT_DESK_KEEP_IM"  # set to 1 to leave QT_IM_MODULE alone (a matching fcitx plugin)


def runs_fcitx(env: MutableMapping[str, str]) -> bool:
    """Whether the desktop session uses fcitx (4 or 5), as its input-method variables say."""
    names = (env.get("QT_IM_MODULE", ""), env.get("GTK_IM_MODULE", ""), env.get("XMODIFIERS", ""))
    return any("fcitx" in name for name in names)


def configure(env: MutableMapping[str, str]) -> None:
    """Under fcitx, ask Qt for its ibus plugin over the IBus portal name that fcitx5 answers on.

    fcitx5's ibusfrontend addon (on by default) serves the IBus protocol on the D-Bus name
    org.freedesktop.portal.IBus; IBUS_USE_PORTAL=1 makes Qt's plugin use that name instead of
    requiring an ibus-daemon. Runs before Qt starts; does nothing off Linux or with KEEP set.
    """
    if not sys.platform.startswith("linux") or env.get(KEEP) == "1" or not runs_fcitx(env):
        return
    env["QT_IM_MODULE"] = "ibus"
    env["IBUS_USE_PORTAL"] = "1"
