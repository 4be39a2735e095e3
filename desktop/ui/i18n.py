"""The interface's language: which one, loading its translations, and numbers, times and dates.

Casewise's interface speaks English (the source language), German and Persian. The language is
chosen in this order: the ``CASEWISE_LANG`` environment variable (for tests, screenshots and a
quick try), the setting the student picked (View > Language), then the system's UI languages;
English when none of them is one Casewise speaks.

Translations are compiled ``.qm`` files in ``resources/translations/``, built by ``make
translations`` from the ``.ts`` sources. When a ``.qm`` file is missing the app starts in English
and logs why. Qt's own strings (OK, Cancel, the file dialogs) come from the ``qtbase_*.qm`` files
that PySide6 ships.

The interface language is independent of a bank's language: a Persian case is written right to
left in an English window, and an English case left to right in a Persian window.
"""

from __future__ import annotations

import datetime
import logging
import os
from pathlib import Path

from casebank.resources import RESOURCES
from casebank.translations import Language, shipped
from desktop.session import clock_text
from desktop.ui.qt import (
    QAction,
    QActionGroup,
    QCalendar,
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QMenu,
    QProxyStyle,
    QSettings,
    QStyle,
    QStyleHintReturn,
    QStyleOption,
    Qt,
    QTime,
    QTranslator,
    QWidget,
    Signal,
)

log = logging.getLogger(__name__)

TRANSLATIONS = RESOURCES / "translations"
ENVIRONMENT = "CASEWISE_LANG"
SETTING = "interface/language"  # "" or missing: follow the system
SYSTEM = ""
SOURCE_LANGUAGE = "en"


# The shipped languages are data (resources/languages/<code>/language.toml): adding one touches
# no code here.
LANGUAGES = shipped()

_installed: list[QTranslator] = []
_current = LANGUAGES[SOURCE_LANGUAGE]


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`QCoreApplication.translate`, for code outside a QObject (lupdate reads these calls)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def supported(code: str | None) -> Language | None:
    """The shipped language for a code such as ``de``, ``de_AT`` or ``fa-IR``; None otherwise."""
    if not code:
        return None
    return LANGUAGES.get(code.replace("-", "_").split("_")[0].lower())


def choose(settings: QSettings | None = None, system: QLocale | None = None) -> Language:
    """The interface language: environment, then the student's setting, then the system."""
    chosen = supported(os.environ.get(ENVIRONMENT))
    if chosen is not None:
        return chosen
    if settings is not None:
        chosen = supported(str(settings.value(SETTING, SYSTEM) or ""))
        if chosen is not None:
            return chosen
    for name in (system or QLocale.system()).uiLanguages():
        chosen = supported(name)
        if chosen is not None:
            return chosen
    return LANGUAGES[SOURCE_LANGUAGE]


def install(language: Language, folder: Path = TRANSLATIONS) -> bool:
    """Make `language` the interface language of the running application.

    Loads Casewise's and Qt's translations, sets the default locale (numbers, dates) and the
    layout direction. Widgets made afterwards speak the language; existing ones do not change.

    Returns:
        Whether the language could be installed. Without its ``.qm`` file a translated language
        falls back to English, laid out left to right; English itself works without one (its
        ``.qm`` only holds the singular forms, "1 word" rather than "1 words").
    """
    global _current
    app = QCoreApplication.instance()
    assert app is not None, "create the QApplication first"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    loaded = _load(app, f"casewise_{language.code}", str(folder))
    if loaded and language.code != SOURCE_LANGUAGE:
        _load(
            app,
            f"qtbase_{language.code}",
            QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        )
    elif not loaded:
        log.warning(
            "no translation casewise_%s.qm in %s (run `make translations`): the interface %s",
            language.code,
            folder,
            "shows plurals as in the code"
            if language.code == SOURCE_LANGUAGE
            else "stays in English",
        )
        if language.code != SOURCE_LANGUAGE:
            install(LANGUAGES[SOURCE_LANGUAGE], folder)
            return False
        loaded = True  # English is the code's own language: only its plural forms are missing
    _current = language
    locale = QLocale(language.locale)
    if language.code == SOURCE_LANGUAGE and QLocale.system().language() == locale.language():
        locale = QLocale.system()  # an English window keeps the system's English (US, UK, …)
    QLocale.setDefault(locale)
    direction = (
        Qt.LayoutDirection.RightToLeft if language.right_to_left else Qt.LayoutDirection.LeftToRight
    )
    set_direction = getattr(app, "setLayoutDirection", None)
    if set_direction is not None:  # a QGuiApplication; a bare QCoreApplication has no layout
        set_direction(direction)
    return loaded


def _load(app: QCoreApplication, name: str, folder: str) -> bool:
    translator = QTranslator(app)
    if not translator.load(name, folder):
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True


def current() -> Language:
    """The interface language installed last (English before any)."""
    return _current


def number(value: int) -> str:
    """A count in the interface's digits (Persian digits in a Persian window)."""
    return QLocale().toString(value)


def digits(text: str) -> str:
    """`text` with its ASCII digits written in the interface's digits."""
    zero = QLocale().zeroDigit()
    if zero == "0":
        return text
    base = ord(zero)
    return "".join(chr(base + ord(ch) - 48) if "0" <= ch <= "9" else ch for ch in text)


def percent(score: float | None) -> str:
    """A coverage score (0 to 1) as a percentage; a dash when there is none."""
    if score is None:
        return "–"
    return translate("Numbers", "%1%", "a percentage such as 75%").replace(
        "%1", number(round(score * 100))
    )


def clock(seconds: float) -> str:
    """A duration as ``m:ss`` or ``h:mm:ss`` in the interface's digits."""
    return digits(clock_text(seconds))


def date_time(when: datetime.datetime) -> str:
    """A moment in local time, short, as the interface's locale writes it.

    Persian uses the solar hijri calendar, as Iranian students date things.
    """
    moment = when.astimezone()
    local = QDateTime(
        QDate(moment.year, moment.month, moment.day),
        QTime(moment.hour, moment.minute, moment.second),
    )
    locale = QLocale()
    if _current.calendar == "solar-hijri":
        calendar = QCalendar(QCalendar.System.Jalali)
        return locale.toString(local, QLocale.FormatType.ShortFormat, calendar)
    return locale.toString(local, QLocale.FormatType.ShortFormat)


def date(when: datetime.datetime) -> str:
    """The day of a moment in local time, short, as the interface's locale writes it (in the
    solar hijri calendar in Persian, as `date_time`)."""
    moment = when.astimezone()
    day = QDate(moment.year, moment.month, moment.day)
    locale = QLocale()
    if _current.calendar == "solar-hijri":
        calendar = QCalendar(QCalendar.System.Jalali)
        return locale.toString(day, QLocale.FormatType.ShortFormat, calendar)
    return locale.toString(day, QLocale.FormatType.ShortFormat)


class InterfaceStyle(QProxyStyle):
    """The application's style (Fusion) as the interface language wants it: without mnemonic
    underlines in a language whose letters they would deface (`Language.underline_mnemonics`)."""

    def styleHint(  # noqa: N802 (Qt's name)
        self,
        hint: QStyle.StyleHint,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
        returnData: QStyleHintReturn | None = None,  # noqa: N803 (Qt's name)
    ) -> int:
        """Fusion's hints, but no underlines under Alt+letters when the language hides them."""
        if hint == QStyle.StyleHint.SH_UnderlineShortcut and not _current.underline_mnemonics:
            return 0
        return super().styleHint(hint, option, widget, returnData)


class LanguageMenu(QMenu):
    """View > Language: the system's language, or one Casewise speaks, kept in the settings.

    The choice applies at once (`MainWindow.retranslate` makes the window anew in it) and is
    kept for the next start.
    Language names are written as their speakers write them, whatever the interface speaks.
    """

    chosen = Signal(str)  # the language code, "" for the system's

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("&Language"))
        self.settings = settings
        self.group = QActionGroup(self)
        self.group.setExclusive(True)
        saved = str(settings.value(SETTING, SYSTEM) or SYSTEM)
        choices = [(SYSTEM, self.tr("System language"))]
        choices += [(language.code, language.name) for language in LANGUAGES.values()]
        for code, text in choices:
            action = QAction(text, self.group)
            action.setCheckable(True)
            action.setChecked(code == saved)
            action.setData(code)
            self.addAction(action)
        self.group.triggered.connect(self._choose)

    def _choose(self, action: QAction) -> None:
        code = str(action.data() or SYSTEM)
        self.settings.setValue(SETTING, code)
        self.settings.sync()
        self.chosen.emit(code)
