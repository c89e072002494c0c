"""The built rules kept between processes: read back when nothing changed, never stale when a rules file
or the code changed, and skipped without a word when the cache cannot be read or written."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from provenance import Auditor, pipeline, rulecache
from provenance.models import Document
from provenance.rules import DEFAULT_RULES_DIR

TEXT = "Zorblax Quintana said the talks had failed on Monday."
OFFICIAL = "  - {id: person.test.quintana, family: known_official, name: Zorblax Quintana, terms: [Zorblax Quintana]}\n"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    return tmp_path / "xdg" / "provenance"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    copy = tmp_path / "rules"
    shutil.copytree(DEFAULT_RULES_DIR, copy)
    return copy


def source_type(auditor: Auditor) -> str:
    return auditor.audit(Document(name="t.txt", text=TEXT)).claims[0].source.type


def report_json(auditor: Auditor, text: str = TEXT) -> str:
    return auditor.audit(Document(name="t.txt", text=text)).model_dump_json()


def refuse_to_build(monkeypatch) -> None:
    def fail(*args, **kwargs):
        raise AssertionError("the rules were built again instead of read from the cache")
    monkeypatch.setattr(pipeline, "load_built", fail)


def test_a_second_auditor_reads_the_built_rules_and_audits_the_same(cache: Path, folder: Path, monkeypatch) -> None:
    seed = next((Path(__file__).parent.parent / "seeds").glob("*.txt")).read_text(encoding="utf-8")
    first = Auditor(folder)
    assert len(list(cache.glob("rules-*.pickle"))) == 1
    refuse_to_build(monkeypatch)
    second = Auditor(folder)
    assert report_json(second, seed) == report_json(first, seed)


def test_an_edited_rules_file_is_never_served_from_the_cache(cache: Path, folder: Path) -> None:
    assert source_type(Auditor(folder)) == "named_person"
    people = folder / "people.yaml"
    people.write_text(people.read_text(encoding="utf-8").replace("lexicons:\n", "lexicons:\n" + OFFICIAL, 1),
                      encoding="utf-8")
    assert source_type(Auditor(folder)) == "named_official"
    assert len(list(cache.glob("rules-*.pickle"))) == 1  # the folder's older build replaced, not kept beside


def test_an_added_language_file_is_never_served_from_the_cache(cache: Path, folder: Path) -> None:
    assert source_type(Auditor(folder)) == "named_person"
    (folder / "en" / "local.yaml").write_text("lexicons:\n" + OFFICIAL, encoding="utf-8")
    assert source_type(Auditor(folder)) == "named_official"


def test_edited_code_is_never_served_an_older_build(cache: Path, folder: Path, tmp_path: Path, monkeypatch) -> None:
    code = tmp_path / "code"
    code.mkdir()
    (code / "module.py").write_text("X = 1\n", encoding="utf-8")
    monkeypatch.setattr(rulecache, "PACKAGE", code)
    monkeypatch.setattr(rulecache, "IMPORTED", rulecache._code_times(code))  # a process started before the edit
    before = rulecache.folder_key(folder)
    (code / "module.py").write_text("X = 2\n", encoding="utf-8")
    os.utime(code / "module.py", ns=(1, 1))  # an edit that leaves no later time (a checkout, an unpacked archive)
    monkeypatch.setattr(rulecache, "IMPORTED", rulecache._code_times(code))  # and one started after it
    assert rulecache.folder_key(folder) != before


def test_code_written_with_a_time_in_the_future_is_still_cached(cache: Path, folder: Path, tmp_path: Path,
                                                                monkeypatch) -> None:
    """What counts is whether the code changed since the process imported it, not the clock: an archive
    unpacked with later times than this machine's does not make every process build the rules again."""
    code = tmp_path / "code"
    code.mkdir()
    (code / "module.py").write_text("X = 1\n", encoding="utf-8")
    os.utime(code / "module.py", ns=(2**62, 2**62))
    monkeypatch.setattr(rulecache, "PACKAGE", code)
    monkeypatch.setattr(rulecache, "IMPORTED", rulecache._code_times(code))
    assert rulecache.folder_key(folder) is not None


def test_code_changed_under_a_running_process_is_not_cached_under_its_key(cache: Path, folder: Path,
                                                                          monkeypatch) -> None:
    """A batch that imported the code before a `git pull` builds with the older code: were that build written
    under the newer code's key, every later process would read objects its classes do not fit (a review found
    every Arabic audit failing so)."""
    monkeypatch.setattr(rulecache, "IMPORTED", {})  # the code on disk is not what this process imported
    assert rulecache.folder_key(folder) is None
    assert rulecache.cached(folder, lambda: "built by older code") == "built by older code"
    assert not list(cache.glob("rules-*.pickle"))  # nothing written for the newer code to read


def test_two_folders_with_the_same_rules_keep_their_own_paths(cache: Path, folder: Path) -> None:
    assert Auditor(folder).rules.directory == folder.resolve()
    assert Auditor().rules.directory == DEFAULT_RULES_DIR


@pytest.mark.parametrize("damage", [b"", b"garbage\n", b"not even a line"])
def test_a_damaged_cache_file_is_built_again(cache: Path, folder: Path, damage: bytes, monkeypatch) -> None:
    expected = report_json(Auditor(folder))
    [path] = cache.glob("rules-*.pickle")
    key = path.read_bytes().split(b"\n", 1)[0]
    for content in (damage, key + b"\n" + damage):  # a wrong key; the right key and a broken pickle
        path.write_bytes(content)
        assert report_json(Auditor(folder)) == expected
    refuse_to_build(monkeypatch)  # and written again whole
    assert report_json(Auditor(folder)) == expected


def test_a_cache_that_cannot_be_written_is_skipped(tmp_path: Path, folder: Path, monkeypatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))  # $XDG_CACHE_HOME/provenance cannot be made
    assert source_type(Auditor(folder)) == "named_person"
    assert not list(tmp_path.glob("**/*.pickle"))


def test_the_command_audits_the_same_with_a_cold_and_a_warm_cache(tmp_path: Path) -> None:
    seed = sorted((Path(__file__).parent.parent / "seeds").glob("*.txt"))[0]
    env = {"XDG_CACHE_HOME": str(tmp_path / "xdg"), "PATH": "/usr/bin:/bin"}
    runs = [subprocess.run([sys.executable, "-m", "provenance", "audit", "-f", "json", "-j", "1", str(seed)],
                           env=env, capture_output=True, check=True).stdout for _ in range(2)]
    assert runs[0] == runs[1] and runs[0].startswith(b"{")
    assert len(list((tmp_path / "xdg" / "provenance").glob("rules-*.pickle"))) == 1


def test_only_the_latest_builds_are_kept(cache: Path, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(rulecache, "KEEP", 2)
    for name in ("a", "b", "c"):
        rulecache.cached(tmp_path / name, lambda name=name: name)
    assert len(list(cache.glob("rules-*.pickle"))) == 2
    assert rulecache.cached(tmp_path / "c", lambda: "built again") == "c"


def test_no_home_folder_and_no_code_to_hash_mean_no_cache(tmp_path: Path, folder: Path, monkeypatch) -> None:
    monkeypatch.delenv("XDG_CACHE_HOME", raising=False)

    def no_home() -> Path:
        raise RuntimeError("Could not determine home directory.")
    monkeypatch.setattr(Path, "home", staticmethod(no_home))
    assert source_type(Auditor(folder)) == "named_person"
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    monkeypatch.setattr(rulecache, "PACKAGE", tmp_path / "zipped")  # no .py files to read
    assert rulecache.folder_key(folder) is None
    assert source_type(Auditor(folder)) == "named_person"
    assert not list(tmp_path.glob("xdg/**/*.pickle"))


def test_another_pyyaml_is_never_served_an_older_build(folder: Path, tmp_path: Path, monkeypatch) -> None:
    before = rulecache.folder_key(folder)
    other = tmp_path / "yaml" / "__init__.py"
    other.parent.mkdir()
    other.write_text("__version__ = '99.0'\n", encoding="utf-8")
    monkeypatch.setattr(rulecache, "find_spec", lambda name: SimpleNamespace(origin=str(other)))
    assert rulecache.folder_key(folder) != before


def test_the_built_rules_read_back_their_regular_expressions_without_compiling_them(cache: Path, folder: Path,
                                                                                     monkeypatch) -> None:
    import re._compiler

    first = Auditor(folder)
    built = first.rules.boilerplate_patterns
    compiled = []
    real = re._compiler.compile
    monkeypatch.setattr(re._compiler, "compile", lambda *a: compiled.append(a) or real(*a))
    re.purge()  # nothing compiled earlier in this process to find
    second = Auditor(folder)
    assert not compiled  # read back as the compiled code itself
    assert [rx for _, rx in second.rules.boilerplate_patterns] == [rx for _, rx in built]  # the same code
    assert report_json(second) == report_json(first)


PACKAGE_PATTERNS = """
import os, re, re._compiler, sys
compiled = []  # the patterns compiled by the package's modules, as the import runs
real = re._compiler.compile
here = os.path.dirname(re.__file__)


def counting(pattern, flags=0):
    frame = sys._getframe(1)
    while frame.f_code.co_filename.startswith(here):  # re's own functions
        frame = frame.f_back
    if os.sep + "provenance" + os.sep in frame.f_code.co_filename:
        compiled.append(pattern)
    return real(pattern, flags)


re._compiler.compile = counting
import provenance
re._compiler.compile = real
same = all(rx == real(key[1], key[2]) for key, rx in list(re._cache.items()) if key[0] is str)
print(len(compiled), same, provenance.audit_text("Zorblax Quintana said the talks had failed.").claims[0].source.type)
"""


def test_the_package_reads_back_the_regular_expressions_its_modules_compile(tmp_path: Path) -> None:
    env = {"XDG_CACHE_HOME": str(tmp_path / "xdg"), "PATH": "/usr/bin:/bin"}

    def run() -> list[str]:
        return subprocess.run([sys.executable, "-c", PACKAGE_PATTERNS], env=env, capture_output=True, text=True,
                              check=True).stdout.split()

    first = run()
    assert int(first[0]) > 100 and first[1:] == ["True", "named_person"]  # compiled, then kept
    assert run() == ["0", "True", "named_person"]  # none compiled again: read back, the same code
    for kept in (tmp_path / "xdg" / "provenance").glob("patterns-*.pickle"):
        kept.write_bytes(kept.read_bytes()[:200])  # damaged: compiled again and written whole
    assert run() == first
    assert run() == ["0", "True", "named_person"]
