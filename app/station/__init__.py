"""The check station: pair a code scan with a temperature reading, judge, log, report."""
