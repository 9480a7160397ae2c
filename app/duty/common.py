"""Small pieces the duty services share: the session of a query, a period, sealed photos."""

from __future__ import annotations

import base64
from contextlib import contextmanager
from datetime import datetime
from typing import Iterator

from sqlalchemy.orm import Session

from app.context import AppContext
from app.i18n import QT_TRANSLATE_NOOP, GuardroomError

PHOTO = "duty.photo"  # the sealing purpose of hazard and incident photos
MAX_PHOTO_BYTES = 8 * 1024 * 1024
_IMAGE_STARTS = (b"\xff\xd8", b"\x89PNG\r\n\x1a\n", b"BM")


class PhotoError(GuardroomError):
    pass


class PeriodError(GuardroomError):
    pass


@contextmanager
def session_for(ctx_or_session: AppContext | Session) -> Iterator[Session]:
    """The caller's Session (a report gathering many figures in one), or one of our own."""
    if isinstance(ctx_or_session, Session):
        yield ctx_or_session
    else:
        with ctx_or_session.unit_of_work() as s:
            yield s


def check_period(start: datetime, end: datetime) -> None:
    """A half-open UTC interval [start, end): both aware, start before end."""
    if start.tzinfo is None or end.tzinfo is None:
        raise PeriodError(QT_TRANSLATE_NOOP("Duty", "A period needs times with a time zone."))
    if not start < end:
        raise PeriodError(QT_TRANSLATE_NOOP("Duty", "A period must end after it starts."))


def check_photo(data: bytes | None) -> bytes:
    """A JPEG, PNG or BMP picture of sensible size, or a clear message."""
    if not data:
        raise PhotoError(QT_TRANSLATE_NOOP("Duty", "The photo is empty."))
    if len(data) > MAX_PHOTO_BYTES:
        raise PhotoError(QT_TRANSLATE_NOOP("Duty", "The photo is larger than 8 MB."))
    if not data.startswith(_IMAGE_STARTS):
        raise PhotoError(QT_TRANSLATE_NOOP(
            "Duty", "That file is not a photo (JPEG, PNG or BMP)."))
    return data


def vault(ctx: AppContext):
    from app.privacy import Vault

    return Vault.for_folder(ctx.paths.keys)


def seal_photo(ctx: AppContext, data: bytes) -> str:
    return vault(ctx).seal(base64.b64encode(check_photo(data)).decode("ascii"), PHOTO)


def open_photo(ctx: AppContext, sealed: str) -> bytes:
    return base64.b64decode(vault(ctx).open(sealed, PHOTO))
