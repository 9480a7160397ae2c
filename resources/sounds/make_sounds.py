"""Write the check station's verdict sounds: ``python resources/sounds/make_sounds.py``.

pass.wav: two short rising tones; deny.wav: three low buzzes; prompt.wav: one soft tone.
16-bit mono PCM, 22.05 kHz, with short fades so nothing clicks.
"""

import math
import struct
import wave
from pathlib import Path

RATE = 22050
HERE = Path(__file__).resolve().parent


def tone(freq: float, seconds: float, volume: float = 0.5, square: bool = False) -> list[float]:
    n = int(RATE * seconds)
    fade = int(RATE * 0.01)
    out = []
    for i in range(n):
        s = math.sin(2 * math.pi * freq * i / RATE)
        if square:
            s = max(-1.0, min(1.0, 3 * s))  # a softened square: buzzier, still pleasant
        envelope = min(1.0, i / fade, (n - i) / fade)
        out.append(volume * envelope * s)
    return out


def silence(seconds: float) -> list[float]:
    return [0.0] * int(RATE * seconds)


def write(name: str, samples: list[float]) -> None:
    with wave.open(str(HERE / name), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(b"".join(struct.pack("<h", int(s * 32767)) for s in samples))


if __name__ == "__main__":
    write("pass.wav", tone(880, 0.12) + silence(0.03) + tone(1320, 0.18))
    write("deny.wav", sum((tone(330, 0.16, 0.6, square=True) + silence(0.06)
                           for _ in range(3)), []))
    write("prompt.wav", tone(660, 0.12, 0.35))
