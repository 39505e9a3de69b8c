"""``python -m app``, the ``resident-desk`` command and the frozen bundle's entry."""

import multiprocessing
import os
import sys
from collections.abc import MutableMapping

from app.cli import main

KEEP_IM = "RESIDENT_DESK_KEEP_IM"  # 1: leave QT_IM_MODULE alone (a Qt fcitx plugin that matches)


def runs_fcitx(env: MutableMapping[str, str]) -> bool:
    """Whether the desktop session uses fcitx (4 or 5), as its input-method variables say."""
    names = (env.get("QT_IM_MODULE", ""), env.get("GTK_IM_MODULE", ""), env.get("XMODIFIERS", ""))
    return any("fcitx" in name for name in names)


def configure_input_method(env: MutableMapping[str, str]) -> None:
    """Under fcitx, ask Qt for its ibus plugin over the IBus portal name that fcitx5 answers on.

    pip's Qt ships only the ibus plugin. fcitx5's ibusfrontend addon (on by default) serves the
    IBus protocol on the D-Bus name org.freedesktop.portal.IBus; IBUS_USE_PORTAL=1 makes Qt's
    plugin use that name instead of requiring an ibus-daemon. Runs before Qt starts; does
    nothing off Linux or with KEEP_IM set.
    """
    if not sys.platform.startswith("linux") or env.get(KEEP_IM) == "1" or not runs_fcitx(env):
        return
    env["QT_IM_MODULE"] = "ibus"
    env["IBUS_USE_PORTAL"] = "1"


def run() -> int:
    """Answer a worker-process start first (frozen bundle), set up Chinese input, run the CLI."""
    # A frozen bundle starts the big demo's worker processes by running itself again.
    multiprocessing.freeze_support()
    configure_input_method(os.environ)
    return main()


if __name__ == "__main__":
    sys.exit(run())
