"""Guards read the latest published roster: no edits, no solving, their own row marked."""

from PySide6.QtCore import QMimeData, Qt

from app.roster import plans
from tests.app.roster.test_plans import fill_legally
from ui.pages.roster_read_page import PublishedRosterPage
from ui.roster_grid import MIME

MONTH = "2026-11"


def publish(ctx, admin, mine: str | None = None):
    plan = plans.open_draft(ctx, admin, MONTH)
    problem, roster, someone = fill_legally(plan.problem)
    if mine is not None:
        roster = roster.with_cell(mine, 10, "E", "patrol")  # anyone may patrol
    plans.save_draft(ctx, admin, MONTH, problem, roster)
    plans.publish(ctx, admin, MONTH)
    return problem, someone


def test_a_guard_sees_the_published_roster_read_only_with_their_row_marked(
        qtbot, demo_ctx, admin, guard, runner, translations):
    from app.roster import inputs

    me = inputs.guard_for_user(demo_ctx, "guard")
    assert me is not None and me.name == "李明"
    page = PublishedRosterPage(demo_ctx, guard, runner)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.shown is not None, timeout=5000)
    assert page.model is None and MONTH in page.empty.text()  # nothing published yet
    problem, someone = publish(demo_ctx, admin, mine=me.employee_no)
    page.load()
    qtbot.waitUntil(lambda: page.model is not None, timeout=5000)
    model = page.model
    row = next(i for i, g in enumerate(model.guards) if g.id == me.employee_no)
    assert model.headerData(row, Qt.Orientation.Vertical).startswith("★")
    assert not model.headerData(row + 1, Qt.Orientation.Vertical).startswith("★")
    assert model.data(model.index(row, 10)).startswith("E")
    assert "1" in page.version.text()
    index = model.index(row, 3)
    assert not model.flags(index) & (Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled
                                     | Qt.ItemFlag.ItemIsDropEnabled)
    page.view.setCurrentIndex(index)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_A)
    qtbot.keyClick(page.view, Qt.Key.Key_Delete)
    data = QMimeData()
    data.setData(MIME, f"{row},10".encode())
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1,
                              model.index(row + 1, 10)) is False
    assert model.roster == plans.latest_published(demo_ctx, MONTH).roster  # nothing changed


def test_a_login_with_no_guard_on_the_books_reads_without_a_marked_row(demo_ctx, admin):
    publish(demo_ctx, admin)
    shown = plans.published_view(demo_ctx, admin, MONTH)
    assert shown.plan is not None and shown.mine is None
