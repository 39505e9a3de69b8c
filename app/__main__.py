"""``python -m app``, the ``resident-desk`` command and the frozen bundle's entry."""

import multiprocessing
import os
import sys

from app import input_method
from app.cli import main


def run() -> int:
    """Answer a worker-process start first (frozen bundle), set up Chinese input, run the CLI."""
    # A frozen bundle starts the big demo's worker processes by running itself again.
    multiprocessing.freeze_support()
    input_method.configure(os.environ)
    return main()


if __name__ == "__main__":
    sys.exit(run())
