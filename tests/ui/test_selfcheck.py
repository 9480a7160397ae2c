import subprocess
import sys


def test_selfcheck_passes_and_writes_report_and_png(tmp_path):
    run = subprocess.run([sys.executable, "-m", "app", "--selfcheck", "--data-dir",
                          str(tmp_path), "--lang", "zh_CN"],
                         capture_output=True, text=True, timeout=180)
    assert run.returncode == 0, run.stdout + run.stderr
    report = (tmp_path / "logs" / "selfcheck.txt").read_text("utf-8")
    assert report.rstrip().endswith("selfcheck passed")
    assert "OK    imports" in report and "OK    database" in report
    assert "in zh_CN" in report
    assert (tmp_path / "logs" / "selfcheck.png").stat().st_size > 10_000
