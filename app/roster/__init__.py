"""Duty rostering: the problem model, the Curtois & Qu benchmark format, an independent
validator and a CP-SAT solver with large-neighbourhood search (no Qt, no database)."""
