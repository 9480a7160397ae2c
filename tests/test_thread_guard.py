"""The suite's guard against leaked threads really fails a test that leaves one running."""

from pathlib import Path

pytest_plugins = ["pytester"]


def test_a_leaked_thread_fails_the_test(pytester):
    pytester.makeconftest((Path(__file__).parent / "conftest.py").read_text("utf-8"))
    pytester.makepyfile(test_leaky="""
        import threading, time

        stop = threading.Event()

        def test_leaves_a_thread():
            threading.Thread(target=stop.wait, name="leaky", daemon=True).start()

        def test_cleans_up():
            stop.set()
    """)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=2, errors=1)
    result.stdout.fnmatch_lines(["*test left threads running*leaky*"])
