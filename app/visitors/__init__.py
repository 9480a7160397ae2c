"""Visitors and vehicles: registration, passes, the on-site list, watchlists."""
