"""The command line, run as a person or a script would: a real process, a real data dir."""

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from db.migrations import HEAD
from tests.app.test_audit import tamper


def guardroom(*args, env_extra=None, timeout=120):
    env = {**os.environ, **(env_extra or {})}  # conftest removed any GUARDROOM_DATA_DIR
    return subprocess.run([sys.executable, "-m", "app", *args], capture_output=True, text=True,
                          env=env, timeout=timeout)


def test_version():
    from app import __version__

    run = guardroom("--version")
    assert run.returncode == 0 and run.stdout.strip() == f"guardroom {__version__}"


@pytest.mark.parametrize("args", [["--bogus"], ["db"], ["db", "explode"], ["--lang", "fr"],
                                  ["--page", "settings"], ["audit", "verify", "--demo"]])
def test_bad_arguments_exit_2_with_a_message(args):
    run = guardroom(*args)
    assert run.returncode == 2
    assert "error:" in run.stderr


def test_data_dir_from_environment(tmp_path):
    run = guardroom("db", "upgrade", "--json", env_extra={"GUARDROOM_DATA_DIR": str(tmp_path)})
    assert run.returncode == 0, run.stderr
    record = json.loads(run.stdout.splitlines()[0])
    assert record["revision"] == HEAD
    assert Path(record["database"]) == tmp_path / "guardroom.sqlite"


def test_backup_and_refuse_to_overwrite(tmp_path):
    data = tmp_path / "d"
    assert guardroom("--data-dir", str(data), "db", "upgrade").returncode == 0
    target = tmp_path / "copy.sqlite"
    run = guardroom("db", "backup", str(target), "--data-dir", str(data), "--lang", "en")
    assert run.returncode == 0, run.stderr
    con = sqlite3.connect(target)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone() == (HEAD,)
    con.close()
    again = guardroom("db", "backup", str(target), "--data-dir", str(data), "--lang", "en")
    assert again.returncode == 1 and "already exists" in again.stderr


def test_audit_verify_reports_the_first_broken_link(demo_ctx):
    data = str(demo_ctx.paths.root)
    ok = guardroom("audit", "verify", "--data-dir", data, "--lang", "en")
    assert ok.returncode == 0 and "intact" in ok.stdout
    tamper(demo_ctx.database_path, "UPDATE audit_entries SET actor='intruder' WHERE seq = 4")
    tamper_more = sqlite3.connect(demo_ctx.database_path)
    tamper_more.execute("DELETE FROM audit_entries WHERE seq = 9")
    tamper_more.commit()
    tamper_more.close()
    bad = guardroom("audit", "verify", "--data-dir", data, "--json")
    assert bad.returncode == 1
    record = json.loads(bad.stdout)
    assert record["ok"] is False and record["seq"] == 4 and record["checked"] == 3
    zh = guardroom("audit", "verify", "--data-dir", data, "--lang", "zh_CN")
    assert "审计日志已被破坏" in zh.stdout and "第 4 条" in zh.stdout


def test_invalid_settings_file_is_named_key_by_key(tmp_path):
    config = tmp_path / "bad.toml"
    config.write_text("[thresholds]\nfever_celsius = 12\n[sync]\nhub_url = 'x'\n", "utf-8")
    run = guardroom("db", "upgrade", "--config", str(config), "--data-dir", str(tmp_path / "d"),
                    "--lang", "en")
    assert run.returncode == 1
    assert "thresholds.fever_celsius: must be between 36.0 and 39.0" in run.stderr
    assert "sync.hub_url: must start with http://, https://" in run.stderr
    assert "Traceback" not in run.stderr


def test_unusable_data_dir_is_a_clear_message(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    run = guardroom("audit", "verify", "--data-dir", str(blocker / "sub"), "--lang", "en")
    assert run.returncode == 1
    assert "Cannot use" in run.stderr and "Traceback" not in run.stderr
