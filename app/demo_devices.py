"""The demo's gate hardware: a simulated scanner, thermometer, ID card reader, gate relay and
health-code service, and people walking up to them every few seconds. ``--demo`` starts it;
nothing is real."""

from __future__ import annotations

import dataclasses
import os
import random
import threading
from datetime import date, timedelta

from app.context import AppContext
from app.passes import PassKeys, issue

PACE_SECONDS = 4.0
ROSTER_SECONDS = 20.0  # the demo month's solve, in the background
# The demo's cameras: looped clips made on first start. Motion on the perimeter camera raises
# alerts (the demo seeds a zone on it).
DEMO_CAMERAS = ("东门", "车场入口", "办公楼大厅", "周界")
ALERT_CAMERA = "周界"


class DemoDevices:
    def __init__(self, ctx: AppContext, seed: int | None = None, pace: float = PACE_SECONDS):
        from app.integrations.health_code_simulator import HealthCodeServiceSimulator
        from hardware.simulators import ScannerSimulator, ThermometerSimulator
        from hardware.simulators.id_card import IdCardReaderSimulator
        from hardware.simulators.relay import RelaySimulator

        link = {"tcp_port": 0} if os.name == "nt" else {}  # no pseudo-terminals on Windows
        self.ctx, self.pace = ctx, pace
        self.rng = random.Random(seed)
        self.scanner = ScannerSimulator(symbology="]Q1", **link)
        self.thermometer = ThermometerSimulator("gy-mcu90614", **link)
        self.card_reader = IdCardReaderSimulator(**link)
        self.relay = RelaySimulator("usb", **link)
        self.health = HealthCodeServiceSimulator()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._people, name="demo-people", daemon=True)
        self._roster_thread = threading.Thread(target=self._publish_roster, name="demo-roster",
                                               daemon=True)
        from app.roster.solver import CancelToken

        self._roster_cancel = CancelToken()
        self._pass_key = PassKeys(ctx.paths.keys).private_key()

    def start(self) -> "DemoDevices":
        for part in self._parts():
            part.start()
        s = self.ctx.settings
        devices = dataclasses.replace(
            s.devices,
            scanner=dataclasses.replace(s.devices.scanner, url=self.scanner.port),
            thermometer=dataclasses.replace(s.devices.thermometer, url=self.thermometer.port,
                                            protocol="gy-mcu90614"),
            card_reader=dataclasses.replace(s.devices.card_reader, url=self.card_reader.port),
            gate=dataclasses.replace(s.devices.gate, url=self.relay.port, protocol="usb"))
        health = dataclasses.replace(s.health_code, url=self.health.url)
        cameras = s.cameras or demo_cameras(self.ctx)
        self.ctx.settings = dataclasses.replace(s, devices=devices, health_code=health,
                                                cameras=cameras)
        self._thread.start()
        self._roster_thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        self._roster_cancel.set()
        for thread in (self._thread, self._roster_thread):
            if thread.is_alive():
                thread.join(2.0)
        for part in self._parts():
            part.stop()

    def _publish_roster(self) -> None:
        """This month's duty roster, solved and published by the demo lead in the background,
        so the gate's on-duty panel, the status bar and the cockpit have names to show."""
        import logging

        from app.roster import plans
        from app.roster.solver import solve
        from app.services import accounts
        from app.services.demo import DEMO_PASSWORD

        try:
            month = f"{self.ctx.now().astimezone():%Y-%m}"
            if plans.latest_published(self.ctx, month) is not None:
                return
            lead = accounts.login(self.ctx, "lead", DEMO_PASSWORD)
            draft = plans.open_draft(self.ctx, lead, month)
            result = solve(draft.problem, ROSTER_SECONDS, workers=2, cancel=self._roster_cancel)
            if self._stop.is_set() or result.roster is None or not result.report.feasible:
                return
            plans.save_draft(self.ctx, lead, month, draft.problem, result.roster)
            plans.publish(self.ctx, lead, month)
        except Exception:  # the demo goes on without a roster
            logging.getLogger(__name__).exception("demo: could not publish a roster")

    def _parts(self) -> tuple:
        return (self.scanner, self.thermometer, self.card_reader, self.relay, self.health)

    def _people(self) -> None:
        wait = 0.5  # the first visitor is already at the gate
        while not self._stop.wait(wait):
            wait = self.rng.uniform(0.6, 1.4) * self.pace
            if not (self.scanner.connected and self.thermometer.connected):
                wait = 0.2  # nobody is at the gate until the station has its devices open
                continue
            if self.rng.random() < 0.15 and self.card_reader.connected:
                self._card_holder()
                continue
            self.scanner.send_scan(self._code())
            if self.rng.random() < 0.03:
                continue  # walked off without being measured: an incomplete check
            self._stop.wait(self.rng.uniform(0.4, 1.5))
            if self.rng.random() < 0.04:
                self.thermometer.send_temperature(round(self.rng.uniform(31.0, 33.5), 1))
                self._stop.wait(1.0)  # a cold forehead: measured again
            fever = self.rng.random() < 0.04
            celsius = self.rng.uniform(37.3, 38.6) if fever else self.rng.gauss(36.5, 0.2)
            self.thermometer.send_temperature(round(min(celsius, 38.6), 1))

    def _card_holder(self) -> None:
        """Someone lays their ID card on the reader, is measured, and takes the card back."""
        from hardware.simulators.id_card import DEMO_CARDS

        self.card_reader.place(self.rng.choice(DEMO_CARDS))
        self._stop.wait(self.rng.uniform(0.6, 1.2))
        self.thermometer.send_temperature(round(self.rng.gauss(36.5, 0.2), 1))
        self._stop.wait(1.5)
        self.card_reader.remove()

    def _code(self) -> str:
        roll = self.rng.random()
        if roll < 0.35:
            return f"STAFF-{self.rng.randrange(10000):04d}"
        if roll < 0.45:
            today = date.today()
            return issue(self._pass_key, f"demo-{self.rng.randrange(10**6)}", today,
                         today + timedelta(days=1))
        prefix = "HCR" if roll < 0.47 else "HCY" if roll < 0.50 else "HCG"
        return prefix + "".join(self.rng.choices("ABCDEFGHJKLMNPQRSTUVWXYZ23456789", k=29))


def demo_cameras(ctx: AppContext) -> tuple:
    """Looped clips standing in for IP cameras (made once, kept in the data folder)."""
    from app.settings import CameraSettings
    from hardware.simulators.cameras import write_video

    folder = ctx.paths.demo_videos
    folder.mkdir(parents=True, exist_ok=True)
    cameras = []
    for n, name in enumerate(DEMO_CAMERAS, start=1):
        clip = folder / f"camera{n}.avi"
        if not clip.exists():
            write_video(clip, seconds=4.0 + n, label=f"CAM {n}")
        cameras.append(CameraSettings(name=name, url=f"file:{clip}"))
    return tuple(cameras)
