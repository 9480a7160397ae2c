"""Re-lock the Windows wheels: ``python installer/lock.py [NAME==VERSION ...]``.

Keeps the versions in lock/windows-wheels.txt except those given, downloads each win_amd64 /
cp313 wheel and rewrites the file with their sha256 hashes.
"""

from __future__ import annotations

import hashlib
import re
import subprocess
import sys
import tempfile
from pathlib import Path

LOCK = Path(__file__).with_name("lock") / "windows-wheels.txt"
HEADER = [line for line in LOCK.read_text().splitlines() if line.startswith("#")]


def norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def main(overrides: list[str]) -> None:
    pins = {norm(m.group(1)): m.group(0) for line in LOCK.read_text().splitlines()
            if (m := re.match(r"^([A-Za-z0-9_.-]+)==(\S+)", line))}
    for pin in overrides:
        pins[norm(pin.split("==")[0])] = pin
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps",
                        "--only-binary=:all:", "--platform", "win_amd64", "--python-version",
                        "3.13", "--implementation", "cp", "-d", tmp, *pins.values()], check=True)
        lines = list(HEADER)
        for wheel in sorted(Path(tmp).glob("*.whl")):
            pin = pins[norm(wheel.name.split("-")[0])]
            lines.append(f"{pin} --hash=sha256:{hashlib.sha256(wheel.read_bytes()).hexdigest()}")
    LOCK.write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
