"""Translations: every source text is in the Chinese catalogue, finished."""

import shutil
import xml.etree.ElementTree as ET

import pytest

from app.i18n import Message, TsCatalog, normalise_language, read_ts
from resources import i18n_dir


def unfinished(ts_path):
    root = ET.parse(ts_path).getroot()
    return [(ctx.findtext("name"), msg.findtext("source"))
            for ctx in root.iter("context") for msg in ctx.iter("message")
            if (msg.find("translation").get("type") == "unfinished"
                or not (msg.findtext("translation") or "").strip())]


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_catalogue_is_complete_for_the_current_sources(tmp_path, language):
    """Run lupdate over the code into a copy: a new or changed string shows up unfinished."""
    from ui.i18n import update_sources

    copy = tmp_path / f"guardroom_{language}.ts"
    shutil.copy(i18n_dir() / copy.name, copy)
    update_sources([copy])
    assert unfinished(copy) == []
    assert len(read_ts(copy)) >= 100


def test_a_new_string_is_caught(tmp_path):
    from ui.i18n import update_sources

    source = tmp_path / "widget.py"
    source.write_text("class W(QWidget):\n    def f(self):\n        self.tr('A brand new text')\n")
    copy = tmp_path / "guardroom_zh_CN.ts"
    shutil.copy(i18n_dir() / copy.name, copy)
    update_sources([copy], sources=[source])
    assert ("W", "A brand new text") in unfinished(copy)


def test_placeholders_survive_translation():
    """A translation must keep every {placeholder} of its source."""
    import re

    for (ctx, source), text in read_ts(i18n_dir() / "guardroom_zh_CN.ts").items():
        assert set(re.findall(r"\{\w*\}", source)) == set(re.findall(r"\{\w*\}", text)), \
            (ctx, source, text)


def test_core_messages_render_in_chinese():
    zh = TsCatalog.load("zh_CN")
    msg = Message("Accounts", "The password must have at least {n} characters.").with_(n=8)
    assert msg.render(zh) == "密码至少需要 8 个字符。"
    assert msg.render() == "The password must have at least 8 characters."


@pytest.mark.parametrize("given, expected", [("zh", "zh_CN"), ("zh-CN", "zh_CN"),
                                             ("zh_TW", "zh_CN"), ("en_US.UTF-8", "en"),
                                             ("fr_FR", None), ("", None)])
def test_normalise_language(given, expected):
    assert normalise_language(given) == expected
