"""Use cases: each public method is one user action with one unit of work."""
