"""``guardroom cameras probe``: a JSON line a second, and every online/offline change."""

import json

import pytest

from app import cli
from app.__main__ import main
from hardware.simulators.cameras import RtspCamera, SilentCamera


def lines(capsys):
    return [json.loads(line) for line in capsys.readouterr().out.splitlines()]


def test_probe_reports_rate_latency_and_the_change_to_online(capsys):
    with RtspCamera() as camera:
        status = main(["cameras", "probe", camera.url, "--seconds", "3", "--json"])
    records = lines(capsys)
    assert status == 0
    assert [r["event"] for r in records].count("online") == 1
    samples = [r for r in records if r["event"] == "sample"]
    assert len(samples) == 3 and samples[-1]["state"] == "online"
    assert samples[-1]["fps"] >= 20 and (samples[-1]["width"], samples[-1]["height"]) == (640,
                                                                                         360)
    assert 0 < samples[-1]["latency_ms"] < 1000  # read back from the picture's bar code


def test_probe_of_a_camera_that_never_answers_says_offline_and_fails(capsys):
    with SilentCamera() as silent:
        status = main(["cameras", "probe", silent.url, "--seconds", "2", "--json"])
    records = lines(capsys)
    assert status == 1
    offline = [r for r in records if r["event"] == "offline"]
    assert offline and offline[0]["detail"] == "no answer"


@pytest.mark.parametrize("args", [["cameras"], ["cameras", "probe"],
                                  ["cameras", "probe", "rtsp://x", "--seconds", "soon"]])
def test_bad_camera_arguments_exit_2(args):
    with pytest.raises(SystemExit) as exit_:
        cli.parse(args)
    assert exit_.value.code == 2


def test_a_url_that_is_no_camera_is_refused(capsys):
    assert main(["cameras", "probe", "ftp://camera", "--lang", "en"]) == 1
    assert "Not a camera address" in capsys.readouterr().err
