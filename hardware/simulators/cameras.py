"""Simulated cameras for tests, the demo and the bench: the GStreamer RTSP camera in its own
process (see rtsp_camera.py), an HTTP MJPEG camera in a thread, a camera that never answers,
and generated video files."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

SYSTEM_PYTHON = "/usr/bin/python3"  # GStreamer's Python bindings come with the system's Python
RTSP_SCRIPT = Path(__file__).with_name("rtsp_camera.py")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class RtspCamera:
    """``rtsp://127.0.0.1:PORT/cam``, which a test can kill, restart, freeze and resume."""

    def __init__(self, port: int | None = None, *, width: int = 640, height: int = 360,
                 fps: int = 25, motion_after: float = -1.0):
        self.port = port or free_port()
        self.args = ["--port", str(self.port), "--width", str(width), "--height", str(height),
                     "--fps", str(fps), "--motion-after", str(motion_after)]
        self.proc: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"rtsp://127.0.0.1:{self.port}/cam"

    def start(self, timeout: float = 15.0) -> "RtspCamera":
        python = SYSTEM_PYTHON if os.path.exists(SYSTEM_PYTHON) else shutil.which("python3")
        self.proc = subprocess.Popen([python, str(RTSP_SCRIPT), *self.args],
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        line = self.proc.stdout.readline()  # "ready" once it serves
        if line.strip() != "ready":
            err = self.proc.stderr.read() if self.proc.poll() is not None else ""
            self.kill()
            raise RuntimeError(f"the RTSP test camera did not start: {line.strip()} {err}")
        return self

    def kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait(5)
        if self.proc is not None:
            for stream in (self.proc.stdout, self.proc.stderr):
                stream.close()
        self.proc = None

    def freeze(self) -> None:
        os.kill(self.proc.pid, signal.SIGSTOP)

    def resume(self) -> None:
        os.kill(self.proc.pid, signal.SIGCONT)

    def __enter__(self) -> "RtspCamera":
        return self.start()

    def __exit__(self, *exc) -> None:
        if self.proc is not None and self.proc.poll() is None:
            self.resume()
        self.kill()


class MjpegCamera:
    """``http://127.0.0.1:PORT/video``: JPEG frames as multipart/x-mixed-replace."""

    def __init__(self, width: int = 640, height: int = 360, fps: int = 25):
        self.width, self.height, self.fps = width, height, fps
        camera = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - the standard library's name
                camera.stream(self)

            def log_message(self, *args) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self._thread = threading.Thread(target=self.server.serve_forever, name="mjpeg-camera",
                                        daemon=True)
        self._stop = threading.Event()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/video"

    def stream(self, handler: BaseHTTPRequestHandler) -> None:
        import cv2
        import numpy as np

        handler.send_response(200)
        handler.send_header("Content-Type", "multipart/x-mixed-replace; boundary=frame")
        handler.end_headers()
        image = np.full((self.height, self.width, 3), 90, np.uint8)
        n = 0
        while not self._stop.is_set():
            image[:, :] = 90
            x = (n * 8) % (self.width - 40)
            image[self.height // 2 - 20:self.height // 2 + 20, x:x + 40] = 230
            ok, jpeg = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, 80])
            part = (b"--frame\r\nContent-Type: image/jpeg\r\nContent-Length: "
                    + str(len(jpeg)).encode() + b"\r\n\r\n" + jpeg.tobytes() + b"\r\n")
            try:
                handler.wfile.write(part)
            except OSError:
                return
            n += 1
            time.sleep(1 / self.fps)

    def __enter__(self) -> "MjpegCamera":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self.server.shutdown()
        self.server.server_close()
        self._thread.join(2)


class SilentCamera:
    """Accepts connections and never says a word: ``rtsp://127.0.0.1:PORT/cam``."""

    def __init__(self):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(16)

    @property
    def url(self) -> str:
        return f"rtsp://127.0.0.1:{self.sock.getsockname()[1]}/cam"

    def __enter__(self) -> "SilentCamera":
        return self

    def __exit__(self, *exc) -> None:
        self.sock.close()


def write_video(path: Path, *, seconds: float = 4.0, width: int = 640, height: int = 360,
                fps: int = 25, label: str = "") -> Path:
    """A looped demo clip: a grey yard with a square walking across (MJPG in AVI)."""
    import cv2
    import numpy as np

    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), fps, (width, height))
    try:
        for n in range(int(seconds * fps)):
            image = np.full((height, width, 3), (96, 104, 100), np.uint8)
            cv2.rectangle(image, (0, height * 2 // 3), (width, height), (70, 80, 76), -1)
            x = int(n / (seconds * fps) * (width - 60))
            cv2.rectangle(image, (x, height // 2 - 30), (x + 60, height // 2 + 30),
                          (200, 200, 200), -1)
            cv2.putText(image, label, (12, height - 16), cv2.FONT_HERSHEY_SIMPLEX, 0.9, (255, 255, 255),
                        2)
            writer.write(image)
    finally:
        writer.release()
    return path
