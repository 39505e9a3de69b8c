"""Bundle runtime hook: the bundled Qt has only the ibus input-method plugin; fcitx speaks ibus too."""

import os

if os.environ.get("QT_IM_MODULE", "").startswith("fcitx") or not os.environ.get("QT_IM_MODULE"):
    os.environ["QT_IM_MODULE"] = "ibus"
