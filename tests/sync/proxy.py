"""A small TCP proxy for cutting the network between a workstation and the hub: it passes
bytes both ways, and on request drops the connection after N bytes of a request or of a
reply, or stalls (holds the bytes) until healed. One thread; ``close()`` ends it."""

from __future__ import annotations

import selectors
import socket
import threading


class CuttingProxy:
    def __init__(self, target_port: int):
        self.target = ("127.0.0.1", target_port)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.listener.setblocking(False)
        self.port = self.listener.getsockname()[1]
        self.mode, self.limit = "pass", 0
        self.cuts = 0
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="cutting-proxy", daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def cut_request_after(self, n: int) -> None:
        with self._lock:
            self.mode, self.limit = "cut-request", n

    def cut_reply_after(self, n: int) -> None:
        with self._lock:
            self.mode, self.limit = "cut-reply", n

    def stall(self) -> None:
        with self._lock:
            self.mode = "stall"

    def heal(self) -> None:
        with self._lock:
            self.mode = "pass"

    def close(self) -> None:
        self._stop.set()
        self._thread.join(5)
        self.listener.close()

    def _run(self) -> None:
        sel = selectors.DefaultSelector()
        sel.register(self.listener, selectors.EVENT_READ, None)
        pairs: dict[socket.socket, list] = {}  # sock -> [peer, direction, bytes passed]

        def drop(sock) -> None:
            for s in (sock, pairs[sock][0]):
                pairs.pop(s, None)
                try:
                    sel.unregister(s)
                except (KeyError, ValueError):
                    pass
                s.close()

        while not self._stop.is_set():
            for key, _ in sel.select(0.05):
                if key.data is None:
                    client, _addr = self.listener.accept()
                    upstream = socket.create_connection(self.target)
                    pairs[client] = [upstream, "request", 0]
                    pairs[upstream] = [client, "reply", 0]
                    for s in (client, upstream):
                        s.setblocking(False)
                        sel.register(s, selectors.EVENT_READ, "conn")
                    continue
                sock = key.fileobj
                if sock not in pairs:
                    continue
                with self._lock:
                    mode, limit = self.mode, self.limit
                if mode == "stall":
                    continue
                try:
                    data = sock.recv(65536)
                except OSError:
                    data = b""
                if not data:
                    drop(sock)
                    continue
                peer, direction, passed = pairs[sock]
                if mode == f"cut-{direction}" and passed + len(data) > limit:
                    peer.sendall(data[:max(0, limit - passed)])
                    self.cuts += 1
                    drop(sock)
                    continue
                pairs[sock][2] += len(data)
                peer.setblocking(True)
                peer.sendall(data)
                peer.setblocking(False)
        for sock in list(pairs):
            if sock in pairs:
                drop(sock)
        sel.close()
