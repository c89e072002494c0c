"""Built rules kept between processes: loading, validating and building the lexicons of a rules folder
costs about 0.15 s, unpickling what they built about a third of that.

The pickle is keyed by a hash of everything it was built from: the versions of Python, pydantic and
PyYAML, the package's code and the rules folder (its path and the contents of every rules file it
holds, and of the shipped files it reads in place of those it lacks: decisions.yaml), so an edited or
added rules file, or edited code, is never served from an older build. It lives in
$XDG_CACHE_HOME/provenance (~/.cache/provenance by default), one file per rules folder, replaced when
the folder changes, and at most KEEP of them. A cache that cannot be read or written is silently
skipped: the rules are built as without it.

The regular expressions that the package's modules compile when imported are kept the same way, in one
file per Python version (`module_patterns`): re's own cache is filled with them, read back as their
compiled code, before the modules ask for them.
"""
from __future__ import annotations

import functools
import hashlib
import inspect
import os
import pickle
import re
import sys
import tempfile
from contextlib import contextmanager
from importlib.util import find_spec
from pathlib import Path
from typing import Any, Callable, Iterator, Optional, TypeVar

import _sre

_parser, _compiler = re._parser, re._compiler  # type: ignore[attr-defined]

T = TypeVar("T")
FORMAT = 2  # raised when what is pickled changes shape without the code's hash changing
PACKAGE = Path(__file__).resolve().parent
MAX_FOLDER_BYTES = 50_000_000  # a folder this large is left to load_rules (and its limits)
KEEP = 8  # builds kept, of as many rules folders (about 5 MB each): the least recently written go


def cache_dir() -> Path:
    """$XDG_CACHE_HOME/provenance, or ~/.cache/provenance (a relative XDG_CACHE_HOME is ignored, as the
    XDG specification says). RuntimeError when there is no home folder to find."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    return (Path(base) if os.path.isabs(base) else Path.home() / ".cache") / "provenance"


def folder_key(directory: Path) -> Optional[str]:
    """The hash of what the rules of `directory` are built from (None: a file that cannot be read, left
    to load_rules to report, or no code to read, as in a zipped package; or code changed on disk since this
    process imported it, as a `git pull` or an upgrade under a long batch does: what this process builds is the
    older code's, and the newer code's key must not be given it). PyYAML's version is read from its code: asking
    its metadata would import the email parser."""
    import pydantic  # here, not at import: this module is imported before the package's others

    from .rules import LANGUAGES, rules_files

    digest = hashlib.sha256(f"{FORMAT}\0{sys.version}\0{pydantic.VERSION}\0{directory}\0".encode())
    try:
        times, yaml_code = _code_times(PACKAGE), _yaml_code()
        if not times or not yaml_code or times != IMPORTED:
            return None
        code = sorted(times)
        files = sorted(f for folder in [directory, *(directory / lang for lang in LANGUAGES)]
                       for f in folder.glob("*.y*ml"))  # every file that load_rules reads or refuses
        files += [f for f in rules_files(directory).values() if f.parent != directory]  # the shipped ones it reads
        if sum(f.stat().st_size for f in files) > MAX_FOLDER_BYTES:
            return None
        for f in [*code, *yaml_code, *files]:
            data = f.read_bytes()
            digest.update(f"{f}\0{len(data)}\0".encode())
            digest.update(data)
    except OSError:
        return None
    return digest.hexdigest()


def _code_times(package: Path) -> dict[Path, int]:
    """When each module of the package was last written: what this process imported, taken when this module is
    (provenance/__init__.py imports it first), against what is on disk when the rules are built."""
    return {f: f.stat().st_mtime_ns for f in package.rglob("*.py")}


try:
    IMPORTED = _code_times(PACKAGE)
except OSError:  # a module gone while it was read: the cache is skipped, never the import
    IMPORTED = {}


def _yaml_code() -> list[Path]:
    """PyYAML's __init__.py, which holds its version, found without importing PyYAML ([]: not found)."""
    spec = find_spec("yaml")
    return [Path(spec.origin)] if spec is not None and spec.origin else []


def cached(directory: Path, build: Callable[[], T]) -> T:
    """What `build` returns for the rules folder `directory`: unpickled from the cache when it was built
    from the same folder and code, otherwise built and stored."""
    try:
        directory = directory.resolve()
        key = folder_key(directory)
        path = cache_dir() / f"rules-{hashlib.sha256(str(directory).encode()).hexdigest()[:16]}.pickle"
    except (OSError, RuntimeError, ValueError):  # a path that cannot be resolved, no home folder
        key = None
    if key is None:
        return build()
    found = _read(path, key)
    if found is not None:
        return found
    value = build()
    _write(path, key, value)
    return value


@contextmanager
def module_patterns() -> Iterator[None]:
    """Around the import of the package's modules: the regular expressions compiled as they are imported (about
    190, 0.015 s) read back compiled from the cache into re's own, which re.compile looks in first. Keyed by the
    Python version, whose engine reads the code: a pattern's text and flags are all its code depends on. Written
    again only when one that a module of the package holds was compiled instead (an edited module): others,
    such as tokenize's, change with the hash seed and would have every process write."""
    cache = getattr(re, "_cache", None)
    try:
        key = hashlib.sha256(f"{FORMAT}\0{sys.version}".encode()).hexdigest()
        path = cache_dir() / f"patterns-{key[:16]}.pickle"
    except (OSError, RuntimeError, ValueError):
        cache = None
    if not isinstance(cache, dict):
        yield
        return
    before = set(cache)
    kept = _read(path, key) or []
    for flags, rx in kept:
        cache[str, rx.pattern, flags] = rx
    seeded = set(cache)
    yield
    ours = {id(rx) for rx in _module_patterns(__package__)}
    if any(k not in seeded and id(rx) in ours for k, rx in list(cache.items())):
        _write(path, key, [(k[2], rx) for k, rx in list(cache.items()) if k not in before and k[0] is str])


def _module_patterns(package: str) -> Iterator[re.Pattern]:
    """The regular expressions that the package's imported modules hold at their top level."""
    for name, module in list(sys.modules.items()):
        if name != package and not name.startswith(package + "."):
            continue
        names = list(vars(module).values())
        names += [v for cls in names if isinstance(cls, type) and cls.__module__ == name for v in vars(cls).values()]
        for value in names:
            held = value.values() if isinstance(value, dict) else value if isinstance(value, (tuple, list)) else [value]
            yield from (rx for rx in held if isinstance(rx, re.Pattern))


def _read(path: Path, key: str) -> Any:
    try:
        with path.open("rb") as f:
            if f.readline().decode("ascii").strip() != key:
                return None
            return pickle.load(f)
    except Exception:  # missing, unreadable, truncated, or pickled by other code: built again
        return None


def _write(path: Path, key: str, value: Any) -> None:
    """Written whole or not at all (a temporary file renamed: processes starting together may race), and
    pickled only once the folder is known to be writable."""
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".rules-", suffix=".tmp")
    except OSError:  # a read-only home, a cache path that is a file: no cache
        return
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(f"{key}\n".encode("ascii"))
            _Pickler(f, protocol=pickle.HIGHEST_PROTOCOL).dump(value)
        os.replace(tmp, path)
        _prune(path.parent)
    except Exception:  # a full disk, an object that cannot be pickled: no cache
        try:
            os.unlink(tmp)
        except OSError:
            pass


def _prune(folder: Path) -> None:
    builds = sorted(folder.glob("rules-*.pickle"), key=lambda f: f.stat().st_mtime_ns, reverse=True)
    for old in builds[KEEP:]:
        old.unlink(missing_ok=True)


def _rewrap(method: Callable, maxsize: Optional[int], typed: bool) -> Callable:
    return functools.lru_cache(maxsize=maxsize, typed=typed)(method)


def _compiled(pattern: str, flags: int, code: list[int], groups: int, groupindex: dict[str, int],
              indexgroup: tuple[Optional[str], ...]) -> re.Pattern:
    """A regular expression made from the code it was compiled to, without parsing or compiling it again
    (a few hundred of them take 0.03 s to compile); compiled from its text if that code is refused."""
    try:
        return _sre.compile(pattern, flags, code, groups, groupindex, indexgroup)
    except Exception:
        return re.compile(pattern, flags)


def _reduce_regex(rx: re.Pattern) -> Any:
    """A regular expression pickled with its compiled code (read back by _compiled): the cache is keyed by
    the Python version, whose regular expression engine reads that code. NotImplemented: pickled as usual."""
    try:
        parsed = _parser.parse(rx.pattern, rx.flags)
        code = [int(c) for c in _compiler._code(parsed, rx.flags)]  # plain ints, not the named opcodes
        indexgroup: list[Optional[str]] = [None] * parsed.state.groups
        for name, i in parsed.state.groupdict.items():
            indexgroup[i] = name
        args = (rx.pattern, rx.flags | parsed.state.flags, code, parsed.state.groups - 1,
                dict(parsed.state.groupdict), tuple(indexgroup))
        return (_compiled, args) if _compiled(*args) == rx else NotImplemented
    except Exception:
        return NotImplemented


class _Pickler(pickle.Pickler):
    """Pickles an lru_cache around an object's own method (a per-object cache) as a new empty cache
    around the same method: the standard pickler takes it for a module's function, and fails. A regular
    expression is pickled with its compiled code, not only its text (see _reduce_regex)."""

    def reducer_override(self, obj: Any) -> Any:
        if isinstance(obj, functools._lru_cache_wrapper) and inspect.ismethod(obj.__wrapped__):
            params = obj.cache_parameters()
            return _rewrap, (obj.__wrapped__, params["maxsize"], params["typed"])
        if isinstance(obj, re.Pattern) and isinstance(obj.pattern, str):
            return _reduce_regex(obj)
        return NotImplemented
