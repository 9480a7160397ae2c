"""``guardroom cameras probe URL``: open one camera the way the wall does and report on it —
a line a second (frames per second, latency where the picture carries its send time, state)
and every change between online and offline, with its time. The installer's diagnostic."""

from __future__ import annotations

import argparse
import threading
import time

from app.i18n import QT_TRANSLATE_NOOP


def add_parser(sub, common: argparse.ArgumentParser) -> None:
    cameras = sub.add_parser("cameras", help="the camera wall").add_subparsers(
        dest="cameras_command", metavar="ACTION", required=True)
    probe = cameras.add_parser("probe", parents=[common], help="watch one camera's stream")
    probe.add_argument("url", metavar="URL", help="rtsp://…, http://… (MJPEG), usb:0, file:PATH")
    probe.add_argument("--seconds", type=float, default=10.0, metavar="N",
                       help="how long to watch (default 10)")
    probe.add_argument("--offline-after", type=float, default=3.0, metavar="S",
                       help="seconds without a picture before it counts as offline")


def cmd_probe(args, out) -> int:
    from app.devices_cli import interrupted_by_sigterm
    from hardware.camera import timecode
    from hardware.camera.capture import CameraReader
    from hardware.camera.sources import SCHEMES

    if not args.url.startswith(SCHEMES):
        from app.i18n import GuardroomError

        raise GuardroomError(QT_TRANSLATE_NOOP(
            "Cli", "Not a camera address: {url} (rtsp://, http://, usb:N or file:PATH)").with_(
            url=args.url))
    changes: list = []
    lock = threading.Lock()

    def changed(state) -> None:
        with lock:
            changes.append(state)

    reader = CameraReader("probe", args.url, size=None, on_state=changed,
                          offline_after=args.offline_after).start()
    seen_online = False
    started = time.monotonic()
    try:
        with interrupted_by_sigterm():
            while time.monotonic() - started < args.seconds:
                time.sleep(1.0)
                with lock:
                    news, changes[:] = list(changes), []
                for state in news:
                    seen_online |= state.online
                    _state_line(out, state)
                frame = reader.latest()
                latency = timecode.latency_ms(frame.image) if frame is not None else None
                state = "online" if reader.online else "offline" if reader.online is False \
                    else "connecting"
                out.emit(QT_TRANSLATE_NOOP("Cli", "{fps} fps, latency {latency} ms, {state}")
                         .with_(fps=f"{reader.fps:.1f}", state=state,
                                latency="—" if latency is None else f"{latency:.0f}"),
                         event="sample", t=round(time.monotonic() - started, 1),
                         fps=round(reader.fps, 2), latency_ms=latency, state=state,
                         width=frame.image.shape[1] if frame else None,
                         height=frame.image.shape[0] if frame else None)
    finally:
        reader.stop()
    return 0 if seen_online else 1


def _state_line(out, state) -> None:
    at = time.strftime("%H:%M:%S", time.localtime(state.wall))
    text = (QT_TRANSLATE_NOOP("Cli", "{at} online") if state.online
            else QT_TRANSLATE_NOOP("Cli", "{at} offline: {detail}"))
    out.emit(text.with_(at=at, detail=state.detail), event="online" if state.online else
             "offline", at=state.wall, detail=state.detail)
