"""The gate relay over a real pty: acknowledged or "unknown", never assumed."""

import pytest

from hardware.gate_relay import GateRelay, coil_command, usb_relay_command
from hardware.modbus import crc_ok
from hardware.simulators.relay import RelaySimulator


def test_command_bytes():
    assert usb_relay_command(1, True) == bytes.fromhex("A00101A2")
    assert usb_relay_command(1, False) == bytes.fromhex("A00100A1")
    frame = coil_command(1, 0, True)
    assert frame[:6] == bytes.fromhex("01050000FF00") and crc_ok(frame)


@pytest.mark.parametrize("protocol", ["usb", "modbus"])
def test_open_and_close_are_acknowledged(protocol):
    with RelaySimulator(protocol) as board:
        relay = GateRelay(board.port, protocol, timeout=1.0)
        try:
            assert relay.set(True) and relay.state == "open" and board.on is True
            assert relay.set(False) and relay.state == "closed" and board.on is False
        finally:
            relay.close()


@pytest.mark.parametrize("fault", ["mute", "garble"])
def test_no_or_wrong_acknowledgement_leaves_the_gate_unknown(fault):
    with RelaySimulator("modbus") as board:
        relay = GateRelay(board.port, "modbus", timeout=0.3)
        try:
            setattr(board, fault, True)
            assert not relay.set(True)
            assert relay.state == "unknown" and relay.detail
        finally:
            relay.close()


def test_a_missing_port_is_unknown_not_open(tmp_path):
    relay = GateRelay(str(tmp_path / "ttyNONE"), "usb", timeout=0.2)
    assert not relay.set(True) and relay.state == "unknown"
