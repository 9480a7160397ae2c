from PySide6.QtCore import Qt

from app.domain import Role
from app.services.demo import DEMO_PASSWORD
from ui.login_dialog import FirstAdminDialog, LoginDialog


def test_wrong_password_shows_an_error_and_keeps_the_name(qtbot, demo_ctx, runner, translations):
    dialog = LoginDialog(demo_ctx, runner)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.username, "guard")
    qtbot.keyClicks(dialog.password, "wrong")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.error.isVisibleTo(dialog) and dialog.buttons.isEnabled())
    assert dialog.error.text() == "用户名或密码错误。"
    assert dialog.username.text() == "guard" and dialog.password.text() == ""
    assert dialog.user is None


def test_right_password_signs_in(qtbot, demo_ctx, runner, translations):
    dialog = LoginDialog(demo_ctx, runner)
    qtbot.addWidget(dialog)
    assert "demo1234" in dialog.hint.text()
    dialog.username.setText("lead")
    dialog.password.setText(DEMO_PASSWORD)
    with qtbot.waitSignal(dialog.signed_in, timeout=5000) as signal:
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert signal.args[0].role is Role.LEAD


def test_lockout_message_after_five_failures(qtbot, demo_ctx, runner, translations):
    dialog = LoginDialog(demo_ctx, runner)
    qtbot.addWidget(dialog)
    dialog.username.setText("guard")
    for _ in range(5):
        dialog.password.setText("bad")
        dialog.submit()
        qtbot.waitUntil(lambda: dialog.buttons.isEnabled())
    assert "已锁定" in dialog.error.text()


def test_first_start_creates_the_admin(qtbot, ctx, runner, translations):
    dialog = FirstAdminDialog(ctx, runner)
    qtbot.addWidget(dialog)
    dialog.username.setText("root")
    dialog.display_name.setText("信息科")
    dialog.password.setText("long enough")
    dialog.confirm.setText("different")
    dialog.submit()
    assert dialog.error.text() == "两次输入的密码不一致。"
    dialog.confirm.setText("long enough")
    with qtbot.waitSignal(dialog.signed_in, timeout=5000) as signal:
        dialog.submit()
    assert signal.args[0].role is Role.ADMIN
