from hypothesis import given
from hypothesis import strategies as st

from app.hlc import HybridClock, Stamp


def test_stamps_sort_as_strings_and_never_go_back():
    wall = iter([1000, 1000, 999, 999, 1500])
    clock = HybridClock("n1", wall_ms=lambda: next(wall))
    stamps = [clock.now() for _ in range(5)]
    assert stamps == sorted(stamps)
    assert len(set(stamps)) == 5
    assert Stamp.parse(stamps[2]).physical_ms == 1000  # the wall went back; the clock did not


def test_merge_moves_past_a_remote_stamp_from_the_future():
    clock = HybridClock("local", wall_ms=lambda: 1000)
    remote = str(Stamp(5000, 7, "remote"))
    merged = clock.merge(remote)
    assert merged > remote
    assert clock.now() > merged


@given(st.lists(st.tuples(st.integers(0, 10**6), st.booleans(), st.integers(0, 10**6),
                          st.integers(0, 50)), min_size=1, max_size=60))
def test_monotonic_under_any_wall_clock_and_merges(events):
    walls = iter([e[0] for e in events])
    clock = HybridClock("a", wall_ms=lambda: next(walls))
    last = ""
    for _wall, is_merge, remote_ms, remote_counter in events:
        if is_merge:
            remote = str(Stamp(remote_ms, remote_counter, "b"))
            stamp = clock.merge(remote)
            assert stamp > remote
        else:
            stamp = clock.now()
        assert stamp > last
        last = stamp


def test_parse_rejects_garbage():
    import pytest

    with pytest.raises(ValueError):
        Stamp.parse("12-3-x")
