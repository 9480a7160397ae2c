"""Demo data: users, posts, guards and some history, for trying Guardroom out."""

from __future__ import annotations

import random
from datetime import timedelta

from sqlalchemy import func, select

from app import security
from app.context import AppContext
from app.domain import CurrentUser, Role
from app.services import audit_log
from db.models import Guard, Post, User

DEMO_PASSWORD = "demo1234"
DEMO_USERS = (
    ("admin", "系统管理员", Role.ADMIN),
    ("lead", "王建国", Role.LEAD),
    ("guard", "李明", Role.GUARD),
    ("guard2", "赵磊", Role.GUARD),
)
DEMO_POSTS = (
    ("MAIN", "主门岗", "gate"),
    ("VEHICLE", "车辆门岗", "gate"),
    ("LOBBY", "办公楼大厅", "lobby"),
    ("PATROL", "巡逻岗", "patrol"),
    ("CCTV", "监控室", "cctv"),
)
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
GIVEN = "伟刚勇毅俊峰强军平保东文辉力明永健世广志义兴良海山仁波宁贵福生龙元全国胜学祥才发武新利清飞彬富顺信子杰涛昌成康星光天达安岩中茂进林有坚和彪博诚先敬震振壮会思群豪心邦承乐绍功松善厚庆磊民友裕河哲江超浩亮政谦亨奇固之轮翰朗伯宏言若鸣朋斌梁栋维启克伦翔旭鹏泽晨辰士以建家致树炎德行时泰盛雄琛钧冠策腾楠榕风航弘"
DEMO_GUARDS = 80
HISTORY_DAYS = 14


def is_seeded(ctx: AppContext) -> bool:
    with ctx.unit_of_work() as s:
        return (s.scalar(select(func.count()).select_from(User)) or 0) > 0


def seed(ctx: AppContext, rng_seed: int = 20261128, visitors: bool = True) -> bool:
    """Fill an empty workstation with demo data; return False if it already had users."""
    if is_seeded(ctx):
        return False
    rng = random.Random(rng_seed)
    password_hash = security.hash_password(DEMO_PASSWORD)
    now = ctx.now()
    with ctx.unit_of_work() as s:
        for username, name, role in DEMO_USERS:
            s.add(User(username=username, display_name=name, role=role.value,
                       password_hash=password_hash))
        posts = [Post(code=code, name=name, kind=kind) for code, name, kind in DEMO_POSTS]
        s.add_all(posts)
        s.flush()
        logins = {name: username for username, name, role in DEMO_USERS if role == Role.GUARD}
        names: set[str] = set(logins)
        while len(names) < DEMO_GUARDS:
            names.add(rng.choice(SURNAMES) + "".join(rng.choices(GIVEN, k=rng.choice((1, 2)))))
        people = []
        for i, name in enumerate(sorted(names)):
            people.append(Guard(employee_no=f"BA{i + 1:04d}", name=name,
                                phone=f"139{rng.randrange(10**8):08d}",
                                home_post_id=posts[i % 4].id, username=logins.get(name),
                                qualifications=_demo_qualifications(i)))
        s.add_all(people)
        s.flush()
        _seed_leave(s, people, now, rng)
        audit_log.append(ctx, s, audit_log.SYSTEM_ACTOR, "demo.seed",
                         at=now - timedelta(days=HISTORY_DAYS, hours=1),
                         detail={"users": len(DEMO_USERS), "guards": DEMO_GUARDS})
        # Two shift changes a day at 08:00 and 20:00 (A/B duty), each a sign-out and a sign-in.
        start = (now - timedelta(days=HISTORY_DAYS)).replace(hour=0, minute=0, second=0,
                                                              microsecond=0)
        for half_day in range(HISTORY_DAYS * 2):
            at = start + timedelta(hours=8 + 12 * half_day)
            if at >= now:
                break
            going, coming = ("guard", "guard2") if half_day % 2 else ("guard2", "guard")
            audit_log.append(ctx, s, going, "logout", target_kind="user", at=at)
            audit_log.append(ctx, s, coming, "login", target_kind="user",
                             at=at + timedelta(minutes=rng.randrange(1, 9)))
    if visitors:
        _seed_visits(ctx, rng)
        _seed_card_holders(ctx)
        _seed_camera_zone(ctx)
        from app.duty import demo as duty_demo

        duty_demo.seed(ctx)
    return True


def _demo_qualifications(i: int) -> str:
    """Most guards may stand the main gate; a third the vehicle gate, a quarter the CCTV room."""
    quals = [q for q, has in (("cctv", i % 4 == 1), ("gate", i % 5 != 4),
                              ("vehicle", i % 3 == 0)) if has]
    return ",".join(quals)


def _seed_leave(s, people: list[Guard], now, rng: random.Random) -> None:
    """One guard in six takes a few days' leave next month."""
    from db.roster_models import GuardLeave

    today = now.astimezone().date()
    next_month = (today.replace(day=28) + timedelta(days=4)).replace(day=1)
    for guard in people[::6]:
        first = next_month + timedelta(days=rng.randrange(24))
        s.add(GuardLeave(guard_id=guard.id, first_day=first,
                         last_day=first + timedelta(days=rng.randint(1, 4)), reason="年休假"))


def _seed_camera_zone(ctx: AppContext) -> None:
    """The perimeter camera watches the whole yard: its walker raises the demo's alert."""
    from app.cameras import records
    from app.demo_devices import ALERT_CAMERA
    from hardware.camera.motion import Zone

    with ctx.unit_of_work() as s:
        admin_id = s.scalar(select(User.id).where(User.username == "admin"))
    admin = CurrentUser(admin_id, "admin", "demo", Role.ADMIN)
    records.save_zone(ctx, admin, ALERT_CAMERA, Zone(
        "围墙", ((0.02, 0.2), (0.98, 0.2), (0.98, 0.9), (0.02, 0.9)), sensitivity=60))


def _seed_card_holders(ctx: AppContext) -> None:
    """The demo card reader's people: the first is expected today, the third is watchlisted."""
    from app.services import checks
    from app.visitors import preregistration
    from hardware.simulators.id_card import DEMO_CARDS

    with ctx.unit_of_work() as s:
        lead_id = s.scalar(select(User.id).where(User.username == "lead"))
    lead = CurrentUser(lead_id, "lead", "demo", Role.LEAD)
    expected, _, watched, _ = DEMO_CARDS
    preregistration.preregister(ctx, lead, [preregistration.Expected(
        expected.name, "resident_id", expected.id_number, "刘主任", "办公室", "参加会议")])
    checks.add_to_watchlist(ctx, lead, watched.id_number, watched.name, "演示：重点关注人员")


# Made-up people; the numbers are 17 digits, completed with their check digit when seeded.
DEMO_VISITORS = (("陈静", "11010119900307152", "办公室", "刘主任", "送交材料"),
                 ("周涛", "32010219851123451", "财务科", "吴科长", "对账"),
                 ("孙丽", "44010619920715002", "人事科", "郑科长", "面试"),
                 ("马强", "51010419880101661", "信息中心", "何工", "设备维修"),
                 ("胡敏", "37010219951212004", "办公室", "刘主任", "会议"),
                 ("郭伟", "33010619800405223", "后勤科", "林科长", "送货"))


def _seed_visits(ctx: AppContext, rng: random.Random) -> None:
    """Visitors this morning: some still inside (one overstaying), some gone."""
    from app.privacy import Vault
    from app.visitors import id_numbers, registry
    from db.visitor_models import Visit

    vault = Vault.for_folder(ctx.paths.keys)
    now = ctx.now()
    with ctx.unit_of_work() as s:
        for i, (name, first17, department, host, purpose) in enumerate(DEMO_VISITORS):
            number = first17 + id_numbers.check_digit(first17)
            arrived = now - timedelta(minutes=20 + 35 * i)
            s.add(Visit(arrived_at=arrived, left_at=arrived + timedelta(minutes=40)
                        if i >= 4 else None, expected_minutes=60 if i != 3 else 90,
                        name=name, document_kind="resident_id",
                        document_sealed=vault.seal(number, registry.DOCUMENT),
                        document_hash=vault.search_hash(number),
                        document_masked=id_numbers.mask(number), host_name=host,
                        host_department=department, purpose=purpose,
                        plate="京A" + f"{rng.randrange(10**5):05d}" if i == 1 else "",
                        post=ctx.settings.station.post, guard="guard"))
