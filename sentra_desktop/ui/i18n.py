"""Loading the Indonesian (default) or English user interface texts.

Source strings are English; ``sentra_id.qm`` holds our Indonesian, and ``qtbase_id.qm`` our
Indonesian for the Qt texts the program shows (Qt ships none for Indonesian). The same
``sentra_id.ts`` is compiled for code without Qt too (:mod:`sentra_desktop.core.i18n`), which is
switched to the same language here, so the sheets made from the window speak it as well.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from sentra_desktop.core import i18n
from sentra_desktop.core.i18n import DEFAULT_LANGUAGE, LANGUAGES

log = logging.getLogger("sentra.ui")

I18N_DIR = Path(__file__).parent / "i18n"
__all__ = ["CATALOGUES", "DEFAULT_LANGUAGE", "LANGUAGES", "install_translators", "translate"]
CATALOGUES = ("qtbase", "sentra")


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load the catalogues for ``language`` into ``app``; English needs none."""
    i18n.set_language(language)
    if language == "id":
        QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    installed: list[QTranslator] = []
    if language == "en":
        return installed
    for name in CATALOGUES:
        translator = QTranslator(app)
        path = I18N_DIR / f"{name}_{language}.qm"
        if translator.load(str(path)):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.warning("translation %s not found (run `make translations`)", path)
    return installed


def translate(context: str, text: str) -> str:
    """``text`` translated in ``context``, for strings made outside a QObject."""
    return QCoreApplication.translate(context, text)
