"""The guards' duty records: safety inspections and their hazards, the shift handover log,
and the figures of a period the daily report reads from them."""
