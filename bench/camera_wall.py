"""The camera wall under load: N tiles of one stream, the real wall widget, offscreen.

Prints, measured in one run on this machine:
- the bare decode of the stream: CPU milliseconds per frame of plain OpenCV read loops (FFmpeg,
  one decoding thread each), for one stream and for N streams at once (one thread each, as the
  wall has), and the glass-to-frame latency such a loop sees (the floor under the wall's);
- the wall: frames painted per second per tile (min / median), the CPU of this process as a
  percentage of the whole machine, the pipeline's CPU per frame (decode, resize, paint) and
  its ratio to the bare decode of the stream (the goal's yardstick: the straight pipeline's
  2-2.4 × is against it) and, stricter, to N streams decoded at once (cheaper per frame: a
  busy machine wastes less waking up for each frame), the GUI thread's share of it, the median
  glass-to-tile latency (the test camera burns its send time into each frame; the wall reads
  it back from the painted tile) and the wall's own part of it (frame kept → tile painted);
- with --compare, the same for a straight pipeline (full frames to the GUI, scaled by Qt).

Usage: python bench/camera_wall.py [--source URL] [--tiles 16] [--seconds 20] [--compare]
Without --source it starts the GStreamer test camera (640×360 at 25 fps) itself.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.startup import machine  # noqa: E402

CATCH_UP = 3.0  # seconds of reading before the bare decode is measured


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def bare_decode(url: str, seconds: float,
                streams: int = 1) -> tuple[float, float | None, float]:
    """CPU ms per frame of plain read loops, one thread per stream (what decoding the streams
    costs at least), the median glass-to-frame latency they see and the frames per second
    they decoded (as many as the streams send, once their backlog is read)."""
    import threading

    from hardware.camera.sources import Source, open_capture
    from hardware.camera.timecode import latency_ms
    from ui.camera_wall import LATENCY_EVERY

    captures = [open_capture(Source(url), open_timeout=5, read_timeout=5, threads=1)
                for _ in range(streams)]
    counts, ages = [0] * streams, []
    warmed, go, stop = threading.Semaphore(0), threading.Event(), threading.Event()

    def loop(i: int) -> None:
        read = 0
        while not stop.is_set():
            ok, image = captures[i].read()
            read += 1
            if read == 25:
                warmed.release()
            if not go.is_set():
                continue
            counts[i] += ok
            if ok and counts[i] % LATENCY_EVERY == 0:  # as often as the wall reads it back
                age = latency_ms(image)
                if age is not None:
                    ages.append(age)

    threads = [threading.Thread(target=loop, args=(i,)) for i in range(streams)]
    for thread in threads:
        thread.start()
    for _ in range(streams):
        warmed.acquire()
    # Frames that piled up while the other streams opened are decoded in a burst, cheaper per
    # frame (hot caches, no waiting) than a live stream ever is: read them before measuring.
    time.sleep(CATCH_UP)
    start_cpu, start = cpu_seconds(), time.monotonic()
    go.set()
    time.sleep(seconds)
    frames, used, elapsed = sum(counts), cpu_seconds() - start_cpu, time.monotonic() - start
    stop.set()
    for thread in threads:
        thread.join()
    for capture in captures:
        capture.release()
    return (used * 1000 / max(1, frames), (statistics.median(ages) if ages else None),
            frames / elapsed)


def run_wall(url: str, tiles: int, seconds: float, straight: bool) -> dict:
    import tempfile

    from PySide6.QtWidgets import QApplication

    from app.cameras.hub import Camera, CameraHub
    from app.context import open_context
    from ui.camera_wall import CameraWall

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory(prefix="guardroom-bench-") as tmp:
        ctx = open_context(Path(tmp) / "data")
        names = [f"cam{n + 1:02d}" for n in range(tiles)]
        hub = CameraHub(ctx, [Camera(n, url, url) for n in names]).start()
        wall = (_straight_wall_class() if straight else CameraWall)(hub)
        side = next(s for s in (1, 2, 3, 4, 5, 6) if s * s >= tiles)
        wall.resize(1280, 720)
        wall.set_layout(side, names)
        wall.measure_latency = not straight
        wall.show()
        try:
            _run_events(app, 4.0)  # connect and settle
            deadline = time.monotonic() + 20  # cameras open one at a time: wait for the last
            while time.monotonic() < deadline and not all(
                    hub.reader(n) is not None and hub.reader(n).online for n in names):
                _run_events(app, 0.5)
            _run_events(app, 1.0)
            wall.latencies.clear()
            painted0 = [wall.stats[i].count for i in range(tiles)]
            seq0 = [_seq(hub, n) for n in names]
            wall.waits.clear()
            cpu0, t0, gui0 = cpu_seconds(), time.monotonic(), time.thread_time()
            _run_events(app, seconds)
            elapsed = time.monotonic() - t0
            cpu, gui = cpu_seconds() - cpu0, time.thread_time() - gui0
            counts = [wall.stats[i].count - p for i, p in enumerate(painted0)]
            decoded = sum(_seq(hub, n) - s for n, s in zip(names, seq0))
        finally:
            wall.hide()
            hub.stop()
            ctx.close()
    fps = [c / elapsed for c in counts]
    return {"fps_min": min(fps), "fps_median": statistics.median(fps),
            "cpu_machine": cpu / elapsed / os.cpu_count() * 100,
            "ms_per_frame": cpu * 1000 / max(1, decoded), "decoded_per_s": decoded / elapsed,
            "gui_ms_per_frame": gui * 1000 / max(1, decoded),
            "latency_median": statistics.median(wall.latencies) if wall.latencies else None,
            "wait_median": statistics.median(wall.waits) if wall.waits else None}


def _run_events(app, seconds: float) -> None:
    """The GUI's own event loop for ``seconds`` (no polling of our own to spoil the CPU)."""
    from PySide6.QtCore import QTimer

    QTimer.singleShot(int(seconds * 1000), lambda: app.exit(0))  # quit() would close the wall
    app.exec()


def _seq(hub, name: str) -> int:
    reader = hub.reader(name)
    frame = reader.latest() if reader is not None else None
    return frame.seq if frame is not None else 0


def _straight_wall_class():
    """The straight pipeline, for comparison only: full frames to the GUI thread, converted
    to RGB, copied into a QImage and scaled by Qt while painting."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage, QPainter

    from ui.camera_wall import CameraWall

    class Straight(CameraWall):
        def _sync_readers(self) -> None:
            super()._sync_readers()
            for name in self._shown:
                self.hub.show(name, None)  # full frames: no resizing in the capture thread

        def _paint_tile(self, painter: QPainter, i, name, rect, now) -> None:
            import cv2

            reader = self.hub.reader(name) if name else None
            frame = reader.latest() if reader is not None else None
            if frame is None:
                return
            rgb = cv2.cvtColor(frame.image, cv2.COLOR_BGR2RGB)
            h, w = rgb.shape[:2]
            picture = QImage(rgb, w, h, rgb.strides[0], QImage.Format.Format_RGB888).copy()
            painter.drawImage(rect, picture.scaled(rect.size(), Qt.AspectRatioMode.IgnoreAspectRatio,
                                                   Qt.TransformationMode.SmoothTransformation))
            self.stats[i].paint(frame.seq, now)

    return Straight


def _ms(value: float | None, missing: str = "n/a (no time code)") -> str:
    return f"{value:.0f} ms" if value is not None else missing


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", help="a camera URL (default: start the test camera)")
    parser.add_argument("--tiles", type=int, default=16)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--compare", action="store_true",
                        help="also measure a straight capture-resize-paint pipeline")
    args = parser.parse_args()
    print(f"machine: {machine()}")
    camera = None
    if args.source is None:
        from hardware.simulators.cameras import RtspCamera

        camera = RtspCamera(width=640, height=360, fps=25).start()
    url = args.source or camera.url
    try:
        print(f"source: {url}")
        bare_one, age_one, fps_one = bare_decode(url, min(10.0, args.seconds / 2))
        bare, age, fps = bare_decode(url, min(10.0, args.seconds / 2), args.tiles)
        print(f"bare decode (OpenCV read, 1 decoding thread per stream): 1 stream {bare_one:.2f} "
              f"ms CPU per frame ({fps_one:.0f} frames/s), glass-to-frame median "
              f"{_ms(age_one)}; {args.tiles} streams at once {bare:.2f} ms CPU per frame "
              f"({fps:.0f} frames/s), glass-to-frame median {_ms(age)}")
        modes = [("wall", False)] + ([("straight", True)] if args.compare else [])
        for label, straight in modes:
            r = run_wall(url, args.tiles, args.seconds, straight)
            print(f"{label}: {args.tiles} tiles, painted fps per tile min {r['fps_min']:.1f} "
                  f"median {r['fps_median']:.1f}; CPU {r['cpu_machine']:.1f} % of the machine; "
                  f"{r['ms_per_frame']:.2f} ms CPU per frame = "
                  f"{r['ms_per_frame'] / bare_one:.2f} × bare decode of the stream "
                  f"({r['ms_per_frame'] / bare:.2f} × of {args.tiles} streams at once), of "
                  f"which the GUI thread {r['gui_ms_per_frame']:.2f} ms; decoded "
                  f"{r['decoded_per_s']:.0f} frames/s; glass-to-tile median "
                  f"{_ms(r['latency_median'])}, of which frame kept → tile painted "
                  f"{_ms(r['wait_median'], 'n/a')}")
    finally:
        if camera is not None:
            camera.kill()
    print("goal: 16 tiles of 640×360 @ 25 fps at >= 24 fps each using <= 35 % of the machine; "
          "per-frame cost <= 1.5 × bare decode; glass-to-tile median <= 60 ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
