"""Device drivers and simulators: serial scanner, thermometer, cameras. No Qt, no database."""
