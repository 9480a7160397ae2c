"""Vehicles: in/out pairing, the staff whitelist, overstays, watchlist, the reader plug-in."""

from datetime import timedelta

import pytest

from app.services import accounts, checks
from app.services.demo import DEMO_PASSWORD
from app.visitors import vehicles
from app.visitors.registry import VisitError, WatchlistHit


@pytest.fixture
def lead(demo_ctx):
    return accounts.login(demo_ctx, "lead", DEMO_PASSWORD)


def test_in_and_out_pair_per_plate(demo_ctx, guard, now):
    first = vehicles.vehicle_in(demo_ctx, guard, "京a·12345").value
    again = vehicles.vehicle_in(demo_ctx, guard, "京A12345").value  # a second press
    assert again.id == first.id and first.plate == "京A12345"
    vehicles.vehicle_in(demo_ctx, guard, "粤B1234挂")
    assert {v.plate for v in vehicles.on_site(demo_ctx)} == {"京A12345", "粤B1234挂"}
    now.advance(minutes=30)
    out = vehicles.vehicle_out(demo_ctx, guard, "京A12345").value
    assert out.id == first.id and out.left_at is not None
    assert [v.plate for v in vehicles.on_site(demo_ctx)] == ["粤B1234挂"]


def test_leaving_without_an_entry_is_logged_for_the_guard(demo_ctx, guard):
    out = vehicles.vehicle_out(demo_ctx, guard, "沪C54321").value
    assert out.arrived_at is None and out.left_at is not None


def test_bad_plate_is_refused_with_a_message(demo_ctx, guard):
    with pytest.raises(VisitError, match="begins with a province"):
        vehicles.vehicle_in(demo_ctx, guard, "X A12345")


def test_whitelisted_staff_vehicle_never_overstays(demo_ctx, guard, lead, now):
    today = now().astimezone().date()
    vehicles.whitelist(demo_ctx, lead, "京A88888", "王主任", "办公室", today,
                       today + timedelta(days=30))
    with pytest.raises(accounts.PermissionDenied):
        vehicles.whitelist(demo_ctx, guard, "京A77777", "x", "y", today, today)
    staff = vehicles.vehicle_in(demo_ctx, guard, "京A88888").value
    visitor = vehicles.vehicle_in(demo_ctx, guard, "京B12345").value
    assert staff.whitelisted and not visitor.whitelisted
    now.advance(minutes=vehicles.VISITOR_VEHICLE_MINUTES + 1)
    assert [v.plate for v in vehicles.overstaying(demo_ctx)] == ["京B12345"]


def test_watchlisted_plate_is_stopped(demo_ctx, guard, lead):
    checks.add_to_watchlist(demo_ctx, lead, "京A66666", "可疑车辆", "")
    with pytest.raises(WatchlistHit):
        vehicles.vehicle_in(demo_ctx, guard, "京A66666")
    assert vehicles.on_site(demo_ctx) == []


class FramePlateReader:
    """A plate reader plug-in for frames that carry their own plate text (a test camera)."""

    def read(self, frame):
        plate, confidence = frame
        return vehicles.PlateReading(plate, confidence) if plate else None


def test_a_plate_reader_plug_in_logs_confident_readings_only(demo_ctx, guard):
    reader = FramePlateReader()
    assert vehicles.from_reader(demo_ctx, guard, reader, ("京A12345", 0.60), "in") is None
    assert vehicles.from_reader(demo_ctx, guard, reader, ("京AI2345", 0.99), "in") is None
    assert vehicles.from_reader(demo_ctx, guard, reader, (None, 0.0), "in") is None
    logged = vehicles.from_reader(demo_ctx, guard, reader, ("京A12345", 0.97), "in").value
    assert logged.source == "reader:FramePlateReader"
    assert isinstance(vehicles.installed_readers(), dict)  # none is required


def test_vehicle_log_pages_newest_first(demo_ctx, guard, now):
    for i in range(7):
        now.advance(minutes=1)
        vehicles.vehicle_in(demo_ctx, guard, f"京A1234{i}")
    seen, after = [], None
    while rows := vehicles.page(demo_ctx, after=after, limit=3):
        seen += rows
        after = rows[-1].stamp
    assert [v.plate for v in seen] == [f"京A1234{i}" for i in reversed(range(7))]
    assert [v.plate for v in vehicles.page(demo_ctx, plate="京A12343")] == ["京A12343"]
