"""One still picture from a camera, for a visitor's photo (taken only with their consent).

The source is a camera URL (``rtsp://…``, ``http://…``), ``usb:N`` for a USB camera, or
``file:PATH`` for a recorded video (the demo and the tests). Opening and reading are bounded
so a dead camera cannot hang the form.
"""

from __future__ import annotations

import os

MAX_WIDTH = 640
OPEN_TIMEOUT_MS = 3000


class SnapshotError(Exception):
    pass


def _capture(source: str):
    import cv2

    if source.startswith("usb:"):
        return cv2.VideoCapture(int(source[4:]))
    if source.startswith("file:"):
        return cv2.VideoCapture(source[5:])
    os.environ.setdefault("OPENCV_FFMPEG_CAPTURE_OPTIONS", "rtsp_transport;tcp")
    return cv2.VideoCapture(source, cv2.CAP_FFMPEG, [
        cv2.CAP_PROP_OPEN_TIMEOUT_MSEC, OPEN_TIMEOUT_MS,
        cv2.CAP_PROP_READ_TIMEOUT_MSEC, OPEN_TIMEOUT_MS])


def grab_still(source: str, skip: int = 2) -> bytes:
    """A JPEG of the camera's current picture, at most 640 pixels wide."""
    import cv2

    if not source:
        raise SnapshotError("no camera is configured for photos")
    capture = _capture(source)
    try:
        if not capture.isOpened():
            raise SnapshotError(f"cannot open the camera {source}")
        frame = None
        for _ in range(skip + 1):  # the first frames of a camera are often dark
            ok, picture = capture.read()
            if ok:
                frame = picture
        if frame is None:
            raise SnapshotError(f"the camera {source} gave no picture")
    finally:
        capture.release()
    height, width = frame.shape[:2]
    if width > MAX_WIDTH:
        frame = cv2.resize(frame, (MAX_WIDTH, int(height * MAX_WIDTH / width)),
                           interpolation=cv2.INTER_AREA)
    ok, jpeg = cv2.imencode(".jpg", frame, [cv2.IMWRITE_JPEG_QUALITY, 85])
    if not ok:
        raise SnapshotError("the picture could not be encoded")
    return jpeg.tobytes()
