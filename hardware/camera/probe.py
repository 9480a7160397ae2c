"""Does a network camera answer? Asked from Python with short timeouts, before OpenCV opens it.

OpenCV's FFmpeg backend serialises ``open()`` behind one lock, so a camera that accepts the
connection and then says nothing would hold up every other camera's open for the whole open
timeout. A camera is opened only after it has answered an RTSP OPTIONS (or, for HTTP, sent
its response line) here, where nothing is locked. OPTIONS, not DESCRIBE: asking for the
stream's description makes many servers start (and then stop) the stream for nothing.
"""

from __future__ import annotations

import socket
import ssl
from urllib.parse import urlsplit


def answers(url: str, timeout: float = 1.0) -> tuple[bool, str]:
    """(True, "") when the camera at ``url`` answers; else (False, why)."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in ("rtsp", "http", "https"):
        return True, ""
    port = parts.port or {"rtsp": 554, "http": 80, "https": 443}[scheme]
    try:
        with socket.create_connection((parts.hostname or "", port), timeout=timeout) as sock:
            sock.settimeout(timeout)
            stream = sock
            if scheme == "https":
                context = ssl.create_default_context()
                context.check_hostname = False
                context.verify_mode = ssl.CERT_NONE
                stream = context.wrap_socket(sock, server_hostname=parts.hostname)
            stream.sendall(_request(url, scheme, parts))
            first = _first_line(stream)
    except TimeoutError:
        return False, "no answer"
    except OSError as exc:
        return False, exc.strerror or type(exc).__name__
    words = first.split()
    if len(words) >= 2 and words[0] in ("RTSP/1.0", "HTTP/1.0", "HTTP/1.1"):
        if words[1] in ("200", "401"):  # streaming, or wanting the credentials FFmpeg sends
            return True, ""
        return False, " ".join(words[1:])  # e.g. "503 Service Unavailable"
    return False, "not a camera" if first else "closed without an answer"


def _request(url: str, scheme: str, parts) -> bytes:
    clean = url.replace(f"{parts.username}:{parts.password}@", "") if parts.password else url
    if scheme == "rtsp":
        return f"OPTIONS {clean} RTSP/1.0\r\nCSeq: 1\r\nUser-Agent: Guardroom\r\n\r\n".encode()
    path = parts.path or "/"
    if parts.query:
        path += "?" + parts.query
    return (f"GET {path} HTTP/1.0\r\nHost: {parts.hostname}\r\nUser-Agent: Guardroom\r\n\r\n"
            ).encode()


def _first_line(stream) -> str:
    data = b""
    while b"\n" not in data and len(data) < 512:
        chunk = stream.recv(512)
        if not chunk:
            break
        data += chunk
    return data.split(b"\n", 1)[0].decode("latin-1").strip()
