from app import settings as settings_mod
from app.services import audit_log
from ui.pages.settings_page import SettingsPage


def make(qtbot, ctx, user, runner):
    page = SettingsPage(ctx, user, runner, "zh_CN")
    qtbot.addWidget(page)
    return page


def test_admin_saves_and_the_file_changes(qtbot, demo_ctx, admin, runner, translations):
    page = make(qtbot, demo_ctx, admin, runner)
    form = page.station
    form.post.setText("东门岗")
    form.fever.setValue(37.5)
    form.scanner_url.setText("socket://127.0.0.1:7000")
    with qtbot.waitSignal(page.changes_made, timeout=5000) as sig:
        form.save_button.click()
    assert sig.args[0].touches("settings")
    saved = settings_mod.load(demo_ctx.settings_path)
    assert saved.station.post == "东门岗" and saved.thresholds.fever_celsius == 37.5
    assert saved.devices.scanner.url == "socket://127.0.0.1:7000"
    assert form.notice.text() == "已保存。"
    assert audit_log.recent(demo_ctx, 1)[0].action == "settings.save"


def test_invalid_values_name_the_key_and_keep_what_was_typed(qtbot, demo_ctx, admin, runner,
                                                             translations):
    page = make(qtbot, demo_ctx, admin, runner)
    form = page.station
    form.fever.setValue(42.0)
    form.hub_url.setText("ftp://hub")
    form.save_button.click()
    qtbot.waitUntil(lambda: form.errors.isVisibleTo(form))
    text = form.errors.text()
    assert "thresholds.fever_celsius：必须在 36.0 到 39.0 之间" in text
    assert "sync.hub_url" in text
    assert form.fever.value() == 42.0 and form.hub_url.text() == "ftp://hub"
    assert not demo_ctx.settings_path.exists()


def test_guard_sees_settings_read_only_and_no_accounts(qtbot, demo_ctx, guard, runner,
                                                       translations):
    page = make(qtbot, demo_ctx, guard, runner)
    assert page.users is None
    assert not page.station.save_button.isVisibleTo(page)
    assert not page.station.post.isEnabled()


def test_admin_adds_an_account(qtbot, demo_ctx, admin, runner, translations):
    page = make(qtbot, demo_ctx, admin, runner)
    panel = page.users
    qtbot.waitUntil(lambda: panel.table.rowCount() == 4)
    panel.username.setText("guard3")
    panel.display_name.setText("孙强")
    panel.password.setText("short")
    panel.add_button.click()
    qtbot.waitUntil(lambda: panel.message.isVisibleTo(panel))
    assert "至少需要 8 个字符" in panel.message.text()
    assert panel.username.text() == "guard3"  # nothing typed is lost
    panel.password.setText("longer-password")
    with qtbot.waitSignal(page.changes_made, timeout=5000):
        panel.add_button.click()
    page.on_changes(__import__("app.domain", fromlist=["Changes"]).Changes.of("user"))
    qtbot.waitUntil(lambda: panel.table.rowCount() == 5)


def test_policy_is_shown_and_a_policy_change_raises_its_version(qtbot, demo_ctx, admin, runner,
                                                                translations):
    page = make(qtbot, demo_ctx, admin, runner)
    form = page.station
    assert form.policy.text().startswith("版本 1：")
    form.retention.setValue(200)  # not a policy change
    with qtbot.waitSignal(page.changes_made, timeout=5000):
        form.save_button.click()
    assert settings_mod.load(demo_ctx.settings_path).check.policy_version == 1
    form.fever.setValue(37.5)
    with qtbot.waitSignal(page.changes_made, timeout=5000):
        form.save_button.click()
    saved = settings_mod.load(demo_ctx.settings_path)
    assert saved.check.policy_version == 2 and saved.thresholds.fever_celsius == 37.5
    assert form.policy.text().startswith("版本 2：") and "37.5" in form.policy.text()
