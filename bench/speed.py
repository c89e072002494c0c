"""Throughput and peak memory at scale, for text and for HTML, next to trafilatura alone.

    python bench/speed.py --sizes 10000,100000 --jobs 2
    python bench/speed.py --quick            # 1,000 and 10,000 text articles, fewer pages

The corpus repeats the seeds and ../shared/data (Arabic and English text articles, HTML pages) under
unique names, streamed as Documents: no batch is ever held in memory. Every measurement runs in a fresh
process, so its peak memory is its own: getrusage ru_maxrss of that process (the parent, which reads
and orders) and of its largest child (a worker, or a worker's extraction child). trafilatura alone is
`bare_extraction(html, include_comments=False, with_metadata=True)` over the same pages with the same
number of processes, measured in the same run. Per-core speed is audited with one process on the text
articles of 3-5 KB; a one-process run times its start-up (the rules built or read from the cache, once per process)
apart from the articles, and prints the rate both without and with it.

    python bench/speed.py --linear           # only the two measures below

Linear time: each growth case audits an input and the same input grown tenfold along one dimension
(words in a sentence, cues in a sentence, sentences in an article, pronouns, quotations) and prints the
ratio of CPU times: about 10 when the cost is linear, about 100 when it is quadratic. Throughput per
core: every article of ../shared/data/arabic-pool and arabic-saudi audited by one fresh process, in KB
of article text per second with the process's start-up (imports, rules read from the cache that the
growth cases' process filled, see provenance/rulecache.py) included; then the CPU time that building
the rules takes with nothing cached, as the first process after a change of the rules or the code does.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import subprocess
import sys
import time
from itertools import islice
from pathlib import Path
from typing import Iterator, Optional

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT.parent / "shared" / "data"
TEXT_DIRS = ["seeds", "arabic-unlabelled", "english-polnear-train"]
HTML_DIRS = ["html-pages"]
POOL_DIRS = ["arabic-pool", "arabic-saudi"]  # where issue 14 sets the per-core target
THROUGHPUT_TARGET = 1500  # KB of article text per second per core, start-up included


def load(kind: str, data: Path) -> list[tuple[str, str]]:
    """(file name, content) of every distinct article of one kind: small enough to keep, unlike the corpus."""
    from provenance.ingest.inputs import BadInput, iter_documents

    dirs = [ROOT / "seeds" if d == "seeds" else data / d for d in (TEXT_DIRS if kind.startswith("text") else HTML_DIRS)]
    out = []
    for doc in iter_documents([str(d) for d in dirs if d.is_dir()]):
        content = None if isinstance(doc, BadInput) else doc.html if kind == "html" else doc.text
        if content and (kind != "text-3-5kb" or 3000 <= len(content.encode("utf-8")) <= 5000):
            out.append((Path(doc.name).name, content))
    if not out:
        sys.exit(f"no {kind} articles under {', '.join(map(str, dirs))}")
    return out


def corpus(pool: list[tuple[str, str]], kind: str, n: int, unique: bool = False) -> Iterator:
    """n Documents with unique names, cycling through the distinct articles; `unique` also makes every
    text differ (a closing line with its number), so that an export stores n articles, not 85."""
    from provenance.models import Document

    field = "html" if kind == "html" else "text"
    for i in range(n):
        name, content = pool[i % len(pool)]
        if unique:
            content += f"\n\nBenchmark article number {i}."
        yield Document(name=f"{i:07d}-{name}", **{field: content})


def _extract_chunk(pages: list[str]) -> int:
    import trafilatura

    return sum(trafilatura.bare_extraction(h, include_comments=False, with_metadata=True) is not None for h in pages)


def trafilatura_alone(pages: Iterator[str], jobs: int, chunk: int = 16) -> int:
    """Pages extracted, with the same process count and the same bounded window as the audit."""
    from concurrent.futures import ProcessPoolExecutor  # here: the pools' process times its imports

    from provenance.batch.parallel import in_order

    if jobs <= 1:
        return _extract_chunk(list(pages))
    batches = iter(lambda: list(islice(pages, chunk)), [])
    return sum(in_order(ProcessPoolExecutor(max_workers=jobs), _extract_chunk, batches, jobs * 4))


def measure(kind: str, n: int, jobs: int, data: Path) -> dict:
    """One measurement, in this (fresh) process; prints nothing."""
    from provenance.batch.parallel import audit_documents
    from provenance.ingest.inputs import BadInput

    source = {"trafilatura": "html", "export": "text"}.get(kind, kind)
    pool = load(source, data)
    startup = 0.0
    if jobs <= 1 and kind != "trafilatura":  # one process: the start-up is timed apart from the articles
        t0 = time.perf_counter()
        next(audit_documents(corpus(pool, source, 1), 1))
        startup = time.perf_counter() - t0
    docs = corpus(pool, source, n, unique=kind == "export")
    ok = bad = 0
    t0, c0 = time.perf_counter(), os.times()
    if kind == "trafilatura":
        ok = trafilatura_alone((d.html for d in docs), jobs)
        bad = n - ok
    elif kind == "export":  # what `provenance export` does: audits on `jobs` processes, one writer
        import tempfile

        from provenance.outputs.export import open_database, write_report

        with tempfile.TemporaryDirectory() as tmp:
            db = open_database(Path(tmp) / "bench.db")
            for result in audit_documents(docs, jobs):
                if isinstance(result, BadInput):
                    bad += 1
                else:
                    ok += write_report(db, result) != "present"
            db.close()
    else:
        for result in audit_documents(docs, jobs):
            if isinstance(result, BadInput):
                bad += 1
            else:
                ok += 1
    seconds, c1 = time.perf_counter() - t0, os.times()
    cpu = (c1.user - c0.user) + (c1.system - c0.system) + (c1.children_user - c0.children_user) \
        + (c1.children_system - c0.children_system)
    mb = lambda who: resource.getrusage(who).ru_maxrss / 1024  # noqa: E731  (KB on Linux)
    return {"kind": kind, "n": n, "jobs": jobs, "seconds": seconds, "cpu": cpu, "ok": ok, "bad": bad, "startup": startup,
            "parent_mb": mb(resource.RUSAGE_SELF), "child_mb": mb(resource.RUSAGE_CHILDREN)}


def growth_cases(data: Path) -> dict:
    """Inputs that grow along one dimension, by a scale factor: (what grows, unit, input at scale 1)."""
    from provenance.ingest.inputs import iter_documents
    from provenance.rules import load_rules
    from provenance.text.boilerplate import clean

    pool = [d.text for d in iter_documents([str(data / d) for d in POOL_DIRS]) if getattr(d, "text", None)]
    rules = load_rules()
    # ordinary Arabic, no sentence or clause end: the articles' bodies (a disclaimer line of one page would
    # make the whole one-line text boilerplate)
    words = re.sub(r"[.،,؛;:؟?!\n\"«»()]+", " ", " ".join(clean(t, rules, "ar").body for t in pool))
    article = "\n\n".join(pool)
    return {
        "words in one sentence (Arabic text, no punctuation)": lambda k: words[:50_000 * k],
        "cues in one sentence (Arabic)": lambda k: "قال الوزير " * 2_000 * k,
        "cues in one sentence (English)": lambda k: "Officials said that " * 2_000 * k,
        "quotations in one sentence": lambda k: '"Yes," said Mr. Smith, ' * 1_000 * k,
        "sentences in one article (the pools' articles joined)": lambda k: article[:50_000 * k],
        "pronouns in an interview (He said line N.)": lambda k: "\n".join(f"He said line {i}." for i in range(1_000 * k)),
        "letters on a letters page (signed, with towns)": lambda k: "Readers write\n\nLETTERS.\n\n" + "\n\n".join(
            f"The candidate spoke well, number {i}.\n\nMartin {('Litwak', 'Groner', 'Burr')[i % 3]}.\n\nOlympia, Wash."
            for i in range(300 * k)),
    }


def measure_growth(data: Path, repeat: int = 3) -> list[dict]:
    """CPU seconds (the least of `repeat` runs) to audit each growth case at scale 1 and 10, in this process."""
    from provenance import Auditor
    from provenance.models import Document

    auditor = Auditor()
    out = []
    for case, make in growth_cases(data).items():
        row = {"case": case}
        for scale in (1, 10):
            text = make(scale)
            times = []
            for _ in range(repeat):
                t0 = time.process_time()
                auditor.audit(Document(name="growth.txt", text=text))
                times.append(time.process_time() - t0)
            row[f"kb{scale}"], row[f"cpu{scale}"] = len(text.encode("utf-8")) / 1024, min(times)
        out.append(row)
    return out


def measure_pools(data: Path) -> dict:
    """Every article of the pools audited with one core, in this fresh process: CPU seconds since the
    process started (its start-up counted: the interpreter and the imports, the rules read, the articles
    read) and of the audits alone. `bytecode`: the package's modules were read compiled, not compiled from
    source (as with PYTHONDONTWRITEBYTECODE=1 and an editable install, about 0.06 s more)."""
    from provenance import pipeline
    from provenance.batch.parallel import audit_documents, cached_auditor
    from provenance.ingest.inputs import BadInput, iter_documents

    c0 = imports_cpu = time.process_time()  # since the process started
    cached_auditor()  # the rules, built or read from the cache before the clock of the audits starts
    rules_cpu = time.process_time() - c0
    docs = list(iter_documents([str(data / d) for d in POOL_DIRS]))
    kb = sum(len(d.text.encode("utf-8")) for d in docs if not isinstance(d, BadInput) and d.text) / 1024
    t0, c0 = time.perf_counter(), time.process_time()
    ok = sum(not isinstance(r, BadInput) for r in audit_documents(docs, 1))
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return {"kind": "pools", "n": len(docs), "ok": ok, "kb": kb, "seconds": seconds, "cpu": cpu,
            "cpu_all": usage.ru_utime + usage.ru_stime, "rules_cpu": rules_cpu, "imports_cpu": imports_cpu,
            "bytecode": bool(pipeline.__cached__) and Path(pipeline.__cached__).exists()}


def measure_build() -> dict:
    """CPU seconds to build the shipped rules with nothing cached, as the first process after a change
    of the rules or the code does (every later one reads them from the cache: provenance/rulecache.py)."""
    import tempfile

    from provenance import Auditor

    with tempfile.TemporaryDirectory() as tmp:
        os.environ["XDG_CACHE_HOME"] = tmp
        c0 = time.process_time()
        Auditor()
        return {"kind": "build", "cpu": time.process_time() - c0}


def fresh(args: list[str], label: str):
    """One measurement in a fresh process: its result and its wall-clock seconds, start-up included."""
    print(f"  {label} ...", end="", file=sys.stderr, flush=True)
    t0 = time.perf_counter()
    out = subprocess.run([sys.executable, __file__, *args], check=True, stdout=subprocess.PIPE, text=True).stdout
    seconds = time.perf_counter() - t0
    print(f" {seconds:.1f} s", file=sys.stderr)
    return json.loads(out.strip().splitlines()[-1]), seconds


def print_linear(growth: list[dict], pools: dict, seconds: float, build: dict) -> None:
    print(f"\n{'grown tenfold':56s} {'KB':>7s} {'CPU s':>7s} {'KB x10':>8s} {'CPU s':>7s} {'ratio':>6s}")
    for g in growth:
        print(f"{g['case']:56s} {g['kb1']:>7.0f} {g['cpu1']:>7.2f} {g['kb10']:>8.0f} {g['cpu10']:>7.2f} "
              f"{g['cpu10'] / g['cpu1']:>6.1f}")
    print("(ratio: about 10 is linear, about 100 quadratic)")
    kb = pools["kb"]
    print(f"\nthroughput per core on {' + '.join(POOL_DIRS)} ({pools['ok']} of {pools['n']} articles, {kb:,.0f} KB of "
          f"text, one process): start-up included {kb / seconds:,.0f} KB/s ({kb / pools['cpu_all']:,.0f} KB per "
          f"CPU-second); the audits alone {kb / pools['seconds']:,.0f} KB/s ({kb / pools['cpu']:,.0f} KB per "
          f"CPU-second); target {THROUGHPUT_TARGET:,} KB/s, start-up included")
    startup = pools["cpu_all"] - pools["cpu"]
    compiled = "" if pools["bytecode"] else " (the package's modules compiled from source: no bytecode)"
    print(f"start-up {startup:.2f} CPU s: the interpreter and imports {pools['imports_cpu']:.2f}{compiled}, the rules "
          f"read from the cache {pools['rules_cpu']:.2f}, the articles read "
          f"{startup - pools['imports_cpu'] - pools['rules_cpu']:.2f}; building the rules with nothing cached, as the "
          f"first process after a change of the rules or the code does, {build['cpu']:.2f} s")


def linear(data: Path) -> tuple[list[dict], dict, float, dict]:
    """The growth cases, the throughput on the pools (its rules read from the cache that the growth cases'
    process filled) and the rules built with nothing cached, each measured in a fresh process."""
    growth, _ = fresh(["--measure", "growth", "--data", str(data)], "growth cases, 1x and 10x")
    pools, seconds = fresh(["--measure", "pools", "--data", str(data)], f"{' + '.join(POOL_DIRS)}, one process")
    build, _ = fresh(["--measure", "build"], "the rules built with nothing cached")
    return growth, pools, seconds, build


def run(kind: str, n: int, jobs: int, data: Path) -> dict:
    print(f"  {kind:12s} {n:>9,} articles, {jobs} process(es) ...", end="", file=sys.stderr, flush=True)
    cmd = [sys.executable, __file__, "--measure", kind, "--size", str(n), "--jobs", str(jobs), "--data", str(data)]
    out = subprocess.run(cmd, check=True, stdout=subprocess.PIPE, text=True).stdout
    result = json.loads(out.strip().splitlines()[-1])
    print(f" {result['seconds']:.1f} s", file=sys.stderr)
    return result


def sizes(value: str) -> list[int]:
    return [int(x.replace("_", "")) for x in value.split(",") if x.strip()]


def main(argv: Optional[list[str]] = None) -> None:
    from provenance.batch.parallel import default_jobs

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=sizes, default=None, help="text corpus sizes (default 10000,100000)")
    ap.add_argument("--html-sizes", type=sizes, default=None, help="HTML corpus sizes (default: --sizes)")
    ap.add_argument("--core-size", type=int, default=None, help="3-5 KB articles for the one-process run (default 3000)")
    ap.add_argument("--export-sizes", type=sizes, default=None,
                    help="text articles exported to SQLite (default 10000; --quick 1000)")
    ap.add_argument("--jobs", "-j", type=int, default=None, help="processes (default: all cores)")
    ap.add_argument("--quick", action="store_true", help="1,000 and 10,000 text articles, 200 and 1,000 pages")
    ap.add_argument("--linear", action="store_true", help="only the growth cases and the throughput on the pools")
    ap.add_argument("--data", type=Path, default=DATA, help="the shared data folder (default ../shared/data)")
    ap.add_argument("--measure", help=argparse.SUPPRESS)
    ap.add_argument("--size", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    jobs = args.jobs or default_jobs()
    if args.measure:
        measures = {"growth": lambda: measure_growth(args.data), "pools": lambda: measure_pools(args.data),
                    "build": measure_build}
        print(json.dumps(measures.get(args.measure, lambda: measure(args.measure, args.size, jobs, args.data))()))
        return
    if args.linear:
        print_linear(*linear(args.data))
        return
    text_sizes = args.sizes or ([1000, 10000] if args.quick else [10000, 100000])
    html_sizes = args.html_sizes or ([200, 1000] if args.quick else text_sizes)
    core_size = args.core_size or (1000 if args.quick else 3000)
    export_sizes = args.export_sizes or ([1000] if args.quick else [10000])

    import trafilatura

    texts, pages, core = load("text", args.data), load("html", args.data), load("text-3-5kb", args.data)
    kb = lambda items: sum(len(c.encode("utf-8")) for _, c in items) / len(items) / 1024  # noqa: E731
    print(f"provenance speed: {jobs} process(es) on {default_jobs()} core(s), Python {platform.python_version()}, "
          f"trafilatura {trafilatura.__version__}", file=sys.stderr)
    results = [run("text", n, jobs, args.data) for n in text_sizes]
    for n in html_sizes:  # alternate, so that a change in the machine's load hits both alike
        results += [run("trafilatura", n, jobs, args.data), run("html", n, jobs, args.data)]
    results.append(run("text-3-5kb", core_size, 1, args.data))
    results += [run("export", n, jobs, args.data) for n in export_sizes]
    growth = linear(args.data)

    print(f"\n$ python bench/speed.py {' '.join(sys.argv[1:] if argv is None else argv)}")
    print(f"{jobs} process(es) on {default_jobs()} core(s), Python {platform.python_version()}, "
          f"trafilatura {trafilatura.__version__}")
    print(f"corpus: {len(texts)} text articles (mean {kb(texts):.1f} KB), {len(pages)} HTML pages "
          f"(mean {kb(pages):.0f} KB), {len(core)} text articles of 3-5 KB; repeated under unique names, streamed")
    print("peak memory: getrusage ru_maxrss of the parent process and of its largest child (worker)\n")
    print(f"{'input':12s} {'articles':>9s} {'jobs':>4s} {'seconds':>8s} {'articles/s':>10s} {'per CPU-s':>9s} "
          f"{'failed':>6s} {'worker MB':>9s} {'parent MB':>9s}")
    for r in results:
        worker = f"{r['child_mb']:.0f}" if r["child_mb"] else "-"  # one process, no worker
        print(f"{r['kind']:12s} {r['n']:>9,} {r['jobs']:>4d} {r['seconds']:>8.1f} {r['n'] / r['seconds']:>10.1f} "
              f"{r['n'] / r['cpu']:>9.1f} {r['bad']:>6,} {worker:>9s} {r['parent_mb']:>9.0f}")
    by = {(r["kind"], r["n"]): r for r in results}
    print()
    for n in html_sizes:
        h, t = by[("html", n)], by[("trafilatura", n)]
        print(f"HTML audit / trafilatura alone, {n:,} pages: {h['seconds'] / t['seconds']:.2f}x time, "
              f"{h['cpu'] / t['cpu']:.2f}x CPU")
    for kind, ns in (("text", text_sizes), ("html", html_sizes)):
        if len(ns) > 1:
            a, b = by[(kind, min(ns))], by[(kind, max(ns))]
            ratio = (b["seconds"] / b["n"]) / (a["seconds"] / a["n"])
            print(f"{kind} growth {min(ns):,} -> {max(ns):,}: per-article time x{ratio:.2f} "
                  f"(CPU x{(b['cpu'] / b['n']) / (a['cpu'] / a['n']):.2f}; 1.00 is linear)")
    c = by[("text-3-5kb", core_size)]
    print(f"per core, text of 3-5 KB: {c['n'] / c['seconds']:.0f} articles/s ({c['n'] / c['cpu']:.0f} per CPU-second), "
          f"after a start-up of {c['startup']:.2f} s (rules built or read from the cache, one article audited); "
          f"{c['n'] / (c['seconds'] + c['startup']):.0f} articles/s counting it")
    e = by[("export", max(export_sizes))]
    print(f"export to SQLite: {e['n'] / e['seconds']:.0f} articles/s; 100,000 articles "
          f"{'took' if e['n'] == 100_000 else 'would take'} {100_000 * e['seconds'] / e['n'] / 60:.1f} min")
    print_linear(*growth)


if __name__ == "__main__":
    main()
