"""The real stack: simulators on ptys → pyserial → parsers → pairing → policy → database."""

import dataclasses

import pytest
from sqlalchemy import select

from app.services import checks
from app.station.pairing import Prompt
from app.station.runner import CheckLogged, DeviceSetup, DeviceState, PromptShown, Station
from db.station_models import Check
from hardware.simulators import ScannerSimulator, ThermometerSimulator
from tests.recorder import Recorder


@pytest.fixture
def devices(tmp_path):
    with ScannerSimulator(symbology="]Q1") as scanner, \
            ThermometerSimulator("gy-mcu90614", link=tmp_path / "ttyTHERMO") as thermometer:
        yield scanner, thermometer


def short_window(ctx, seconds=2.0):
    ctx.settings = dataclasses.replace(
        ctx.settings, check=dataclasses.replace(ctx.settings.check, window_seconds=seconds))


@pytest.fixture
def station(ctx, devices):
    scanner, thermometer = devices
    short_window(ctx)
    updates = Recorder()
    st = Station(ctx, DeviceSetup(scanner.port, thermometer.port, "gy-mcu90614"),
                 guard="guard", listeners=[updates])
    with st:
        wait_online(updates)
        yield st, updates


def wait_online(updates):
    """Both ports open (bytes sent before that are flushed when the port opens)."""
    online = set()
    while online != {"scanner", "thermometer"}:  # in whichever order they come
        online.add(updates.wait_for(lambda u: isinstance(u, DeviceState) and u.online).device)


def logged(updates, timeout=5.0):
    return updates.wait_for(lambda u: isinstance(u, CheckLogged), timeout).check


def test_green_code_normal_temperature_passes_and_is_logged(ctx, devices, station):
    scanner, thermometer = devices
    _, updates = station
    scanner.send_scan("STAFF-0042")
    assert updates.wait_for(lambda u: isinstance(u, PromptShown)).prompt is Prompt.MEASURE
    thermometer.send_temperature(36.6)
    check = logged(updates)
    assert (check.verdict, check.code_kind, check.celsius) == ("pass", "staff_card", 36.6)
    with ctx.unit_of_work() as s:
        row = s.get(Check, check.id)
        assert (row.guard, row.symbology, row.post) == ("guard", "]Q1", "主门岗")


def test_fever_denies_either_order(ctx, devices, station):
    scanner, thermometer = devices
    _, updates = station
    thermometer.send_temperature(37.3)
    assert updates.wait_for(lambda u: isinstance(u, PromptShown)).prompt is Prompt.SCAN
    scanner.send_scan("STAFF-0043")
    check = logged(updates)
    assert (check.verdict, check.reasons) == ("deny", ("fever",))


def test_no_reading_in_time_is_an_incomplete_check(ctx, devices, station):
    scanner, _ = devices
    _, updates = station
    scanner.send_scan("STAFF-0044")
    check = logged(updates, timeout=6)
    assert (check.verdict, check.reasons) == ("incomplete", ("no_temperature",))


def test_health_token_is_stored_only_hashed(ctx, devices, station):
    scanner, thermometer = devices
    _, updates = station
    token = "HCG-personal-token-123"
    scanner.send_scan(token)
    thermometer.send_temperature(36.4)
    check = logged(updates)
    assert (check.verdict, check.reasons) == ("manual", ("code_unverified",))  # no service
    with ctx.unit_of_work() as s:
        stored = s.scalar(select(Check.code_text).where(Check.id == check.id))
    assert token not in stored and len(stored) == 64


def test_watchlisted_code_is_denied(ctx, devices, station, now):
    from app.services import accounts
    from app.services.demo import seed

    seed(ctx)
    lead = accounts.login(ctx, "lead", "demo1234")
    checks.add_to_watchlist(ctx, lead, "STAFF-0666", "张某", "冒用证件")
    scanner, thermometer = devices
    _, updates = station
    scanner.send_scan("STAFF-0666")
    thermometer.send_temperature(36.5)
    assert logged(updates).reasons == ("watchlist",)


def test_unplugged_thermometer_comes_back_and_readings_are_logged(ctx, devices, station):
    scanner, thermometer = devices
    _, updates = station
    thermometer.unplug()
    updates.wait_for(lambda u: isinstance(u, DeviceState) and not u.online)
    thermometer.replug()
    updates.wait_for(lambda u: isinstance(u, DeviceState) and u.online, timeout=2.5)
    scanner.send_scan("STAFF-0045")
    thermometer.send_temperature(36.8)
    assert logged(updates).verdict == "pass"
    # the device log keeps the changes (online, offline, online again) for the cockpit
    from sqlalchemy import select

    from app.services import device_log
    from db.station_models import DeviceEvent

    with ctx.unit_of_work() as s:
        history = s.scalars(select(DeviceEvent.online).where(
            DeviceEvent.device == "thermometer").order_by(DeviceEvent.id)).all()
    assert history == [True, False, True]
    health = {h.name: h.online for h in device_log.latest(ctx) if h.kind == "device"}
    assert health == {"scanner": True, "thermometer": True}


def test_manual_override_needs_a_reason_and_is_audited(ctx, devices, station):
    from app.services import accounts, audit_log
    from app.services.demo import seed
    from app.station.policy import Verdict

    seed(ctx)
    guard = accounts.login(ctx, "guard", "demo1234")
    scanner, thermometer = devices
    _, updates = station
    scanner.send_scan("UNKNOWN CODE WITH SPACES")
    thermometer.send_temperature(36.5)
    denied = logged(updates)
    assert denied.reasons == ("unknown_code",)
    with pytest.raises(checks.CheckError):
        checks.override(ctx, guard, denied.id, Verdict.PASS, " ")
    out = checks.override(ctx, guard, denied.id, Verdict.PASS, "持纸质介绍信，已电话核实")
    assert out.value.overrides_id == denied.id
    assert checks.today_counts(ctx).get("pass") == 1  # the decision replaces the original
    assert audit_log.recent(ctx, 1)[0].action == "check.override"


def test_the_check_log_refuses_edits(ctx):
    import sqlite3

    from db.sync.capture import register_functions

    checks.record(ctx, checks.CheckRecord(verdict="pass"))
    con = sqlite3.connect(ctx.database_path)
    register_functions(con, None)  # the sync capture's, as every program connection has
    with pytest.raises(sqlite3.DatabaseError, match="append-only"):
        con.execute("UPDATE checks SET verdict='deny'")
    con.close()


def test_health_code_status_from_the_service(ctx, devices):
    from app.integrations.health_code import HealthCodeClient
    from app.integrations.health_code_simulator import HealthCodeServiceSimulator

    scanner, thermometer = devices
    updates = Recorder()
    with HealthCodeServiceSimulator() as service:
        client = HealthCodeClient(service.url, timeout=0.5)
        station = Station(ctx, DeviceSetup(scanner.port, thermometer.port), guard="guard",
                          health_verify=client.verify, listeners=[updates])
        with station:
            wait_online(updates)
            scanner.send_scan("HCY-yellow-token-0001")
            thermometer.send_temperature(36.5)
            assert logged(updates).reasons == ("code_yellow",)
            scanner.send_scan("HCG-green-token-0002")
            thermometer.send_temperature(36.6)
            assert logged(updates).verdict == "pass"
            service.delay = 2.0  # the service hangs: never a pass, a manual check
            scanner.send_scan("HCG-green-token-0003")
            thermometer.send_temperature(36.7)
            assert logged(updates).verdict == "manual"
            service.delay = 0.0
        client.close()


def test_watchlist_entries_expire_and_can_be_removed(ctx, now):
    from app.services import accounts
    from app.services.demo import seed

    seed(ctx, visitors=False)
    lead = accounts.login(ctx, "lead", "demo1234")
    key = checks.record_key(ctx)
    today = now().astimezone().date()
    checks.add_to_watchlist(ctx, lead, "STAFF-0001", "临时布控", "", expires_on=today)
    entry_id = checks.add_to_watchlist(ctx, lead, "STAFF-0002", "长期布控", "").value
    assert checks.is_watchlisted(ctx, [checks.watch_hash(key, "STAFF-0001")])
    now.advance(days=1)
    assert not checks.is_watchlisted(ctx, [checks.watch_hash(key, "STAFF-0001")])
    assert [w.label for w in checks.watchlist(ctx, lead)] == ["长期布控", "临时布控"]
    checks.remove_from_watchlist(ctx, lead, entry_id)
    assert not checks.is_watchlisted(ctx, [checks.watch_hash(key, "STAFF-0002")])
    guard = accounts.login(ctx, "guard", "demo1234")
    with pytest.raises(accounts.PermissionDenied):
        checks.watchlist(ctx, guard)
