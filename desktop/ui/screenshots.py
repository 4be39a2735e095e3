"""``make screenshots``: render the main views to docs/screenshots/ without a screen.

Runs the real window offscreen on a temporary data folder with the bundled banks.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop.ui.app import application, build_window
from desktop.ui.main_window import MainWindow
from desktop.ui.operations import ImmediateRunner
from desktop.ui.qt import QApplication, QWidget

EN_BANK = "org.casewise.brands-social-media"
FA_BANK = "org.casewise.social-media-fa"
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
محافظت کنند."""


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


def main(folder: Path) -> None:
    """Render the library, practice, an exam after submitting, a history and a Persian case."""
    folder.mkdir(parents=True, exist_ok=True)
    application()
    with tempfile.TemporaryDirectory(prefix="casewise-shots-") as data:
        window = build_window(Path(data), runner=ImmediateRunner())
        ticker = Ticker()
        window.clock = ticker
        window.study.clock = ticker
        window.resize(1400, 860)
        window.show()
        render(window, folder, ticker)
        window.close()
        window.store.close()


def render(window: MainWindow, folder: Path, ticker: Ticker) -> None:
    """Walk through the views and grab each."""
    # A submitted exam first, so that the library and history have progress to show.
    exam = window.start(EN_BANK, AMAZON, "exam")
    window.study.editor.setPlainText(ANSWER)
    ticker.now += 17 * 60 + 12
    window.study.tick()
    window.study.refresh_checklist()
    save(window, folder, "exam-writing")
    window.study.submit()
    window.study.set_assessment(
        {
            "facebook-network": "fully",
            "audience-expectations": "partly",
            "twitter-nature": "fully",
            "content-marketing": "partly",
            "dialogue-service": "fully",
            "segmentation-targeting": "partly",
            "integrated-strategy": "none",
            "risks-limits": "none",
        }
    )
    save(window, folder, "exam-self-assessment")
    window.study.reveal()
    window.study.checklist.list.setCurrentRow(0)
    save(window, folder, "exam-after-submit")
    window.show_library()

    practice = window.start(EN_BANK, AMAZON, "practice")
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
    dialog.resize(820, 520)
    save(dialog, folder, "history")
    dialog.accept()

    window.start(FA_BANK, PERSIAN, "practice")
    window.study.editor.setPlainText(PERSIAN_ANSWER)
    window.study.refresh_checklist()
    window.study.checklist.list.setCurrentRow(0)
    save(window, folder, "persian")
    window.show_library()
    del exam


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/screenshots"))
