"""The PyInstaller bundle's entry script: ``app.__main__.run`` (freeze_support, input, CLI)."""

import sys

from app.__main__ import run

if __name__ == "__main__":
    sys.exit(run())
