"""confirm(safe_default=True): Enter on the question does nothing harmful."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from dorpsboek.ui import dialogs


def _press_enter_on_box(seen: dict[str, str]) -> None:
    box = QApplication.activeModalWidget()
    if not isinstance(box, QMessageBox):
        QTimer.singleShot(20, lambda: _press_enter_on_box(seen))
        return
    default = box.defaultButton()
    seen["default"] = default.text() if default is not None else ""
    default.click() if default is not None else box.reject()


def _ask(safe: bool) -> tuple[bool, str]:
    seen: dict[str, str] = {}
    QTimer.singleShot(20, lambda: _press_enter_on_box(seen))
    answer = dialogs.confirm(
        None,
        "Wilt u 'Lies' als nieuwe inwoner toevoegen?",
        "Nieuwe inwoner",
        "Toevoegen",
        no="Terug, een naam kiezen",
        safe_default=safe,
    )
    return answer, seen["default"]


def test_safe_default_is_the_way_back(qtbot: object) -> None:
    answer, default = _ask(True)
    assert default == "Terug, een naam kiezen"
    assert answer is False


def test_ordinary_confirm_still_defaults_to_go_ahead(qtbot: object) -> None:
    answer, default = _ask(False)
    assert default == "Toevoegen"
    assert answer is True
