"""Demo data: users, posts, guards and some history, for trying Guardroom out."""

from __future__ import annotations

import random
from datetime import timedelta

from sqlalchemy import func, select

from app import security
from app.context import AppContext
from app.domain import Role
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
DEMO_GUARDS = 72
HISTORY_DAYS = 14


def is_seeded(ctx: AppContext) -> bool:
    with ctx.unit_of_work() as s:
        return (s.scalar(select(func.count()).select_from(User)) or 0) > 0


def seed(ctx: AppContext, rng_seed: int = 20261128) -> bool:
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
        names: set[str] = set()
        while len(names) < DEMO_GUARDS:
            names.add(rng.choice(SURNAMES) + "".join(rng.choices(GIVEN, k=rng.choice((1, 2)))))
        for i, name in enumerate(sorted(names)):
            s.add(Guard(employee_no=f"BA{i + 1:04d}", name=name,
                        phone=f"139{rng.randrange(10**8):08d}", home_post_id=posts[i % 4].id))
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
    return True
