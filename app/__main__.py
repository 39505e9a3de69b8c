"""``python -m app`` and the frozen bundle's entry: the same as the ``resident-desk`` command."""

import multiprocessing
import sys

from app.cli import main

if __name__ == "__main__":
    # A frozen bundle starts the demo's worker processes by running this file again.
    multiprocessing.freeze_support()
    sys.exit(main())
