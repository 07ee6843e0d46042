#!/usr/bin/env python3
"""PolNeAR attribution (who said what) for the storyline quote finder.

Stdlib only. Reads ../shared/data/polnear/polnear-v1.0.0-data.tar.gz (or --data DIR/polnear);
skips cleanly (exit 0) when it is absent. Runs build/src/digest/storyline_quotes_tool.

Gold: the brat standoff files data/<split>/attributions/<article>_<annotator>.ann. An article
annotated by several annotators is scored against one of them, the first annotator id in sort
order. The spans scored are the Source, Cue and Content text-bound annotations.

Metric (exact-match P/R/F1 per component, as in the CofeNet tables of the data's PROVENANCE.md;
re-implemented): CofeNet scores per-sentence BIO tags, so a span is cut into pieces at sentence
boundaries, and fragments of a discontinuous span separated only by whitespace are joined. Both
gold and system spans are cut with the same splitter (`sentence_cuts`, not CoreNLP's), trimmed of
whitespace, and a piece is correct when a piece of the same component in the same article has
exactly the same character offsets. `overlap` is the partial-match figure beside it: a gold piece
is found when any system piece of its component overlaps it by one character or more, and a system
piece is correct when it overlaps any gold piece.

Tuning discipline: tune on train or dev; `--split test` is for reporting, and `--show` (which
prints misses) is refused on test.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO_ROOT / ".." / "shared" / "data"
DEFAULT_BIN = REPO_ROOT / "build" / "src" / "digest" / "storyline_quotes_tool"
COMPONENTS = ("source", "cue", "content")
TAR_NAME = "polnear-v1.0.0-data.tar.gz"

ABBREVIATIONS = {"mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "st",
                 "jr", "sr", "inc", "co", "corp", "no", "vs", "jan", "feb", "mar", "apr", "jun",
                 "jul", "aug", "sep", "sept", "oct", "nov", "dec", "prof", "rev", "ft", "mt"}
END_RE = re.compile(r"[.!?]+[\"”’')\]]*(?=\s)")


def sentence_cuts(text: str) -> list[int]:
    """Character offsets where a new sentence starts (line breaks and . ! ? before a capital)."""
    cuts = [m.end() for m in re.finditer(r"\n", text)]
    for m in END_RE.finditer(text):
        word = re.search(r"(\w+)\W*$", text[max(0, m.start() - 12):m.start() + 1])
        if text[m.start()] == "." and word and (len(word.group(1)) == 1 or
                                                 word.group(1).lower() in ABBREVIATIONS):
            continue
        rest = text[m.end():m.end() + 3].lstrip()
        if rest and (rest[0].isupper() or rest[0].isdigit() or rest[0] in "\"“‘'("):
            cuts.append(m.end())
    return sorted(set(cuts))


def pieces(text: str, fragments: list[tuple[int, int]], cuts: list[int]) -> list[tuple[int, int]]:
    """Fragments joined across whitespace-only gaps, cut at sentence starts, trimmed."""
    merged: list[list[int]] = []
    for b, e in sorted(fragments):
        if merged and text[merged[-1][1]:b].strip() == "":
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([b, e])
    out = []
    for b, e in merged:
        bounds = [b] + [c for c in cuts if b < c < e] + [e]
        for pb, pe in zip(bounds, bounds[1:]):
            seg = text[pb:pe]
            lead = len(seg) - len(seg.lstrip())
            trail = len(seg) - len(seg.rstrip())
            if pe - trail > pb + lead:
                out.append((pb + lead, pe - trail))
    return out


def parse_ann(raw: str) -> dict[str, list[list[tuple[int, int]]]]:
    """Component → list of spans, each a list of (begin, end) character fragments."""
    out: dict[str, list[list[tuple[int, int]]]] = {c: [] for c in COMPONENTS}
    for line in raw.splitlines():
        parts = line.split("\t")
        if len(parts) < 2 or not parts[0].startswith("T"):
            continue
        kind, _, ranges = parts[1].partition(" ")
        comp = kind.lower()
        if comp not in out:
            continue
        frags = []
        for r in ranges.split(";"):
            b, e = r.split()
            frags.append((int(b), int(e)))
        out[comp].append(frags)
    return out


def load_split(root: Path, split: str) -> list[dict]:
    """[{name, text, gold}] for one split, one annotator per article."""
    texts: dict[str, str] = {}
    anns: dict[str, tuple[str, str]] = {}  # article → (annotator, raw)
    with tarfile.open(root / TAR_NAME) as tar:
        for m in tar.getmembers():
            parts = Path(m.name).parts
            if not m.isfile() or len(parts) != 4 or parts[1] != split:
                continue
            raw = tar.extractfile(m).read().decode("utf-8")
            if parts[2] == "text" and parts[3].endswith(".txt"):
                texts[parts[3][:-4]] = raw
            elif parts[2] == "attributions" and parts[3].endswith(".ann"):
                article, _, annotator = parts[3][:-4].rpartition("_")
                if article not in anns or annotator < anns[article][0]:
                    anns[article] = (annotator, raw)
    docs = []
    for name in sorted(texts):
        if name in anns:
            docs.append({"name": name, "text": texts[name], "gold": parse_ann(anns[name][1])})
    return docs


def byte_to_char(text: str) -> list[int]:
    table = []
    for i, ch in enumerate(text):
        table.extend([i] * len(ch.encode("utf-8")))
    table.append(len(text))
    return table


def run_tool(binary: Path, docs: list[dict]) -> list[list[dict]]:
    with tempfile.TemporaryDirectory() as tmp:
        manifest = Path(tmp) / "manifest.tsv"
        lines = []
        for i, d in enumerate(docs):
            p = Path(tmp) / f"{i}.txt"
            p.write_text(d["text"], encoding="utf-8")
            lines.append(f"{p}\ten")
        manifest.write_text("\n".join(lines) + "\n", encoding="utf-8")
        res = subprocess.run([str(binary), "--batch", str(manifest)], capture_output=True,
                             text=True, check=True)
    out = [json.loads(line) for line in res.stdout.splitlines() if line.strip()]
    if len(out) != len(docs):
        raise RuntimeError(f"tool gave {len(out)} results for {len(docs)} texts")
    return out


def system_spans(text: str, found: list[dict]) -> dict[str, list[list[tuple[int, int]]]]:
    b2c = byte_to_char(text)
    out: dict[str, list[list[tuple[int, int]]]] = {c: [] for c in COMPONENTS}
    for a in found:
        for comp in ("source", "cue"):
            b, e = a[comp]
            if e > b:
                out[comp].append([(b2c[b], b2c[e])])
        frags = [(b2c[b], b2c[e]) for b, e in a["content"] if e > b]
        if frags:
            out["content"].append(frags)
    return out


def piece_sets(text: str, spans: dict, cuts: list[int]) -> dict[str, set[tuple[int, int]]]:
    out = {}
    for comp in COMPONENTS:
        s: set[tuple[int, int]] = set()
        for frags in spans[comp]:
            s.update(pieces(text, frags, cuts))
        out[comp] = s
    return out


def overlaps(a: tuple[int, int], others: list[tuple[int, int]]) -> bool:
    return any(a[0] < o[1] and o[0] < a[1] for o in others)


def prf(tp_p: int, n_p: int, tp_r: int, n_g: int) -> dict:
    p = tp_p / n_p if n_p else 0.0
    r = tp_r / n_g if n_g else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"p": p, "r": r, "f1": f}


def score(pairs: list[tuple[dict, dict]]) -> dict:
    """pairs: (gold piece sets, system piece sets) per article → exact and overlap P/R/F1."""
    out = {}
    for comp in COMPONENTS:
        n_g = n_p = exact = ov_g = ov_p = 0
        for gold, system in pairs:
            g, s = gold[comp], system[comp]
            n_g += len(g)
            n_p += len(s)
            exact += len(g & s)
            gl, sl = sorted(g), sorted(s)
            ov_g += sum(1 for x in gl if overlaps(x, sl))
            ov_p += sum(1 for x in sl if overlaps(x, gl))
        out[comp] = {"gold": n_g, "system": n_p, "exact": prf(exact, n_p, exact, n_g),
                     "overlap": prf(ov_p, n_p, ov_g, n_g)}
    return out


def show_misses(doc: dict, gold: dict, system: dict, limit: int) -> None:
    text = doc["text"]
    shown = 0
    for comp in COMPONENTS:
        for kind, a, b in (("missed", gold[comp], system[comp]), ("spurious", system[comp], gold[comp])):
            for x in sorted(a - b):
                if shown >= limit:
                    return
                print(f"  {comp:7} {kind:8} {text[x[0]:x[1]][:110]!r}")
                shown += 1


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", help="data directory holding polnear/ (default ../shared/data)")
    ap.add_argument("--bin", default=str(DEFAULT_BIN), help="storyline_quotes_tool")
    ap.add_argument("--split", default="dev", choices=["train", "dev", "test"])
    ap.add_argument("--limit", type=int, default=0, help="first N articles only")
    ap.add_argument("--show", type=int, default=0, help="print N misses per article (not on test)")
    ap.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = ap.parse_args()
    root = (Path(args.data) if args.data else DEFAULT_DATA).resolve() / "polnear"
    if not (root / TAR_NAME).is_file():
        print(f"skipping: {root / TAR_NAME} not found")
        return 0
    if args.show and args.split == "test":
        print("--show is refused on the test split (tune on train or dev)", file=sys.stderr)
        return 2
    binary = Path(args.bin)
    if not binary.is_file():
        print(f"{binary} not built (cmake --build build --target storyline_quotes_tool)", file=sys.stderr)
        return 3
    docs = load_split(root, args.split)
    if args.limit:
        docs = docs[:args.limit]
    found = run_tool(binary, docs)
    pairs = []
    for doc, f in zip(docs, found):
        cuts = sentence_cuts(doc["text"])
        gold = piece_sets(doc["text"], doc["gold"], cuts)
        system = piece_sets(doc["text"], system_spans(doc["text"], f), cuts)
        pairs.append((gold, system))
        if args.show:
            print(doc["name"])
            show_misses(doc, gold, system, args.show)
    result = score(pairs)
    if args.json:
        print(json.dumps({"split": args.split, "articles": len(docs), "scores": result}, indent=1))
        return 0
    print(f"polnear {args.split}: {len(docs)} articles")
    print(f"{'':8}{'gold':>7}{'system':>8}   exact P / R / F1        overlap P / R / F1")
    for comp in COMPONENTS:
        r = result[comp]
        e, o = r["exact"], r["overlap"]
        print(f"{comp:8}{r['gold']:7}{r['system']:8}   {100*e['p']:5.1f} {100*e['r']:5.1f} {100*e['f1']:5.1f}"
              f"       {100*o['p']:5.1f} {100*o['r']:5.1f} {100*o['f1']:5.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
