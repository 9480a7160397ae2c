"""A simulated IP camera: an RTSP server (GStreamer's gst-rtsp-server) streaming H.264.

Runs under the system Python with GStreamer's GObject bindings (Debian: python3-gi,
gir1.2-gst-rtsp-server-1.0, gstreamer1.0-plugins-ugly for x264enc), not the project's venv:

    /usr/bin/python3 hardware/simulators/rtsp_camera.py --port 8554 [--width 640 --height 360
        --fps 25] [--motion-after S]

Serves ``rtsp://127.0.0.1:PORT/cam``. Each frame carries its send time burned in as a bar
code across the top 16 rows (40 blocks, 16 px each, most significant bit first: white = 1),
the wall clock in milliseconds modulo 2**40, so a viewer can read the glass-to-screen latency
back. A grey scene, with a white square crossing it after ``--motion-after`` seconds (motion
detection tests). Prints "ready" when it serves. Only the standard library and gi.
"""

from __future__ import annotations

import argparse
import sys
import threading
import time

BITS = 40
BAR_ROWS = 16


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--port", type=int, default=8554)
    parser.add_argument("--width", type=int, default=640)
    parser.add_argument("--height", type=int, default=360)
    parser.add_argument("--fps", type=int, default=25)
    parser.add_argument("--motion-after", type=float, default=-1.0,
                        help="seconds before a square starts crossing the scene (-1: never)")
    parser.add_argument("--bitrate", type=int, default=800, help="kbit/s")
    return parser.parse_args()


class Scene:
    """I420 frames: grey, a bar code of the send time, optionally a moving square."""

    def __init__(self, width: int, height: int, motion_after: float):
        self.width, self.height, self.motion_after = width, height, motion_after
        self.y_size = width * height
        self.background = bytes([110]) * self.y_size + bytes([128]) * (self.y_size // 2)
        self.started = time.monotonic()
        self.block = width // BITS

    def frame(self, now_ms: int) -> bytes:
        data = bytearray(self.background)
        w, block = self.width, self.block
        bits = now_ms % (1 << BITS)
        row = bytearray()
        for i in range(BITS):
            on = (bits >> (BITS - 1 - i)) & 1
            row += bytes([235 if on else 16]) * block
        row += bytes([16]) * (w - len(row))
        for y in range(BAR_ROWS):
            data[y * w:(y + 1) * w] = row
        elapsed = time.monotonic() - self.started
        if self.motion_after >= 0 and elapsed >= self.motion_after:
            side = self.height // 3  # a person near the camera: ~7 % of the picture
            span = w - side
            x = int(((elapsed - self.motion_after) * 160) % span)
            top = self.height // 2 - side // 2
            white = bytes([235]) * side
            for y in range(top, top + side):
                data[y * w + x:y * w + x + side] = white
        return bytes(data)


def main() -> int:
    import gi

    gi.require_version("Gst", "1.0")
    gi.require_version("GstRtspServer", "1.0")
    from gi.repository import GLib, Gst, GstRtspServer

    args = parse_args()
    Gst.init(None)
    scene = Scene(args.width, args.height, args.motion_after)
    sources: list = []
    lock = threading.Lock()

    launch = (
        f"( appsrc name=src is-live=true format=time do-timestamp=true "
        f"caps=video/x-raw,format=I420,width={args.width},height={args.height},"
        f"framerate={args.fps}/1 ! queue max-size-buffers=2 leaky=downstream "
        f"! x264enc tune=zerolatency speed-preset=ultrafast key-int-max={args.fps} "
        f"bitrate={args.bitrate} threads=1 ! video/x-h264,profile=baseline ! rtph264pay name=pay0 pt=96 config-interval=1 )")

    factory = GstRtspServer.RTSPMediaFactory()
    factory.set_launch(launch)
    factory.set_shared(True)

    def configured(_factory, media) -> None:
        # Send each frame as soon as it is encoded, as a camera does: by default the server's
        # sinks hold every buffer for the pipeline's latency, here 20 ms of GStreamer's
        # processing deadline for a sink synchronised to the clock — a delay no camera has.
        media.get_element().get_parent().set_latency(0)
        src = media.get_element().get_by_name("src")
        with lock:
            sources.append(src)

        def gone(*_args) -> None:
            with lock:
                if src in sources:
                    sources.remove(src)

        media.connect("unprepared", gone)

    factory.connect("media-configure", configured)
    server = GstRtspServer.RTSPServer()
    server.set_service(str(args.port))
    server.get_mount_points().add_factory("/cam", factory)
    server.attach(None)

    def pump() -> None:
        """A frame on every tick of a steady clock, like a camera's sensor: a late tick is sent
        late, without shifting the ticks after it; ticks missed altogether are skipped."""
        period = 1.0 / args.fps
        due = time.monotonic()
        while True:
            due += period
            delay = due - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            elif delay < -period:
                due += period * int(-delay / period)  # whole frames missed: not sent
            with lock:
                targets = list(sources)
            if not targets:
                continue
            data = scene.frame(time.time_ns() // 1_000_000)
            for src in targets:
                src.emit("push-buffer", Gst.Buffer.new_wrapped(data))

    threading.Thread(target=pump, daemon=True).start()
    print("ready", flush=True)
    GLib.MainLoop().run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
