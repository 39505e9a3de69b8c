"""Update the English translation: extract the strings with lupdate, compile them with lrelease.

Run from anywhere, with the project's environment (the venv that has PySide6)::

    python packaging/update_translations.py

1. ``pyside6-lupdate`` reads every ``.py`` file under ``app/`` (``self.tr``,
   ``QCoreApplication.translate`` and ``QT_TRANSLATE_NOOP`` marks) and the Designer forms
   ``ui/*.ui``, and merges what it finds into ``resources/translations/resident_desk_en.ts``:
   existing translations are kept, strings no longer in the code are dropped (``-no-obsolete``),
   new ones are added as unfinished.
2. ``pyside6-lrelease`` compiles the ``.ts`` into ``resources/translations/resident_desk_en.qm``,
   the file the program loads for ``--lang en`` (Chinese is the source language and needs none).

After step 1, translate the new (``type="unfinished"``) messages in the ``.ts`` (Qt Linguist or
any editor; English terms from GLOSSARY.md), then run this script again to compile them. Commit
both files; ``tests/ui/test_translation_en.py`` fails while a message is untranslated or the
``.qm`` is older than the ``.ts``.

Options: ``--no-lupdate`` only compiles the ``.ts`` as it is.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
TS_FILE = TRANSLATIONS / "resident_desk_en.ts"
QM_FILE = TRANSLATIONS / "resident_desk_en.qm"


def tool(name: str) -> str:
    """A PySide6 tool from this interpreter's environment, else from PATH."""
    beside = Path(sys.executable).parent / name
    for candidate in (beside, beside.with_suffix(".exe")):
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} not found: install PySide6 in this environment")
    return found


def sources() -> list[str]:
    """The files lupdate reads, relative to the project root, in a stable order."""
    files = sorted(ROOT.glob("app/**/*.py")) + sorted(ROOT.glob("ui/*.ui"))
    return [f.relative_to(ROOT).as_posix() for f in files if "__pycache__" not in f.parts]


def lupdate() -> None:
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    command = [
        tool("pyside6-lupdate"),
        *sources(),
        "-no-obsolete",
        "-locations",
        "absolute",
        "-source-language",
        "zh_CN",
        "-target-language",
        "en",
        "-ts",
        TS_FILE.relative_to(ROOT).as_posix(),
    ]
    subprocess.run(command, cwd=ROOT, check=True)


def lrelease(ts_file: Path = TS_FILE, qm_file: Path = QM_FILE) -> None:
    """Compile ``ts_file`` into ``qm_file``."""
    command = [tool("pyside6-lrelease"), str(ts_file), "-qm", str(qm_file)]
    subprocess.run(command, cwd=ROOT, check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--no-lupdate", action="store_true", help="only compile the .ts into the .qm"
    )
    args = parser.parse_args(argv)
    if not args.no_lupdate:
        lupdate()
    lrelease()
    return 0


if __name__ == "__main__":
    sys.exit(main())
