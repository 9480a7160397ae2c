"""Verdict sounds: distinct for pass, deny and prompts; never blocks, never fails loudly.

QSoundEffect (QtMultimedia) where it is installed and there is an audio output; otherwise on
Windows the system's PlaySound (stdlib winsound), elsewhere the desktop's beep.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtWidgets import QApplication

from resources import sound_path

log = logging.getLogger(__name__)
SOUNDS = ("pass", "deny", "prompt")


class VerdictSound:
    def __init__(self) -> None:
        self.enabled = True
        self._effects = {}
        try:
            from PySide6.QtCore import QUrl
            from PySide6.QtMultimedia import QMediaDevices, QSoundEffect
        except ImportError:
            return
        if QMediaDevices.defaultAudioOutput().isNull():
            return  # no loudspeaker: the fallback below
        for name in SOUNDS:
            effect = QSoundEffect()
            effect.setSource(QUrl.fromLocalFile(str(sound_path(name))))
            self._effects[name] = effect

    @property
    def backend(self) -> str:
        if self._effects:
            return "qsoundeffect"
        return "winsound" if sys.platform == "win32" else "beep"

    def play(self, name: str) -> None:
        if not self.enabled or name not in SOUNDS:
            return
        try:
            if self._effects:
                self._effects[name].play()
            elif sys.platform == "win32":
                import winsound

                winsound.PlaySound(str(sound_path(name)),
                                   winsound.SND_FILENAME | winsound.SND_ASYNC)
            elif name != "prompt":
                QApplication.beep()
        except Exception:  # a missing sound device must not disturb the gate
            log.debug("could not play %s", name, exc_info=True)
