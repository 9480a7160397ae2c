"""Cold start to an interactive main window: median of several runs, printed.

Each run is a fresh ``python -m app`` process on a seeded demo data directory, offscreen,
that signs the demo guard in and prints ``ready`` once the main window is shown and the
event loop has gone round; the figure is the wall time from spawning the process to that
line. Usage: ``python bench/startup.py [--runs N]``.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def machine() -> str:
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (f"{platform.system()} {platform.release()}, {os.cpu_count()} cores, {cpu}, "
            f"Python {platform.python_version()}")


def one_run(data_dir: Path, env: dict) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "app", "--data-dir", str(data_dir), "--demo"],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    for line in proc.stdout:
        if line.strip() == "ready":
            elapsed = time.perf_counter() - start
            break
    else:
        raise RuntimeError(f"the program never became ready: {proc.stderr.read()}")
    proc.wait(timeout=60)
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "GUARDROOM_EXIT_WHEN_READY": "1"}
    with tempfile.TemporaryDirectory(prefix="guardroom-bench-") as tmp:
        data = Path(tmp) / "data"
        one_run(data, env)  # seeds the demo data and compiles translations; not counted
        times = [one_run(data, env) for _ in range(args.runs)]
    print(f"machine: {machine()}")
    print(f"runs: {args.runs}")
    print("each (s): " + " ".join(f"{t:.3f}" for t in times))
    print(f"cold start to interactive main window: median {statistics.median(times):.3f} s, "
          f"min {min(times):.3f} s, max {max(times):.3f} s (target <= 1.5 s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
