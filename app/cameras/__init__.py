"""The camera wall's core: cameras from the settings, their readers, zones, alerts."""
