"""Device drivers and simulators: serial scanner, thermometer, cameras. No Qt, no database.

- parsers (pure, bytes in → events out): ``scanner_protocol``, ``thermometer_gy``,
  ``modbus``, ``thermometer_ascii``; chosen by name in ``protocols``; events in ``events``.
- ``serial_reader``: one thread per port, with the watchdog that reopens a lost port.
- ``simulators``: the same protocols spoken over a pty or a TCP port.
"""
