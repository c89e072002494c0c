"""Who published this copy (outlet) and where the copy came from (origin)."""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from ..models import Boilerplate, Dateline, Origin, Outlet
from ..normalize import Normalized, normalize
from ..rules import OutletEntry, RuleSet


@lru_cache(maxsize=1)
def _extractor():
    import tldextract

    # Offline: the suffix list bundled with tldextract, never fetched.
    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None, fallback_to_snapshot=True)


def registered_domain(url_or_host: str) -> Optional[str]:
    ext = _extractor()(url_or_host)
    if not ext.domain:
        return None
    return f"{ext.domain}.{ext.suffix}" if ext.suffix else ext.domain


def _from_entry(entry: OutletEntry, evidence: str, rule: str) -> Outlet:
    return Outlet(name=entry.name, domain=entry.domains[0] if entry.domains else None, kind=entry.kind,
                  country=entry.country, evidence=evidence, rule=rule)


def lookup_domain(host: str, rules: RuleSet) -> Optional[OutletEntry]:
    host = host.lower().removeprefix("www.")
    by_domain = rules.outlet_by_domain
    parts = host.split(".")
    for i in range(len(parts) - 1):  # arabic.cnn.com, then cnn.com
        if ".".join(parts[i:]) in by_domain:
            return by_domain[".".join(parts[i:])]
    dom = registered_domain(host)
    return by_domain.get(dom) if dom else None


def lookup_name(name: str, rules: RuleSet) -> Optional[OutletEntry]:
    hit = rules.outlet_names.search(normalize(name).text)
    return hit.value if hit is not None else None


def find_origin(text: str, boilerplate: list[Boilerplate], rules: RuleSet,
                normalized: Optional[Normalized] = None) -> tuple[list[Origin], list[Outlet]]:
    """Origins from credit and first-published lines; outlet hints from site-name lines (`normalized`: the
    text normalised, if it was)."""
    origins: list[Origin] = []
    hints: list[Outlet] = []
    nt = normalized or normalize(text)
    for rule, rx in rules.origin_patterns:
        for m in rx.finditer(nt.text):
            a, b = nt.span(m.start(), m.end())
            evidence = text[a:b].strip()
            name = domain = None
            groups = m.groupdict()
            entry = None
            if groups.get("domain"):
                da, db = nt.span(*m.span("domain"))
                domain = text[da:db].lower().removeprefix("www.")
                entry = lookup_domain(domain, rules)
            if groups.get("name") and groups["name"].strip():
                na, nb = nt.span(*m.span("name"))
                name = text[na:nb].strip(" :.")
                entry = entry or lookup_name(name, rules)
            if entry is not None:
                name, domain = entry.name, domain or (entry.domains[0] if entry.domains else None)
            if not name and not domain:
                continue
            if rule.relation == "outlet":
                hint = _from_entry(entry, evidence, rule.id) if entry else Outlet(name=name, evidence=evidence, rule=rule.id)
                hints.append(hint)
            else:
                origins.append(Origin(name=name, domain=domain, relation=rule.relation, evidence=evidence, rule=rule.id))
    for piece in boilerplate:
        if piece.rule.startswith("bp.foreign_title"):
            origins.append(Origin(relation="translated_from", evidence=piece.text, rule=piece.rule))
            break
    return origins, hints


def find_outlet(url: Optional[str], sitename: Optional[str], hostname: Optional[str],
                hints: list[Outlet], origins: list[Origin], dateline: Optional[Dateline], rules: RuleSet) -> Outlet:
    """The outlet of this copy: from the URL, the page's metadata, the text's own site lines, or the outlet
    that filed the story in the dateline opening the body ("(CNN)--"; not a news agency's, which is a wire)."""
    host = None
    if url:
        host = _extractor()(url).fqdn or None
    host = host or hostname
    if host:
        entry = lookup_domain(host, rules)
        if entry is not None:
            return _from_entry(entry, host, "outlet.url.registry")
    if sitename:
        entry = lookup_name(sitename, rules)
        if entry is not None:
            return _from_entry(entry, sitename, "outlet.metadata.registry")
    republished = {o.name for o in origins if o.relation == "republished_from"} | \
                  {o.domain for o in origins if o.relation == "republished_from"}
    for hint in hints:
        if hint.name not in republished and hint.domain not in republished:
            return hint
    entry = lookup_name(dateline.outlet, rules) if dateline is not None and dateline.outlet and not dateline.wire else None
    if entry is not None and not origins and not (host or sitename):  # a text without its address
        return _from_entry(entry, dateline.text, "outlet.dateline")
    if host or sitename:
        return Outlet(name=sitename or registered_domain(host or ""), domain=registered_domain(host) if host else None,
                      evidence=host or sitename, rule="outlet.unregistered")
    return Outlet()


def site_prefix_origins(hints: list[Outlet], origins: list[Origin]) -> list[Origin]:
    """A site-name line naming the original publisher of a republished copy credits that source."""
    republished = {o.name for o in origins if o.relation == "republished_from"}
    return [Origin(name=h.name, domain=h.domain, relation="source_credit", evidence=h.evidence or "", rule=h.rule)
            for h in hints if h.name in republished]
