import pytest

from app.privacy import Vault


@pytest.fixture
def vault(tmp_path):
    return Vault.for_folder(tmp_path / "keys")


def test_seal_and_open(vault):
    sealed = vault.seal("11010519491231002X", "visit.id_number")
    assert "11010519491231002X" not in sealed and sealed.startswith("v1:")
    assert vault.open(sealed, "visit.id_number") == "11010519491231002X"
    assert vault.seal("same", "p") != vault.seal("same", "p")  # a fresh nonce every time


def test_altered_or_moved_values_are_refused(vault):
    sealed = vault.seal("11010519491231002X", "visit.id_number")
    with pytest.raises(ValueError):
        vault.open(sealed, "visit.phone")
    tampered = sealed[:-4] + ("AAAA" if not sealed.endswith("AAAA") else "BBBB")
    with pytest.raises(ValueError):
        vault.open(tampered, "visit.id_number")


def test_keys_persist_per_installation(tmp_path):
    first = Vault.for_folder(tmp_path / "keys")
    sealed = first.seal("秘密", "x")
    again = Vault.for_folder(tmp_path / "keys")
    assert again.open(sealed, "x") == "秘密"
    assert again.search_hash("110105194912310021") == first.search_hash(" 110105194912310021 ")
    other = Vault.for_folder(tmp_path / "other")
    assert other.search_hash("110105194912310021") != first.search_hash("110105194912310021")
    with pytest.raises(ValueError):
        other.open(sealed, "x")
