"""A report as a document: simple HTML (headings, paragraphs, tables) plus the data of its
charts, which the printer draws and places where ``<img src="chart:KEY">`` stands."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from html import escape

from app.i18n import Message, Translate

CHART_WIDTH = 640
CHART_HEIGHT = 260
COLOURS = ("#1b873f", "#c62828", "#9aa5b4", "#f2a900", "#1d4ed8", "#7c3aed", "#0e7490",
           "#b45309", "#be185d", "#4b5563")


@dataclass(frozen=True)
class Chart:
    """Stacked bars: one bar per label, one colour per series."""

    title: str
    labels: tuple[str, ...]
    series: dict[str, list[int]]
    names: dict[str, str] = field(default_factory=dict)  # series key → legend text

    def colour(self, key: str) -> str:
        return COLOURS[list(self.series).index(key) % len(COLOURS)]


@dataclass(frozen=True)
class Report:
    kind: str  # daily | monthly | yearly
    first: date
    last: date
    title: str
    html: str
    charts: dict[str, Chart]

    def file_name(self) -> str:
        return file_name(self.kind, self.first)


def file_name(kind: str, first: date) -> str:
    """The report's file: guardroom-daily-2026-11-27.pdf, -monthly-2026-11, -yearly-2026."""
    period = {"daily": f"{first:%Y-%m-%d}", "monthly": f"{first:%Y-%m}",
              "yearly": f"{first:%Y}"}[kind]
    return f"guardroom-{kind}-{period}.pdf"


class Page:
    """Builds the HTML of a report; every text goes through ``translate``."""

    def __init__(self, translate: Translate):
        self.translate = translate
        self.parts: list[str] = []
        self.charts: dict[str, Chart] = {}

    def t(self, message: Message) -> str:
        return message.render(self.translate)

    def title(self, text: str, subtitle: str) -> None:
        self.parts.append(f"<h1>{escape(text)}</h1><p class='sub'>{escape(subtitle)}</p>")

    def heading(self, message: Message) -> None:
        self.parts.append(f"<h2>{escape(self.t(message))}</h2>")

    def line(self, message: Message) -> None:
        self.parts.append(f"<p>{escape(self.t(message))}</p>")

    def table(self, header: list[Message], rows: list[list[object]],
              empty: Message | None = None) -> None:
        if not rows and empty is not None:
            self.line(empty)
            return
        head = "".join(f"<th>{escape(self.t(h))}</th>" for h in header)
        body = "".join("<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in row) + "</tr>"
                       for row in rows)
        self.parts.append("<table cellspacing='0' cellpadding='4' border='1' width='100%'>"
                          f"<tr>{head}</tr>{body}</table>")

    def chart(self, key: str, chart: Chart) -> None:
        self.charts[key] = chart
        self.parts.append(f"<p><img src='chart:{key}' width='{CHART_WIDTH}' "
                          f"height='{CHART_HEIGHT}'></p>")

    def html(self) -> str:
        style = ("<style>h1{font-size:18pt;} h2{font-size:13pt; margin-top:14px;} "
                 "p.sub{color:#555;} th{background:#e8edf3;} td,th{font-size:9pt;}</style>")
        return f"<html><head>{style}</head><body>{''.join(self.parts)}</body></html>"
