"""Running the hub: in the foreground for ``guardroom hub``, or on a thread (tests, bench)."""

from __future__ import annotations

import threading
import time

from app.sync.hub_app import HubFaults, create_app
from db.migrations import HEAD
from db.sync import hub_store


def prepare(db_url: str):
    """The hub's database, its tables made and stamped with this program's schema."""
    engine = hub_store.open_hub(db_url)
    hub_store.set_schema_version(engine, HEAD)
    return engine


class HubThread:
    """A real hub (uvicorn) on a loopback port, on a background thread; ``stop()`` ends it."""

    def __init__(self, engine, host: str = "127.0.0.1", port: int = 0, *,
                 certfile: str | None = None, keyfile: str | None = None, **app_options):
        import uvicorn

        self.faults = app_options.pop("faults", None) or HubFaults()
        app = create_app(engine, faults=self.faults, **app_options)
        self.server = uvicorn.Server(uvicorn.Config(app, host=host, port=port,
                                                    log_level="warning", access_log=False,
                                                    lifespan="off", ssl_certfile=certfile,
                                                    ssl_keyfile=keyfile))
        self.scheme = "https" if certfile else "http"
        self.thread = threading.Thread(target=self.server.run, name="guardroom-hub",
                                       daemon=True)
        self.host = host

    def start(self) -> "HubThread":
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if not self.thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the hub did not start")
            time.sleep(0.01)
        return self

    @property
    def port(self) -> int:
        return self.server.servers[0].sockets[0].getsockname()[1]

    @property
    def url(self) -> str:
        return f"{self.scheme}://{self.host}:{self.port}"

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(10)


def serve(db_url: str, host: str, port: int, certfile: str | None = None,
          keyfile: str | None = None) -> None:
    """Serve until interrupted (TLS when a certificate and key are given)."""
    import uvicorn

    engine = prepare(db_url)
    try:
        uvicorn.run(create_app(engine), host=host, port=port, ssl_certfile=certfile,
                    ssl_keyfile=keyfile, log_level="info", lifespan="off")
    finally:
        engine.dispose()
