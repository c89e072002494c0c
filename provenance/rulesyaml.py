"""Rules files read as YAML, with their nodes for line numbers: imported only when rules are built
(a process that reads its built rules from the cache, see rulecache.py, never needs PyYAML).
"""
from __future__ import annotations

import re
from typing import Any, Optional

import yaml
from yaml import YAMLError
from yaml.composer import Composer
from yaml.constructor import SafeConstructor
from yaml.resolver import Resolver


class RulesLoader(yaml.SafeLoader):
    """YAML 1.2-style booleans: only true/false, so terms like "no" and "on" stay strings."""


RulesLoader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:bool"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.copy().items()
}
RulesLoader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
                                  list("tTfF"))


if getattr(yaml, "__with_libyaml__", False):
    from yaml._yaml import CParser

    class FastRulesLoader(Composer, CParser, SafeConstructor, Resolver):  # type: ignore[misc]
        """RulesLoader on libyaml's scanner and parser (several times faster); nodes are still
        composed in Python, so a file nested too deeply is a RecursionError, not a crash."""

        yaml_implicit_resolvers = RulesLoader.yaml_implicit_resolvers

        def __init__(self, stream: str) -> None:
            CParser.__init__(self, stream)
            Composer.__init__(self)
            SafeConstructor.__init__(self)
            Resolver.__init__(self)

    class PackageRulesLoader(CParser, SafeConstructor, Resolver):  # type: ignore[misc]
        """FastRulesLoader with libyaml composing the nodes too, and plain data built from them without
        the constructor's general machinery: a third of the start-up's YAML time. Only for the package's
        own files, whose nesting is known: libyaml's composer recurses in C, where a file nested deeply
        enough would crash the process instead of raising."""

        yaml_implicit_resolvers = RulesLoader.yaml_implicit_resolvers

        def __init__(self, stream: str) -> None:
            CParser.__init__(self, stream)
            SafeConstructor.__init__(self)
            Resolver.__init__(self)

        def construct_document(self, node: yaml.Node) -> Any:
            try:
                return _plain(node, self, {})
            except _NotPlain:  # a merge key, a tag of its own: the constructor's general way
                return SafeConstructor.construct_document(self, node)
else:  # pragma: no cover
    FastRulesLoader = PackageRulesLoader = RulesLoader  # type: ignore[misc]

_STR, _SEQ, _MAP = "tag:yaml.org,2002:str", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map"
_SPECIAL_KEYS = ("tag:yaml.org,2002:merge", "tag:yaml.org,2002:value")  # << and =, which the constructor reads


class _NotPlain(Exception):
    """A node that _plain leaves to the constructor."""


def _plain(node: yaml.Node, constructor: SafeConstructor, made: dict[int, Any]) -> Any:
    """What SafeConstructor builds from a document of strings, scalars, lists and mappings: each list
    or mapping made once however many aliases name it (`made`), other scalars by the constructor."""
    if isinstance(node, yaml.ScalarNode):
        return node.value if node.tag == _STR else constructor.construct_object(node)
    if id(node) in made:
        return made[id(node)]
    if isinstance(node, yaml.SequenceNode) and node.tag == _SEQ:
        items = made[id(node)] = []
        items.extend(_plain(item, constructor, made) for item in node.value)
        return items
    if isinstance(node, yaml.MappingNode) and node.tag == _MAP:
        mapping = made[id(node)] = {}
        for key, value in node.value:
            if not isinstance(key, yaml.ScalarNode) or key.tag in _SPECIAL_KEYS:
                raise _NotPlain
            mapping[_plain(key, constructor, made)] = _plain(value, constructor, made)
        return mapping
    raise _NotPlain


def parse(text: str, package: bool) -> tuple[Optional[yaml.Node], Any]:
    """The document's node and data, by the fastest loader that may read the file (PackageRulesLoader
    for the package's own); a YAMLError is always PyYAML's own message."""
    try:
        return _parse(text, PackageRulesLoader if package else FastRulesLoader)
    except YAMLError:  # parsed again by PyYAML itself, so that the message is always its own
        return _parse(text, RulesLoader)


def _parse(text: str, loader_class: type) -> tuple[Optional[yaml.Node], Any]:
    """The document's node (it gives lines) and the data constructed from it: parsed once."""
    loader = loader_class(text)
    try:
        node = loader.get_single_node()
        return node, loader.construct_document(node) if node is not None else None
    finally:
        loader.dispose()


def node_line(node: yaml.Node, loc: tuple) -> int:
    """Line (1-based) of the YAML node at the pydantic error location `loc`.

    Steps that are not in the YAML (the tag pydantic adds for a union member, or a missing key)
    are skipped, so the line is that of the deepest node that exists.
    """
    for key in loc:
        if isinstance(node, yaml.MappingNode):
            node = next((v for k, v in node.value if k.value == key), node)
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            node = node.value[key]
    return node.start_mark.line + 1


def repeated_key(node: yaml.Node) -> Optional[tuple[str, int]]:
    """(key, line) of the first key given twice in one mapping of the document, which YAML would quietly read
    as its last value only; None: no key is."""
    todo = [node]
    while todo:
        node = todo.pop()
        if isinstance(node, yaml.MappingNode):
            seen: set[str] = set()
            for k, _ in node.value:
                if isinstance(k, yaml.ScalarNode) and k.value in seen:
                    return k.value, k.start_mark.line + 1
                seen.add(k.value if isinstance(k, yaml.ScalarNode) else id(k))
            todo += [v for _, v in node.value]
        elif isinstance(node, yaml.SequenceNode):
            todo += node.value
    return None


def id_lines(node: yaml.Node) -> list[tuple[str, int]]:
    """(id, line) of every mapping in the document that has an `id`, in file order: where each rule is declared,
    by the same marks that place a validation error (node_line)."""
    found, todo = [], [node]
    while todo:
        node = todo.pop()
        if isinstance(node, yaml.MappingNode):
            found += [(v.value, k.start_mark.line + 1) for k, v in node.value
                      if isinstance(k, yaml.ScalarNode) and k.value == "id" and isinstance(v, yaml.ScalarNode)]
            todo += reversed([v for _, v in node.value])
        elif isinstance(node, yaml.SequenceNode):
            todo += reversed(node.value)
    return found
