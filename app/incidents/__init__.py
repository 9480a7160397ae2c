"""Work orders and incidents: camera alerts, escalated denials, reported incidents."""
