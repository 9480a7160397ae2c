"""Camera capture: sources, a capture thread per camera with its watchdog, motion detection."""
