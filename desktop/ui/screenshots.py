"""``make screenshots``: render the main views to docs/screenshots/ without a screen.

Runs the real window offscreen on a temporary data folder with the bundled banks: first in
English, then in German (``*-de.png``, on the German bank) and in Persian (``*-fa.png``, on the
Persian bank, the whole window mirrored). ``persian.png`` is the Persian case in the English
window, ``mixed-fa-de.png`` the German case in the Persian window.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from casebank.coverage import check
from casebank.vocabulary import Mode, SelfAssessment
from desktop.library import Library
from desktop.store import Store
from desktop.ui import i18n
from desktop.ui.app import application, build_window
from desktop.ui.main_window import MainWindow
from desktop.ui.operations import ImmediateRunner
from desktop.ui.qt import QApplication, QMessageBox, QWidget

EN_BANK = "org.casewise.brands-social-media"
FA_BANK = "org.casewise.social-media-fa"
DE_BANK = "org.casewise.amazon-botschafter"
GERMAN = "fc-botschafter/glaubwuerdigkeit"
AMAZON = "amazon-international/platform-roles"
PERSIAN = "instagram-child-safety/platform-responsibility"
ANSWER = """Amazon gives each platform its own job. On Facebook it reaches a network of friends \
who share its offers and special deals with each other, so a promotion spreads from one customer \
to the next and carries the trust of a friend's recommendation.

Twitter works differently. It is a public, real-time feed where customers talk back, and hard \
selling there is quickly punished. Amazon uses it to answer complaints and join conversations.

Content that entertains and informs builds engagement and trust over time, and gives the brand \
a recognisable voice."""
PERSIAN_ANSWER = """اینستاگرام مسئول است زیرا الگوریتم‌های پیشنهاددهی آن حساب‌های کودک‌آزار را \
به هم وصل کرده‌اند و این پلتفرم باید طراحی خود را تغییر دهد.

والدین نیز نقش دارند، اما بدون ابزارهای مناسب از سوی پلتفرم نمی‌توانند به‌تنهایی از کودکان \
محافظت کنند.

گزارش سال 2023 نشان داد که بیشتر مدیران شبکه‌های اجتماعی هنوز Facebook و Instagram را \
مهم‌ترین کانال‌های خود می‌دانند."""
GERMAN_ANSWER = """Die FC-Botschafter betonen, dass Amazon sie nicht bezahlt. Glaubwürdig \
werden ihre Tweets dadurch aber kaum, denn als Beschäftigte bleiben sie von ihrem \
Arbeitgeber abhängig und können ihn schlecht offen kritisieren.

Auffällig ist, dass alle Konten gleich gestaltet sind: dasselbe Hintergrundbild, derselbe Standort \
Brieselang und ein einheitliches Namensschema. Diese Einheitlichkeit spricht für eine zentral \
gesteuerte Kampagne und nicht für spontane Einzelstimmen.

Die Botschafter haben nur wenige Follower und antworten fast ausschließlich auf Kritik."""


class Ticker:
    """A clock that stands still, so the screenshots show the same times each run."""

    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def settle(widget: QWidget) -> None:
    """Let layouts and repaints happen before grabbing."""
    for _ in range(5):
        QApplication.processEvents()
    widget.repaint()


def save(widget: QWidget, folder: Path, name: str) -> Path:
    """Grab a widget to ``folder/name.png``."""
    settle(widget)
    path = folder / f"{name}.png"
    widget.grab().save(str(path))
    print(f"wrote {path}")
    return path


def hand_in(window: MainWindow) -> None:
    """Submit the open answer as a student would, saying "Hand it in" when Casewise asks (the
    answer is under its word limit, or the exam has time left)."""
    study = window.study
    study.submit()
    box = study.submit_box
    if box is not None and box.isVisible():
        hand = next(
            b for b in box.buttons() if box.buttonRole(b) is QMessageBox.ButtonRole.AcceptRole
        )
        hand.click()
        settle(window)


def main(folder: Path) -> None:
    """Render the main views in English, then in German and in Persian."""
    folder.mkdir(parents=True, exist_ok=True)
    application()
    try:
        for code in ("en", "de", "fa"):
            if not i18n.install(i18n.LANGUAGES[code]):
                raise SystemExit(f"no {code} translation: run `make translations` first")
            with tempfile.TemporaryDirectory(prefix="casewise-shots-") as data:
                bank_id = {"en": EN_BANK, "de": DE_BANK, "fa": FA_BANK}[code]
                studied(Path(data), bank_id)
                window = build_window(Path(data), runner=ImmediateRunner())
                ticker = Ticker()
                window.clock = ticker
                window.study.clock = ticker
                window.resize(1400, 860)
                window.show()
                if code == "en":
                    render(window, folder, ticker)
                elif code == "de":
                    render_in(window, folder, ticker, (DE_BANK, GERMAN, GERMAN_ANSWER), "de")
                else:
                    render_in(window, folder, ticker, (FA_BANK, PERSIAN, PERSIAN_ANSWER), "fa")
                    render_mixed(window, folder, (DE_BANK, GERMAN, GERMAN_ANSWER), "mixed-fa-de")
                window.close()
                window.store.close()
    finally:
        i18n.install(i18n.LANGUAGES["en"])


class PastClock:
    """The store's clock some days ago: the study plan needs a past to have anything due."""

    def __init__(self, days: float) -> None:
        self.now = datetime.now(UTC) - timedelta(days=days)

    def __call__(self) -> datetime:
        return self.now


def studied(data: Path, bank_id: str) -> None:
    """Drills of a bank's first questions nine and five days ago: the Due view then has
    questions due, and the history a past to chart."""
    for days, level in ((9, SelfAssessment.FULLY), (5, SelfAssessment.PARTLY)):
        with Store.open(data, clock=PastClock(days)) as store:
            library = Library(store)
            library.open()
            for question in library.bank(bank_id).questions()[:4]:
                attempt = store.start_attempt(bank_id, question.key, Mode.DRILL)
                half = len(question.arguments) // 2
                levels = {a.id: level for a in question.arguments[:half]}
                levels.update({a.id: SelfAssessment.NONE for a in question.arguments[half:]})
                text = question.arguments[0].model_paragraph
                store.submit(attempt.id, levels, text=text, coverage=check(question, text))


def render_plan(window: MainWindow, folder: Path, ticker: Ticker, suffix: str) -> None:
    """The Due view, and a drill of the question most at risk: rating, then the rubric."""
    window.show_library()
    view = window.library_view
    view.show_due_list(True)
    save(window, folder, f"due{suffix}")
    view.show_due_list(False)
    chosen = view.due_view.current()
    if chosen is None:
        raise SystemExit("nothing is due: the study plan's screenshots need a past")
    bank_id, question_key = chosen
    window.start(bank_id, question_key, Mode.DRILL)
    arguments = window.library.question(bank_id, question_key).arguments
    window.drill.pad.setPlainText(
        "\n".join(f"- {a.model_paragraph.split('.')[0]}" for a in arguments[:2])
    )
    ticker.now += 3 * 60 + 20
    window.drill.tick()
    window.drill.done()
    ratings = (SelfAssessment.FULLY, SelfAssessment.PARTLY, SelfAssessment.NONE)
    window.drill.set_ratings({a.id: ratings[n % 3] for n, a in enumerate(arguments)})
    save(window, folder, f"drill{suffix}")
    window.drill.reveal()
    save(window, folder, f"drill-rubric{suffix}")
    window.show_library()


def render(window: MainWindow, folder: Path, ticker: Ticker) -> None:
    """Walk through the views and grab each."""
    # A submitted exam first, so that the library and history have progress to show.
    exam = window.start(EN_BANK, AMAZON, Mode.EXAM)
    window.study.editor.setPlainText(ANSWER)
    ticker.now += 17 * 60 + 12
    window.study.tick()
    window.study.refresh_checklist()
    save(window, folder, "exam-writing")
    hand_in(window)
    window.study.set_assessment(
        {
            "facebook-network": SelfAssessment.FULLY,
            "audience-expectations": SelfAssessment.PARTLY,
            "twitter-nature": SelfAssessment.FULLY,
            "content-marketing": SelfAssessment.PARTLY,
            "dialogue-service": SelfAssessment.FULLY,
            "segmentation-targeting": SelfAssessment.PARTLY,
            "integrated-strategy": SelfAssessment.NONE,
            "risks-limits": SelfAssessment.NONE,
        }
    )
    save(window, folder, "exam-self-assessment")
    window.study.reveal()
    window.study.checklist.list.setCurrentRow(0)
    save(window, folder, "exam-after-submit")
    window.show_library()

    practice = window.start(EN_BANK, AMAZON, Mode.PRACTICE)
    window.study.editor.setPlainText(ANSWER.split("\n\n")[0])
    ticker.now += 6 * 60
    window.study.tick()
    window.study.refresh_checklist()
    window.study.checklist.list.setCurrentRow(0)
    save(window, folder, "practice")
    practice.submit()
    practice.reveal()
    window.show_library()
    save(window, folder, "library")

    dialog = window.show_history(EN_BANK, AMAZON)
    dialog.resize(820, 700)
    save(dialog, folder, "history")
    dialog.accept()

    window.start(FA_BANK, PERSIAN, Mode.PRACTICE)
    window.study.editor.setPlainText(PERSIAN_ANSWER)
    window.study.refresh_checklist()
    window.study.checklist.list.setCurrentRow(0)
    save(window, folder, "persian")
    render_plan(window, folder, ticker, "")
    del exam


def render_in(
    window: MainWindow, folder: Path, ticker: Ticker, question: tuple[str, str, str], suffix: str
) -> None:
    """The same views in the window's interface language, on a bank in that language."""
    bank_id, key, answer = question
    arguments = window.library.question(bank_id, key).arguments
    window.start(bank_id, key, Mode.EXAM)
    window.study.editor.setPlainText(answer)
    ticker.now += 24 * 60 + 5
    window.study.tick()
    hand_in(window)
    levels = (SelfAssessment.FULLY, SelfAssessment.PARTLY, SelfAssessment.NONE)
    window.study.set_assessment({a.id: levels[n % 3] for n, a in enumerate(arguments)})
    save(window, folder, f"exam-self-assessment-{suffix}")
    window.study.reveal()
    window.study.checklist.list.setCurrentRow(0)
    save(window, folder, f"exam-after-submit-{suffix}")
    window.show_library()

    window.start(bank_id, key, Mode.PRACTICE)
    window.study.editor.setPlainText(answer.split("\n\n")[0])
    ticker.now += 7 * 60 + 40
    window.study.tick()
    window.study.refresh_checklist()
    window.study.checklist.list.setCurrentRow(0)
    save(window, folder, f"practice-{suffix}")
    hand_in(window)
    window.study.reveal()
    window.show_library()
    window.library_view.select(bank_id, key)
    save(window, folder, f"library-{suffix}")

    dialog = window.show_history(bank_id, key)
    dialog.resize(820, 700)
    save(dialog, folder, f"history-{suffix}")
    dialog.accept()
    render_plan(window, folder, ticker, f"-{suffix}")


def render_mixed(
    window: MainWindow, folder: Path, question: tuple[str, str, str], name: str
) -> None:
    """A practice answer on a bank in another direction than the window's, an argument
    selected: each pane's paragraphs run their own way (`desktop.ui.bidi`)."""
    bank_id, key, answer = question
    window.start(bank_id, key, Mode.PRACTICE)
    window.study.editor.setPlainText(answer)
    window.study.check_timer.stop()
    window.study.refresh_checklist()
    window.study.checklist.list.setCurrentRow(1)
    save(window, folder, name)
    window.show_library()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots"))
