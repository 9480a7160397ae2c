"""Reports: the daily activity report and the monthly and yearly summaries, as documents
(HTML with charts) that the GUI and ``guardroom report`` print to PDF."""
