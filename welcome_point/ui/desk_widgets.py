"""Small input widgets of the desk, built for the keyboard: topic toggles, language type-ahead."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QGridLayout,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from welcome_point.domain import vocabulary as v
from welcome_point.ui.labels import label, language_label

# Keys 1..9 and 0 toggle the first ten topics while the topic panel has the focus.
_DIGITS = {getattr(Qt.Key, f"Key_{n}"): (n - 1) % 10 for n in range(10)}
# Letters the menus use as mnemonics (File, Go, Language, Help; Datei, Sprache) and Undo keep them.
_RESERVED = set("FGLHDSU")
_MOVES = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -4, Qt.Key.Key_Down: 4}


class KeyHandler(QObject):
    """Calls ``slot`` when ``key`` is pressed in ``widget`` (item views take Delete for themselves
    before a QShortcut sees it)."""

    def __init__(self, widget: QWidget, keys: tuple[Qt.Key, ...], slot: Callable[[], object]) -> None:
        super().__init__(widget)
        self._keys = keys
        self._slot = slot
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in self._keys and not event.modifiers():
            self._slot()
            return True
        return False


class TopicPanel(QWidget):
    """Checkable topic buttons for the keyboard: digits toggle the first ten, Alt+letter any
    topic with a free letter, and arrow keys with Space reach every one."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, columns: int = 4) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(self.tr("Topics"))
        self.buttons: dict[str, QPushButton] = {}
        self._columns = columns
        self._current = 0
        grid = QGridLayout(self)
        grid.setContentsMargins(2, 2, 2, 2)
        grid.setSpacing(4)
        used: set[str] = set(_RESERVED)
        for index, term in enumerate(v.TOPICS):
            number = f"{(index + 1) % 10}" if index < 10 else ""
            text = _with_mnemonic(label(v.TOPICS, term.code), used)
            button = QPushButton(f"{number}  {text}" if number else text)
            button.setCheckable(True)
            button.setObjectName("topic")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the panel takes the keys
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.toggled.connect(self.changed)
            self.buttons[term.code] = button
            grid.addWidget(button, index // columns, index % columns)
        self._mark_current()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = _DIGITS.get(Qt.Key(event.key()))
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = Qt.Key(event.key())
        if index is not None and plain:
            self.buttons[v.TOPICS.codes[index]].toggle()
        elif key in _MOVES and plain:
            step = _MOVES[key]
            if key in (Qt.Key.Key_Left, Qt.Key.Key_Right) and self.isRightToLeft():
                step = -step
            self._current = (self._current + step) % len(v.TOPICS)
            self._mark_current()
        elif key == Qt.Key.Key_Space and plain:
            self.buttons[v.TOPICS.codes[self._current]].toggle()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def _mark_current(self) -> None:
        """A visible keyboard cursor while the panel has the focus (styled as #topic[current])."""
        for index, button in enumerate(self.buttons.values()):
            button.setProperty("current", index == self._current and self.hasFocus())
            button.style().unpolish(button)
            button.style().polish(button)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._mark_current()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._mark_current()

    def selected(self) -> tuple[str, ...]:
        return tuple(code for code, button in self.buttons.items() if button.isChecked())

    def set_selected(self, codes: tuple[str, ...]) -> None:
        for code, button in self.buttons.items():
            button.blockSignals(True)
            button.setChecked(code in codes)
            button.blockSignals(False)
        self.changed.emit()


def _with_mnemonic(text: str, used: set[str]) -> str:
    """The label with "&" before its first letter no other button uses yet; "&" itself doubled."""
    escaped = text.replace("&", "&&")
    for position, character in enumerate(text):
        letter = character.upper()
        # Any script: Alt+letter works with the keyboard layout of the window's language.
        if character.isalpha() and letter not in used:
            used.add(letter)
            # Map the position in ``text`` to the position in ``escaped``.
            shift = text[:position].count("&")
            cut = position + shift
            return escaped[:cut] + "&" + escaped[cut:]
    return escaped


class LanguageBox(QComboBox):
    """Type-ahead over language names in the window's language and in their own script."""

    def __init__(self, parent: QWidget | None = None, *, optional: bool = False) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        if optional:
            self.addItem("", None)
        for term in v.LANGUAGES:
            self.addItem(language_label(term.code), term.code)
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        editor = self.lineEdit()
        assert editor is not None  # an editable combo box has one
        editor.setPlaceholderText(QCoreApplication.translate("LanguageBox", "Type a language…"))
        self.setCurrentIndex(-1 if not optional else 0)

    def code(self) -> str | None:
        """The chosen code; the typed text counts when it names one language unambiguously."""
        text = self.currentText().strip()
        if not text:
            return None
        index = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            data = self.itemData(index)
            return str(data) if data else None
        matches = [self.itemData(i) for i in range(self.count())
                   if self.itemData(i) and text.casefold() in self.itemText(i).casefold()]
        return str(matches[0]) if len(matches) == 1 else ""

    def set_code(self, code: str | None) -> None:
        completer = self.completer()
        popup = completer.popup() if completer is not None else None
        if popup is not None:
            popup.hide()  # an open list would swallow the next keys
        index = self.findData(code) if code else -1
        if index < 0 and not code:
            index = self.findData(None)
        self.setCurrentIndex(index)
        if index < 0:
            self.setEditText("")
