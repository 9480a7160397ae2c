"""``guardroom roster solve`` and ``roster check`` end to end, as a real process."""

import json
import os
import subprocess
import sys

from app.roster import curtois
from app.roster.validator import Validator
from tests.app.roster.conftest import instance_path


def guardroom(*args):
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True,
                          env=dict(os.environ), timeout=120)


def test_solve_instance1_writes_the_roster_it_scores(tmp_path):
    out = tmp_path / "roster.txt"
    run = guardroom("roster", "solve", str(instance_path(1)), "--format", "curtois",
                    "--seconds", "3", "--workers", "2", "--seed", "1", "--out", str(out),
                    "--json")
    assert run.returncode == 0, run.stderr
    record = json.loads(run.stdout.splitlines()[-1])
    problem = curtois.load(instance_path(1))
    written = curtois.read_roster(problem, out)
    assert len(out.read_text().splitlines()) == 8
    assert record["objective"] == Validator(problem).report(written).objective
    assert record["feasible"] is True and record["objective"] >= 607

    check = guardroom("roster", "check", str(instance_path(1)), str(out), "--lang", "en")
    assert check.returncode == 0, check.stderr
    assert f"Objective {record['objective']}, 0 hard violations." in check.stdout


def test_check_names_the_broken_rules(tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_text("".join(f"{g}" + "\tD" * 14 + "\n" for g in "ABCDEFGH"))
    run = guardroom("roster", "check", str(instance_path(1)), str(bad), "--json")
    assert run.returncode == 1
    rules = {json.loads(line).get("rule") for line in run.stdout.splitlines()}
    assert {"max_consecutive", "max_minutes", "day_off", "max_weekends"} <= rules


def test_bad_arguments_and_files(tmp_path):
    assert guardroom("roster", "solve", str(instance_path(1)), "--seconds", "0",
                     "--out", "x").returncode == 2
    junk = tmp_path / "junk.txt"
    junk.write_text("SECTION_HORIZON\nlots\n")
    run = guardroom("roster", "solve", str(junk), "--out", str(tmp_path / "o.txt"),
                    "--lang", "en")
    assert run.returncode == 1 and "is not a rostering instance" in run.stderr
