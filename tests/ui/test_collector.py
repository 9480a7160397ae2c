import gc
import weakref

from ui.collector import Collector


class Knot:
    def __init__(self):
        self.me = self


def test_the_gui_thread_collects_on_its_timer_and_automatic_collection_stays_off(qtbot, qapp):
    gc.enable()  # as a program starts
    collector = Collector(qapp, interval_ms=10)
    try:
        assert not gc.isenabled()
        knot = Knot()
        alive = weakref.ref(knot)
        del knot
        for _ in range(gc.get_threshold()[0] + 10):  # past generation 0's threshold
            Knot()
        assert alive() is not None  # nothing collected it outside the timer
        qtbot.waitUntil(lambda: alive() is None, timeout=2000)
        assert collector.collections >= 1
    finally:
        collector.stop()
        collector.deleteLater()
    assert gc.isenabled()
