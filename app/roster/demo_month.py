"""A realistic month at the compound, for the demo, the tests and the benchmark.

Five posts: the main gate, the vehicle gate and the CCTV room run 12-hour A/B shifts
(07:00-19:00, 19:00-07:00); the lobby and the patrol run 8-hour shifts (early 07:00-15:00,
middle 15:00-23:00, night 23:00-07:00; the lobby is closed at night). A 24-hour duty
(08:00-08:00) is there for any post the lead switches to it. At least 11 hours of rest
between shifts. Gates and the CCTV room must be fully staffed (hard minimum); the
lobby and the patrol need at least one guard a shift. Qualifications: the CCTV room, the
vehicle gate and the main gate each need their own. Some guards are on leave, many have
requests, and each one carries over the end of the previous month.
"""

from __future__ import annotations

import random

from app.roster.model import (
    CarryOver,
    Contract,
    Cover,
    Guard,
    Post,
    Problem,
    Request,
    ShiftType,
    forbid_short_rest,
)

SHIFTS = forbid_short_rest((
    ShiftType("A", 720, "白班", start=7 * 60),
    ShiftType("B", 720, "夜班", start=19 * 60, is_night=True),
    ShiftType("E", 480, "早班", start=7 * 60),
    ShiftType("M", 480, "中班", start=15 * 60),
    ShiftType("N", 480, "大夜班", start=23 * 60, is_night=True),
    ShiftType("D", 1440, "24小时值班", start=8 * 60),  # for a post the lead sets to 24-hour duty
), 11 * 60)

POSTS = (
    Post("gate", "大门", "gate", frozenset("AB")),
    Post("vehicle", "车辆门", "vehicle", frozenset("AB")),
    Post("lobby", "大厅", None, frozenset("EM")),
    Post("patrol", "巡逻", None, frozenset("EMN")),
    Post("cctv", "监控室", "cctv", frozenset("AB")),
)

# (post, shift) -> (weekday preferred, weekend preferred, hard minimum)
DEMAND = {
    ("gate", "A"): (4, 3, 4), ("gate", "B"): (3, 3, 3),
    ("vehicle", "A"): (2, 1, 2), ("vehicle", "B"): (2, 2, 2),
    ("lobby", "E"): (3, 1, 1), ("lobby", "M"): (3, 1, 1),
    ("patrol", "E"): (3, 3, 1), ("patrol", "M"): (3, 3, 1), ("patrol", "N"): (3, 3, 1),
    ("cctv", "A"): (2, 2, 2), ("cctv", "B"): (2, 2, 2),
}

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
GIVEN = "伟强磊军洋勇杰涛明超斌鹏辉刚平浩宇峰亮建林波海龙飞俊"


def month(guards: int = 80, days: int = 31, first_weekday: int = 2, seed: int = 1) -> Problem:
    """The month's problem (by default 80 guards, 31 days, day 0 a Wednesday)."""
    rng = random.Random(seed)
    contract = Contract(min_minutes=96 * 60, max_minutes=192 * 60, max_consecutive=6,
                        min_consecutive=1, min_days_off=1, max_weekends=3, max_nights=10)
    people = []
    for i in range(guards):
        quals = set()
        if i % 5 != 4:
            quals.add("gate")
        if i % 3 == 0:
            quals.add("vehicle")
        if i % 4 == 1:
            quals.add("cctv")
        off: set[int] = set()
        if rng.random() < 0.2:  # annual leave or a training course
            start = rng.randrange(days - 5)
            off.update(range(start, start + rng.randint(2, 5)))
        name = rng.choice(SURNAMES) + rng.choice(GIVEN) + (rng.choice(GIVEN) if i % 2 else "")
        people.append(Guard(f"G{i + 1:03d}", name, frozenset(quals), contract, frozenset(off)))
    cover = []
    for d in range(days):
        weekend = (first_weekday + d) % 7 >= 5
        for (post, shift), (weekday_n, weekend_n, minimum) in DEMAND.items():
            n = weekend_n if weekend else weekday_n
            cover.append(Cover(d, shift, n, weight_under=100, weight_over=5, post=post,
                               minimum=min(minimum, n)))
    requests = []
    for g in people:
        for _ in range(rng.randint(0, 4)):
            d = rng.randrange(days)
            if d not in g.days_off:
                requests.append(Request(g.id, d, on=False, weight=rng.choice((1, 2, 3))))
        if rng.random() < 0.3:
            requests.append(Request(g.id, rng.randrange(days), on=True, weight=2,
                                    shift=rng.choice("AE")))
    carry = {}
    for g in people:
        if rng.random() < 0.6:
            carry[g.id] = CarryOver(worked_days=rng.randint(1, 5),
                                    last_shift=rng.choice("ABEMN"))
        else:
            carry[g.id] = CarryOver(days_off=rng.randint(1, 3))
    return Problem(horizon=days, shifts=SHIFTS, guards=tuple(people), cover=tuple(cover),
                   requests=tuple(requests), posts=POSTS, carry_over=carry,
                   first_weekday=first_weekday, name="demo-month")
