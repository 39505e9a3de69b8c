"""``python -m app`` and the frozen bundle's entry: the same as the ``resident-desk`` command."""

import multiprocessing
import sys

from app.cli import main


def run() -> int:
    """Answer a worker-process start first (frozen bundle), then run the command line."""
    # A frozen bundle starts the big demo's worker processes by running itself again.
    multiprocessing.freeze_support()
    return main()


if __name__ == "__main__":
    sys.exit(run())
