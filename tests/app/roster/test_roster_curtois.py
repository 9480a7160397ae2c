"""The Curtois & Qu instance format and the roster file format."""

import pytest

from app.roster import curtois
from app.roster.model import Roster


def test_instance1_is_read_in_full(instance):
    p = instance(1)
    assert p.name == "Instance1" and p.horizon == 14
    assert [(s.id, s.minutes, s.forbidden_next) for s in p.shifts] == [("D", 480, frozenset())]
    assert [g.id for g in p.guards] == list("ABCDEFGH")
    a = p.guard_index["A"]
    c = a.contract
    assert (c.max_shifts, c.max_minutes, c.min_minutes) == ({"D": 14}, 4320, 3360)
    assert (c.max_consecutive, c.min_consecutive, c.min_days_off, c.max_weekends) == (5, 2, 2, 1)
    assert a.days_off == {0} and p.guard_index["H"].days_off == {7}
    on = [r for r in p.requests if r.on]
    off = [r for r in p.requests if not r.on]
    assert len(on) == 21 and len(off) == 5
    assert off[2].guard == "F" and off[2].day == 8 and off[2].shift == "D" and off[2].weight == 3
    assert len(p.cover) == 14
    day1 = next(c for c in p.cover if c.day == 1)
    assert (day1.shift, day1.preferred, day1.weight_under, day1.weight_over) == ("D", 7, 100, 1)
    assert p.weekends()[0] == (5, 6) and p.weekends()[1] == (12, 13)


def test_forbidden_successions_are_read(instance):
    p = instance(12)
    n1 = p.shift_index["n1"]
    assert n1.forbidden_next == {"a1", "a2", "a3", "d1", "d2", "d3", "p1", "p2", "p3"}
    assert p.guard_index["A"].contract.max_shifts["n1"] == 0


def test_roster_file_round_trip(tmp_path, instance):
    p = instance(1)
    rows = {g.id: tuple("D" if (i + d) % 3 else None for d in range(14))
            for i, g in enumerate(p.guards)}
    roster = Roster(rows)
    path = tmp_path / "r.txt"
    curtois.write_roster(p, roster, path)
    first = path.read_text().splitlines()[0].split("\t")
    assert first[0] == "A" and len(first) == 15 and set(first[1:]) == {"D", "-"}
    assert curtois.read_roster(p, path) == roster


@pytest.mark.parametrize("text", ["A\tD\n", "A" + "\tX" * 14 + "\n"])
def test_bad_roster_files_are_refused(text, instance):
    with pytest.raises(curtois.FormatError):
        curtois.parse_roster(instance(1), text)


def test_not_an_instance():
    with pytest.raises(curtois.FormatError):
        curtois.parse("SECTION_HORIZON\nfourteen\n")
