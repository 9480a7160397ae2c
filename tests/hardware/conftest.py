"""Helpers for the device tests: an event recorder that waits, and sequential chunking."""

from __future__ import annotations

import pytest

from tests.recorder import Recorder


@pytest.fixture
def recorder() -> Recorder:
    return Recorder()


def feed_in_pieces(parser, data: bytes, cuts: list[int]) -> list:
    """Feed ``data`` cut at ``cuts``; return all events."""
    events, start = [], 0
    for cut in sorted(cuts) + [len(data)]:
        events += parser.feed(data[start:cut])
        start = cut
    return events
