"""Chinese input under fcitx5 on a real X server: pinyin typed with xdotool arrives as 你好."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.packaging.tools import ROOT, user_env

pytestmark = [pytest.mark.packaging, pytest.mark.skipif(sys.platform != "linux", reason="X11")]
TOOLS = ("Xvfb", "dbus-daemon", "fcitx5", "xdotool")
PROFILE = """[Groups/0]
Name=Default
Default Layout=us
DefaultIM=pinyin

[Groups/0/Items/0]
Name=keyboard-us
Layout=

[Groups/0/Items/1]
Name=pinyin
Layout=

[GroupOrder]
0=Default
"""


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """Xvfb, a D-Bus session and fcitx5 with pinyin, as a Kylin/UOS fcitx desktop sets them up."""
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        if os.environ.get("CI"):
            pytest.fail(f".ci/run must install {missing}")
        pytest.skip(f"needs {missing}")
    home = tmp_path_factory.mktemp("ime-home")
    (home / "config" / "fcitx5").mkdir(parents=True)
    (home / "config" / "fcitx5" / "profile").write_text(PROFILE, encoding="utf-8")
    env = user_env(home, QT_QPA_PLATFORM="xcb", XMODIFIERS="@im=fcitx")
    env.update(QT_IM_MODULE="fcitx", GTK_IM_MODULE="fcitx")  # what an fcitx desktop exports
    started: list[subprocess.Popen[bytes]] = []
    bus: list[str] = []
    try:  # whatever fails while starting, what was started is stopped again
        read, write = os.pipe()
        xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write), "-screen", "0", "1024x768x24"],
            pass_fds=(write,),
            stderr=subprocess.DEVNULL,
        )
        started.append(xvfb)
        os.close(write)
        number = b""
        while not number.endswith(b"\n"):  # read the whole line: Xvfb dies writing to a closed pipe
            chunk = os.read(read, 16)
            if not chunk:
                pytest.fail("Xvfb did not start")
            number += chunk
        os.close(read)
        env["DISPLAY"] = ":" + number.decode().strip()
        bus = subprocess.run(
            ["dbus-daemon", "--session", "--fork", "--print-address=1", "--print-pid=1"],
            capture_output=True,
            text=True,
            check=True,
            env=env,
        ).stdout.split()
        env["DBUS_SESSION_BUS_ADDRESS"] = bus[0]
        fcitx = subprocess.Popen(
            ["fcitx5", "--replace"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        started.append(fcitx)
        for _ in range(100):
            owner = subprocess.run(
                [
                    "dbus-send",
                    "--session",
                    "--print-reply",
                    "--dest=org.freedesktop.DBus",
                    "/org/freedesktop/DBus",
                    "org.freedesktop.DBus.NameHasOwner",
                    "string:org.freedesktop.portal.IBus",
                ],
                capture_output=True,
                text=True,
                env=env,
            )
            if "true" in owner.stdout:
                break
            time.sleep(0.1)
        else:
            pytest.fail("fcitx5 did not take the IBus portal name")
        yield env
    finally:
        for process in reversed(started):
            process.terminate()
            process.wait(timeout=10)
        if bus:
            subprocess.run(["kill", bus[1]], check=False)


def type_pinyin(env: dict[str, str], extra: dict[str, str]) -> str:
    """Run the probe, press Ctrl+Space, type n-i-h-a-o and space, return all it printed."""
    probe_env = {**env, **extra, "QT_DEBUG_PLUGINS": "1", "PYTHONPATH": str(ROOT)}
    probe = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("ime_probe.py")), "8"],
        env=probe_env,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        encoding="utf-8",
    )
    window = subprocess.run(
        ["xdotool", "search", "--sync", "--name", "ime-probe"],
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
    ).stdout.split()[0]
    subprocess.run(["xdotool", "windowactivate", "--sync", window], env=env, check=False)
    time.sleep(1)
    subprocess.run(["xdotool", "key", "ctrl+space"], env=env, check=True)  # switch to pinyin
    time.sleep(0.5)
    subprocess.run(["xdotool", "type", "--delay", "120", "nihao"], env=env, check=True)
    time.sleep(0.5)
    subprocess.run(["xdotool", "key", "space"], env=env, check=True)
    output, _ = probe.communicate(timeout=60)
    return output


def test_pinyin_arrives_as_chinese_through_the_ibus_plugin(session: dict[str, str]) -> None:
    output = type_pinyin(session, {})
    assert "QT_IM_MODULE=ibus" in output
    assert 'libibusplatforminputcontextplugin.so" loaded library' in output
    assert "TEXT=你好" in output, output[-2000:]


def test_without_the_switch_an_fcitx_session_types_latin(session: dict[str, str]) -> None:
    output = type_pinyin(session, {"RESIDENT_DESK_KEEP_IM": "1"})
    assert "QT_IM_MODULE=fcitx" in output
    assert "TEXT=nihao" in output, output[-2000:]
