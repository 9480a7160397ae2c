import pytest

from app import settings as s


def test_missing_file_gives_defaults(tmp_path):
    loaded = s.load(tmp_path / "none.toml")
    assert loaded == s.Settings()
    assert loaded.thresholds.fever_celsius == 37.3


def test_round_trip(tmp_path):
    path = tmp_path / "g.toml"
    value = s.Settings(station=s.StationSettings(post="东门"),
                       cameras=(s.CameraSettings("大门", "rtsp://10.0.0.5/main"),))
    s.save(path, value)
    assert s.load(path) == value
    assert "schema_version = 1" in path.read_text("utf-8")


@pytest.mark.parametrize("text, key", [
    ("[thresholds]\nfever_celsius = 50\n", "thresholds.fever_celsius"),
    ("[thresholds]\nfever_celsius = 'hot'\n", "thresholds.fever_celsius"),
    ("[devices.thermometer]\nprotocol = 'morse'\n", "devices.thermometer.protocol"),
    ("[station]\npost = ''\n", "station.post"),
    ("[station]\npots = 'x'\n", "station.pots"),
    ("[sync]\nhub_url = 'ftp://x'\n", "sync.hub_url"),
    ("[[cameras]]\nname = 'a'\n", "cameras[0].url"),
    ("schema_version = 9\n", "schema_version"),
    ("[station\n", "g.toml"),
])
def test_bad_values_name_the_key(tmp_path, text, key):
    path = tmp_path / "g.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(s.SettingsError) as err:
        s.load(path)
    assert [p.key for p in err.value.problems][0] == key
    assert key in str(err.value)


def test_every_problem_is_reported_not_only_the_first():
    with pytest.raises(s.SettingsError) as err:
        s.from_dict({"thresholds": {"fever_celsius": 10.0}, "privacy": {"retention_days": 0}})
    assert {p.key for p in err.value.problems} == {"thresholds.fever_celsius",
                                                  "privacy.retention_days"}


def test_save_refuses_invalid_and_keeps_old_file(tmp_path):
    path = tmp_path / "g.toml"
    s.save(path, s.Settings())
    before = path.read_text("utf-8")
    bad = s.Settings(privacy=s.PrivacySettings(retention_days=-1))
    with pytest.raises(s.SettingsError):
        s.save(path, bad)
    assert path.read_text("utf-8") == before
