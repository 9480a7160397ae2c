"""The cockpit: the gate at a glance, every figure counted in SQL."""
