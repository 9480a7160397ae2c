"""Translatable messages for the Qt-free core.

The core never imports Qt, yet every message a person reads must be translated. Core code
writes ``QT_TRANSLATE_NOOP("Context", "text {n}").with_(n=3)``: the call (with a literal
context, so ``pyside6-lupdate`` collects it into ``resources/i18n/*.ts``) makes a
:class:`Message`, which the core raises or returns. The GUI renders a
message through ``QCoreApplication.translate``; the command line renders it through
:class:`TsCatalog`, which reads the same ``.ts`` sources with the standard library.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Mapping

Translate = Callable[[str, str], str]
LANGUAGES = ("zh_CN", "en")


def QT_TRANSLATE_NOOP(context: str, text: str) -> "Message":  # noqa: N802 - lupdate's name
    """Mark ``text`` for translation under ``context`` (a literal, so lupdate finds it)."""
    return Message(context, text)


def identity(context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class Message:
    """A user-visible text in source language (English) with named ``{placeholders}``."""

    context: str
    text: str
    params: Mapping[str, object] = field(default_factory=dict)

    def with_(self, **params: object) -> "Message":
        return Message(self.context, self.text, params)

    def render(self, translate: Translate = identity) -> str:
        template = translate(self.context, self.text)
        try:
            return template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.text.format(**self.params)

    def __str__(self) -> str:
        return self.render()


class GuardroomError(Exception):
    """An expected failure that carries a translatable message for the person in front."""

    def __init__(self, message: Message):
        super().__init__(message.render())
        self.message = message


def ts_path(language: str) -> Path:
    from resources import i18n_dir

    return i18n_dir() / f"guardroom_{language}.ts"


class TsCatalog:
    """Finished translations of one ``.ts`` file, looked up by (context, source)."""

    def __init__(self, entries: Mapping[tuple[str, str], str]):
        self._entries = dict(entries)

    @classmethod
    def load(cls, language: str) -> "TsCatalog":
        path = ts_path(language)
        if not path.exists():
            return cls({})
        return cls(read_ts(path))

    def __call__(self, context: str, text: str) -> str:
        return self._entries.get((context, text), text)


def read_ts(path: Path) -> dict[tuple[str, str], str]:
    """Return the finished translations in a Qt Linguist ``.ts`` file."""
    entries: dict[tuple[str, str], str] = {}
    root = ET.parse(path).getroot()
    for ctx in root.iter("context"):
        name = ctx.findtext("name", default="")
        for msg in ctx.iter("message"):
            source = msg.findtext("source", default="")
            tr = msg.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete"):
                continue
            if tr.text:
                entries[(name, source)] = tr.text
    return entries


def normalise_language(value: str | None) -> str | None:
    """Map locale names such as ``zh``, ``zh-CN`` or ``en_US`` onto a supported language."""
    if not value:
        return None
    low = value.replace("-", "_").lower()
    if low.startswith("zh"):
        return "zh_CN"
    if low.startswith("en"):
        return "en"
    return None
