"""What the guard is typing on the walk-in form, kept sealed on disk so a crash or a power cut
loses nothing — and leaves no identity number in the clear."""

from __future__ import annotations

import json

from app.context import AppContext
from app.privacy import Vault

PURPOSE = "draft.walk_in"


def _path(ctx: AppContext):
    return ctx.paths.root / "walk-in-draft.sealed"


def save(ctx: AppContext, fields: dict[str, object]) -> None:
    path = _path(ctx)
    if not any(v for v in fields.values() if isinstance(v, str)):
        path.unlink(missing_ok=True)
        return
    sealed = Vault.for_folder(ctx.paths.keys).seal(json.dumps(fields, ensure_ascii=False),
                                                    PURPOSE)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(sealed, encoding="ascii")
    tmp.replace(path)


def load(ctx: AppContext) -> dict[str, object]:
    path = _path(ctx)
    if not path.exists():
        return {}
    try:
        return json.loads(Vault.for_folder(ctx.paths.keys).open(path.read_text("ascii"),
                                                                PURPOSE))
    except (ValueError, OSError):
        return {}  # a damaged draft is not worth a crash at the gate


def clear(ctx: AppContext) -> None:
    _path(ctx).unlink(missing_ok=True)
