#!/usr/bin/env python3
"""Article-extraction quality harness (issue 3): main text from HTML against gold bodies.

Sets (each folder's PROVENANCE.md describes the metric, re-implemented here):
  aeb          scrapinghub-aeb, 181 pages. Word 4-gram shingle multisets; P and R macro-averaged
               over pages, F1 = harmonic mean of the two means; accuracy = exact token sequence.
               Report only: the data README says the set is too small to tune on.
  wcxb-dev     wcxb-articles dev/ (711 pages): tuning. Word F1 per page (sets of lower-cased
  wcxb-test    wcxb-articles test/ (257 pages): report.   whitespace tokens, see wcxb_page), averaged.
  daniel-tune  daniel-extraction, the half chosen by --split-seed (tuning) / the other half (report);
  daniel-test  bag-of-words P/R/F1 per page (CJK: one token per character), averaged, per language.
  aeb-text     scrapinghub-aeb as plain-text scrapes (issue 3 item 3): each page turned into the
               text a naive scraper saves (all visible text in document order, one line per block,
               see naive_scrape), run through the .txt path (--text), scored with the AEB metric
               beside the scrape itself ("keep everything"). Report only, never tuned on.
  wcxb-dev-text, wcxb-test-text, daniel-tune-text, daniel-test-text: the same pages as naive
               text scrapes through the .txt path, each with its set's metric, beside keep
               everything; the -dev/-tune scrapes are for tuning the scrape cleaner.
  dates-default     htmldate-eval eval_default.json (800 pages, BBAW): publication-date tuning.
  dates-mediacloud  htmldate-eval eval_mediacloud_2020.json (200 news pages): report. Per page
               (upstream tests/evaluation.py): the day we output == gold -> TP, another day -> FP,
               none -> FN; P, R, accuracy TP/(TP+FP+FN), F1 = 2TP/(2TP+FP+FN). Like upstream, the
               page's URL is not given to the extractor (only what the HTML itself says).

  --check-published   scores the saved outputs of other systems in scrapinghub-aeb (and the
                      rs-trafilatura pages saved in wcxb-articles) with this metric code, to check it
                      against the published figures.

Runs the hidden tool `storyline_extract_batch` once per set (one process, one core) and reports
pages per second per core from the time spent in Extractor::Extract alone. Skips with a message
(exit 0) when ../shared/data is absent. Standard library only.
"""

from __future__ import annotations

import argparse
import collections
import gzip
import json
import random
import re
import resource
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import REPO_ROOT, resolve_data  # noqa: E402

DEFAULT_TOOL = REPO_ROOT / "build-extract" / "src" / "extract" / "storyline_extract_batch"
DEFAULT_CACHE = Path(tempfile.gettempdir()) / "storyline-extract-eval"

_WORD = re.compile(r"\w+")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]")

# Published figures beside which ours are printed (PROVENANCE.md of each folder).
PUBLISHED_AEB = {  # system: (F1, P, R)
    "rs_trafilatura": (0.970, 0.951, 0.990), "go_trafilatura": (0.960, 0.940, 0.980),
    "trafilatura": (0.958, 0.938, 0.978), "readability_js": (0.947, 0.914, 0.982),
    "newspaper": (0.949, 0.964, 0.934), "go_readability": (0.934, 0.900, 0.971),
    "go_domdistiller": (0.927, 0.901, 0.956), "readability": (0.922, 0.913, 0.931),
    "goose3": (0.896, 0.940, 0.856), "dom_smoothie": (0.865, None, None),
    "justext": (0.804, None, None), "boilerpipe_rs": (0.739, None, None),
    "boilerpipe": (0.860, 0.850, 0.870), "html-text": (0.665, 0.500, 0.994),
    "beautifulsoup": (0.665, 0.500, 0.994), "news_please": (0.948, None, None),
    "AutoExtract": (0.970, None, None), "Diffbot": (0.951, None, None), "dragnet": (0.907, None, None),
}
PUBLISHED_DATES = ("htmldate-eval, both parts pooled (1,000 pages), P/R/Acc/F1: htmldate 1.10.0 extensive "
                   "0.908/0.993/0.903/0.949, fast 0.924/0.927/0.861/0.925; newspaper4k 0.912/0.728/0.680/0.810; "
                   "goose3 0.930/0.568/0.545/0.706")
PUBLISHED_WCXB = "dev (articles) word F1: rs-trafilatura 0.932, Trafilatura 0.926, dom-smoothie 0.908, Readability 0.825"


# ---------------------------------------------------------------- metrics

def aeb_tokens(text: str | None) -> list[str]:
    return _WORD.findall(text or "")


def shingles(tokens: list[str], n: int = 4) -> collections.Counter:
    return collections.Counter(tuple(tokens[i:i + n]) for i in range(len(tokens) - n + 1))


def multiset_counts(gold: collections.Counter, pred: collections.Counter) -> tuple[int, int, int]:
    """(TP, FP, FN) of two multisets."""
    tp = sum((gold & pred).values())
    return tp, sum(pred.values()) - tp, sum(gold.values()) - tp


def ratio(num: float, den: float, empty: float) -> float:
    return num / den if den else empty


def aeb_page(gold: str, pred: str) -> dict:
    """One page: shingle P and R. A prediction without shingles has no precision (None: left out
    of the P mean, as the published figures do) and recall 0; both empty is P = R = 1."""
    g, p = aeb_tokens(gold), aeb_tokens(pred)
    tp, fp, fn = multiset_counts(shingles(g), shingles(p))
    if tp + fp + fn == 0:
        return {"p": 1.0, "r": 1.0, "exact": g == p}
    return {"p": ratio(tp, tp + fp, None), "r": ratio(tp, tp + fn, 0.0), "exact": g == p}


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def aeb_aggregate(pages: list[dict], bootstrap: int = 1000, seed: int = 0) -> dict:
    """Macro P and R, F1 of the means, accuracy; ± = bootstrap std of F1 over pages."""
    def summary(rows):
        defined = [x["p"] for x in rows if x["p"] is not None]
        p = sum(defined) / len(defined) if defined else 0.0
        r = sum(x["r"] for x in rows) / len(rows)
        return p, r, f1(p, r)
    p, r, f = summary(pages)
    rng = random.Random(seed)
    samples = [summary([rng.choice(pages) for _ in pages])[2] for _ in range(bootstrap)] if bootstrap else [f]
    mean = sum(samples) / len(samples)
    std = (sum((s - mean) ** 2 for s in samples) / len(samples)) ** 0.5
    return {"n": len(pages), "p": p, "r": r, "f1": f, "f1_std": std,
            "accuracy": sum(x["exact"] for x in pages) / len(pages)}


def word_tokens(text: str | None) -> list[str]:
    """Lower-cased \\w+ tokens; a run of CJK characters counts one token per character."""
    out = []
    for tok in _WORD.findall((text or "").lower()):
        out.extend(_CJK.sub(lambda m: " " + m.group(0) + " ", tok).split() if _CJK.search(tok) else [tok])
    return out


def word_page(gold: str, pred: str) -> dict:
    """One page: bag-of-words P, R, F1 (WCXB; DAnIEL's token-level measure)."""
    g, p = collections.Counter(word_tokens(gold)), collections.Counter(word_tokens(pred))
    tp, fp, fn = multiset_counts(g, p)
    both_empty = tp + fp + fn == 0
    pr = ratio(tp, tp + fp, 1.0 if both_empty else 0.0)
    rc = ratio(tp, tp + fn, 1.0 if both_empty else 0.0)
    return {"p": pr, "r": rc, "f1": 1.0 if both_empty else f1(pr, rc)}


def wcxb_page(gold: str, pred: str) -> dict:
    """One page, as WCXB's saved per-page scores compute it: the SETS of lower-cased
    whitespace-separated tokens (PROVENANCE says \\w+ multisets, but only sets of split() tokens
    reproduce the saved rs-trafilatura page scores, to 4 decimals)."""
    g, p = set((gold or "").lower().split()), set((pred or "").lower().split())
    tp = len(g & p)
    if not g and not p:
        return {"p": 1.0, "r": 1.0, "f1": 1.0}
    pr, rc = ratio(tp, len(p), 0.0), ratio(tp, len(g), 0.0)
    return {"p": pr, "r": rc, "f1": f1(pr, rc)}


def norm_field(text: str | None) -> str:
    """Lower case, \\w+ tokens joined by one space: "Dana  Whitfield," == "dana whitfield"."""
    return " ".join(_WORD.findall((text or "").lower()))


def wcxb_metadata(gold: list[dict], results: list[dict]) -> dict:
    """Title / author / date accuracy over the pages whose gold field is not empty (PROVENANCE
    names the fields but no metric): title and author exact after norm_field (author also
    "contained": gold inside ours or ours inside gold), title word F1 mean, date = same day."""
    out = {}
    for field, key in (("title", "title"), ("author", "author"), ("date", "publish_date")):
        pairs = [(g.get(key) or "", r) for g, r in zip(gold, results) if (g.get(key) or "").strip()]
        if field == "date":
            hits = sum(result_day(r) == g[:10] for g, r in pairs)
            out[field] = {"n": len(pairs), "acc": ratio(hits, len(pairs), 0.0),
                          "found": ratio(sum(result_day(r) is not None for _, r in pairs), len(pairs), 0.0)}
            continue
        ours = [(norm_field(g), norm_field(r.get(field))) for g, r in pairs]
        row = {"n": len(pairs), "acc": ratio(sum(a == b for a, b in ours), len(pairs), 0.0),
               "found": ratio(sum(bool(b) for _, b in ours), len(pairs), 0.0)}
        if field == "author":
            row["contained"] = ratio(sum(bool(b) and (a in b or b in a) for a, b in ours), len(pairs), 0.0)
        else:
            row["word_f1"] = ratio(sum(word_page(a, b)["f1"] for a, b in ours), len(pairs), 0.0)
        out[field] = row
    return out


def word_aggregate(pages: list[dict]) -> dict:
    n = len(pages)
    return {"n": n, **{k: sum(x[k] for x in pages) / n for k in ("p", "r", "f1")}}


def date_counts(rows: list[tuple[str | None, str]]) -> dict:
    """(predicted day or None, gold day) pairs -> htmldate's P, R, accuracy, F1."""
    tp = sum(p is not None and p == g for p, g in rows)
    fp = sum(p is not None and p != g for p, g in rows)
    fn = sum(p is None for p, g in rows)
    return {"n": len(rows), "tp": tp, "fp": fp, "fn": fn, "p": ratio(tp, tp + fp, 0.0), "r": ratio(tp, tp + fn, 0.0),
            "accuracy": ratio(tp, tp + fp + fn, 0.0), "f1": ratio(2 * tp, 2 * tp + fp + fn, 0.0)}


# ---------------------------------------------------------------- data

def extracted_tar(tar_path: Path, dest: Path) -> Path:
    """Unpacks a data tarball once into the cache."""
    stamp = dest / ".done"
    if not stamp.exists():
        dest.mkdir(parents=True, exist_ok=True)
        with tarfile.open(tar_path) as t:
            t.extractall(dest, filter="data") if sys.version_info >= (3, 12) else t.extractall(dest)
        stamp.write_text("ok")
    return dest


def load_aeb(data: Path, cache: Path) -> list[tuple[str, Path, str]]:
    folder = data / "scrapinghub-aeb"
    gold = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    return [(k, folder / "html" / (k + ".html.gz"), v["articleBody"]) for k, v in sorted(gold.items())]


def load_wcxb(data: Path, cache: Path, split: str) -> list[tuple[str, Path, str, dict]]:
    """(id, html, gold main text, gold fields: title, author, publish_date)."""
    folder = data / "wcxb-articles"
    root = extracted_tar(folder / "html-articles.tar", cache / "wcxb")
    extracted_tar(folder / "ground-truth-articles.tar.xz", cache / "wcxb-gt")
    items = []
    for gt in sorted((cache / "wcxb-gt" / split / "ground-truth").glob("*.json")):
        g = json.loads(gt.read_text(encoding="utf-8"))["ground_truth"]
        items.append((gt.stem, root / split / "html" / (gt.stem + ".html.gz"), g.get("main_content") or "", g))
    return items


def daniel_reference_text(raw: str) -> str | None:
    """The reference's paragraphs as text; None for the reference that is really a raw HTML page."""
    if re.search(r"<(html|head|body|script)\b", raw[:5000], re.I):
        return None
    return "\n\n".join(re.sub(r"</?p[^>]*>", " ", line).strip() for line in raw.splitlines() if line.strip())


def load_daniel(data: Path, cache: Path, half: str, split_seed: int) -> list[tuple[str, Path, str]]:
    folder = data / "daniel-extraction"
    root = extracted_tar(folder / "corpus.tar.xz", cache / "daniel")
    langs = json.loads((folder / "doc_lg.json").read_text(encoding="utf-8"))
    items = []
    for html in sorted((root / "html").iterdir()):
        ref = root / "reference" / html.name
        if not ref.exists():
            continue
        text = daniel_reference_text(ref.read_bytes().decode("utf-8", "replace"))
        if text is not None:
            items.append((html.name, html, text))
    ids = sorted(i[0] for i in items)
    random.Random(split_seed).shuffle(ids)
    tune = set(ids[: len(ids) // 2])
    keep = [i for i in items if (i[0] in tune) == (half == "tune")]
    return [(k, p, g, langs.get(k, "?")) for k, p, g in keep]


def load_dates(data: Path, cache: Path, part: str) -> list[tuple[str, Path, str]]:
    """(url, file, gold day); files resolved as upstream's load_document does."""
    folder = data / "htmldate-eval"
    root = extracted_tar(folder / "html.tar.xz", cache / "htmldate")
    gold = json.loads((folder / ("eval_%s.json" % part)).read_text(encoding="utf-8"))
    items = []
    for url, v in gold.items():
        path = next((root / d / v["file"] for d in ("test_set", "cache", "eval") if (root / d / v["file"]).is_file()), None)
        if path is not None:
            items.append((url, path, v["date"]))
    return items


_BLOCK_TAGS = {"address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure",
               "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p",
               "pre", "section", "table", "td", "th", "tr", "ul", "title", "option", "button", "label"}
_HIDDEN_TAGS = {"script", "style", "noscript", "template", "svg", "head"}


def naive_scrape(html: str) -> str:
    """All visible text in document order, one line per block: what a naive scraper saves."""
    from html.parser import HTMLParser

    class Scraper(HTMLParser):
        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.lines, self.cur, self.hidden = [], [], 0

        def flush(self):
            line = " ".join("".join(self.cur).split())
            if line:
                self.lines.append(line)
            self.cur = []

        def handle_starttag(self, tag, attrs):
            if tag in _HIDDEN_TAGS:
                self.hidden += 1
            elif tag in _BLOCK_TAGS:
                self.flush()

        def handle_endtag(self, tag):
            if tag in _HIDDEN_TAGS:
                self.hidden = max(0, self.hidden - 1)
            elif tag in _BLOCK_TAGS:
                self.flush()

        def handle_data(self, data):
            if not self.hidden:
                self.cur.append(data)

    sc = Scraper()
    sc.feed(html)
    sc.close()
    sc.flush()
    return "\n".join(sc.lines) + "\n"


# ---------------------------------------------------------------- running

# Flags given to the batch tool on every run (set from the command line: --normalize).
EXTRA_TOOL_FLAGS: list[str] = []


def run_tool(tool: Path, paths: list[Path], text: bool = False, keep_empty: bool = False,
             date_fallback: bool = False) -> tuple[dict[str, dict], float, int]:
    """Runs the batch tool once on all paths; (results by path, wall seconds, peak RSS KiB).
    keep_empty: pages without article text still give their metadata (`--keep-empty`);
    date_fallback: pages that mark no date get the page's most written date (`--date-fallback`)."""
    start = time.monotonic()
    flags = ((["--text"] if text else []) + (["--keep-empty"] if keep_empty else [])
             + (["--date-fallback"] if date_fallback else []) + EXTRA_TOOL_FLAGS)
    proc = subprocess.run([str(tool)] + flags, input="\n".join(str(p) for p in paths) + "\n",
                          capture_output=True, text=True, check=True)
    wall = time.monotonic() - start
    rows = [json.loads(line) for line in proc.stdout.split("\n") if line.strip()]
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return {r["path"]: r for r in rows}, wall, peak


def speed(results: dict[str, dict], wall: float, peak_kib: int) -> dict:
    us = [r.get("extract_us", 0.0) for r in results.values()]
    total = sum(us)
    return {"pages": len(us), "extract_s": total / 1e6, "pages_per_s_core": len(us) / (total / 1e6) if total else 0,
            "mean_ms": total / len(us) / 1000 if us else 0, "max_ms": max(us) / 1000 if us else 0,
            "wall_s": wall, "peak_rss_mib": peak_kib / 1024}


def print_speed(s: dict) -> None:
    print("speed: %d pages, %.1f pages/s per core (Extract only: mean %.3f ms, max %.1f ms); "
          "wall %.2f s incl. reading + gunzip; peak RSS %.0f MiB"
          % (s["pages"], s["pages_per_s_core"], s["mean_ms"], s["max_ms"], s["wall_s"], s["peak_rss_mib"]))


def eval_aeb(args, data, cache, out: dict) -> None:
    items = load_aeb(data, cache)
    results, wall, peak = run_tool(args.tool, [p for _, p, _ in items])
    pages = [aeb_page(g, results[str(p)].get("text", "")) for _, p, g in items]
    agg = aeb_aggregate(pages)
    s = speed(results, wall, peak)
    failed = sum(not results[str(p)].get("ok") for _, p, _ in items)
    print("\n== scrapinghub-aeb (%d pages; %d extraction errors) — report only, not for tuning" % (agg["n"], failed))
    print("%-26s %6s %6s %6s %6s" % ("system", "F1", "P", "R", "acc"))
    print("%-26s %6.3f %6.3f %6.3f %6.3f  (± %.3f)" % ("storyline", agg["f1"], agg["p"], agg["r"],
                                                      agg["accuracy"], agg["f1_std"]))
    for name in ("rs_trafilatura", "trafilatura", "newspaper", "readability_js", "readability"):
        f, p, r = PUBLISHED_AEB[name]
        print("%-26s %6.3f %6.3f %6.3f   (published)" % (name, f, p, r))
    print_speed(s)
    out["aeb"] = {**agg, "speed": s}


def eval_aeb_text(args, data, cache, out: dict) -> None:
    items = load_aeb(data, cache)
    folder = cache / "aeb-scrapes"
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for key, html_path, _ in items:
        path = folder / (key + ".txt")
        if not path.exists():
            raw = gzip.decompress(html_path.read_bytes()).decode("utf-8", "replace")
            path.write_text(naive_scrape(raw), encoding="utf-8")
        paths.append(path)
    results, wall, peak = run_tool(args.tool, paths, text=True)
    ours = aeb_aggregate([aeb_page(g, results[str(p)].get("text", "")) for (_, _, g), p in zip(items, paths)])
    keep = aeb_aggregate([aeb_page(g, p.read_text(encoding="utf-8")) for (_, _, g), p in zip(items, paths)])
    print("\n== scrapinghub-aeb as naive text scrapes (%d pages) — report only" % ours["n"])
    print("%-26s %6s %6s %6s" % ("", "F1", "P", "R"))
    print("%-26s %6.3f %6.3f %6.3f  (± %.3f)" % ("storyline .txt path", ours["f1"], ours["p"], ours["r"], ours["f1_std"]))
    print("%-26s %6.3f %6.3f %6.3f" % ("keep everything (scrape)", keep["f1"], keep["p"], keep["r"]))
    print("%-26s %6.3f %6.3f %6.3f   (published all-text baseline)" % ("html-text", *PUBLISHED_AEB["html-text"]))
    print_speed(speed(results, wall, peak))
    out["aeb-text"] = {**ours, "keep_everything": keep}


def decode_html(raw: bytes) -> str:
    """Page bytes as text for naive_scrape: UTF-8, else the charset the page declares, else cp1252."""
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    m = re.search(rb"charset=[\"']?([A-Za-z0-9_.:-]+)", raw[:4096], re.I)
    for enc in ([m.group(1).decode("ascii")] if m else []) + ["cp1252"]:
        try:
            return raw.decode(enc, "replace")
        except LookupError:
            continue
    return raw.decode("latin-1")


def write_scrapes(folder: Path, items) -> list[Path]:
    """Each item's page (it[1], .gz or not) as a naive scrape folder/<id>.txt, written once."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for it in items:
        path = folder / (re.sub(r"[^\w.-]", "_", it[0]) + ".txt")
        if not path.exists():
            raw = it[1].read_bytes()
            raw = gzip.decompress(raw) if it[1].name.endswith(".gz") else raw
            path.write_text(naive_scrape(decode_html(raw)), encoding="utf-8")
        paths.append(path)
    return paths


def eval_word_text_set(name: str, items, args, out: dict, by_lang: bool = False) -> None:
    """A word-F1 set's pages as naive scrapes through the .txt path, beside keep-everything
    (issue 3 item 3); same page metric as the HTML set of the same corpus."""
    page_metric = wcxb_page if name.startswith("wcxb") else word_page
    paths = write_scrapes(args.cache / (name + "-scrapes"), items)
    results, wall, peak = run_tool(args.tool, paths, text=True)
    rows, keep = [], []
    for it, path in zip(items, paths):
        lang = it[3] if by_lang else "all"
        rows.append({"id": it[0], "lang": lang, **page_metric(it[2], results[str(path)].get("text", ""))})
        keep.append({"id": it[0], "lang": lang, **page_metric(it[2], path.read_text(encoding="utf-8"))})
    ours, kept = word_aggregate(rows), word_aggregate(keep)
    print("\n== %s (%d pages as naive text scrapes)" % (name, ours["n"]))
    print("%-26s %6s %6s %6s" % ("", "F1", "P", "R"))
    print("%-26s %6.3f %6.3f %6.3f" % ("storyline .txt path", ours["f1"], ours["p"], ours["r"]))
    print("%-26s %6.3f %6.3f %6.3f" % ("keep everything (scrape)", kept["f1"], kept["p"], kept["r"]))
    out[name] = {**ours, "keep_everything": kept,
                 "pages": [{k: x[k] for k in ("id", "lang", "p", "r", "f1")} for x in rows]}
    if by_lang:
        for lang in sorted({x["lang"] for x in rows}):
            g = word_aggregate([x for x in rows if x["lang"] == lang])
            k = word_aggregate([x for x in keep if x["lang"] == lang])
            print("   %-8s n=%4d  F1 %.3f (keep %.3f)  P %.3f  R %.3f" % (lang, g["n"], g["f1"], k["f1"], g["p"], g["r"]))
            out[name]["lang_" + lang] = g
    print_speed(speed(results, wall, peak))
    if args.worst and not name.endswith("test"):
        for x, k, path in sorted(zip(rows, keep, paths), key=lambda t: t[0]["f1"] - t[1]["f1"])[: args.worst]:
            print("   worst %-12s P %.3f R %.3f F1 %.3f (keep %.3f) %s %s"
                  % (x["id"][:40], x["p"], x["r"], x["f1"], k["f1"], x["lang"], path))


def eval_word_set(name: str, items, args, out: dict, by_lang: bool = False) -> None:
    page_metric = wcxb_page if name.startswith("wcxb") else word_page
    results, wall, peak = run_tool(args.tool, [it[1] for it in items])
    rows = []
    for it in items:
        r = results[str(it[1])]
        rows.append({"id": it[0], "lang": it[3] if by_lang else "all", "ok": r.get("ok", False),
                     **page_metric(it[2], r.get("text", ""))})
    agg = word_aggregate(rows)
    failed = sum(not x["ok"] for x in rows)
    print("\n== %s (%d pages; %d extraction errors): word P %.3f  R %.3f  F1 %.3f"
          % (name, agg["n"], failed, agg["p"], agg["r"], agg["f1"]))
    out[name] = {**agg, "speed": speed(results, wall, peak),
                 "pages": [{k: x[k] for k in ("id", "lang", "p", "r", "f1")} for x in rows]}
    if by_lang:
        groups = collections.defaultdict(list)
        for x in rows:
            groups[x["lang"]].append(x)
        for lang in sorted(groups):
            g = word_aggregate(groups[lang])
            print("   %-8s n=%4d  P %.3f  R %.3f  F1 %.3f" % (lang, g["n"], g["p"], g["r"], g["f1"]))
            out[name]["lang_" + lang] = g
    if name.startswith("wcxb"):
        print("   published, " + PUBLISHED_WCXB)
        meta = wcxb_metadata([it[4] for it in items], [results[str(it[1])] for it in items])
        out[name]["metadata"] = meta
        for field, row in meta.items():
            extra = " ".join("%s %.3f" % (k, v) for k, v in row.items() if k not in ("n", "acc", "found"))
            print("   %-6s n=%3d  accuracy %.3f  (found %.3f) %s" % (field, row["n"], row["acc"], row["found"], extra))
    print_speed(out[name]["speed"])
    if args.worst and not name.endswith("test"):
        for x in sorted(rows, key=lambda x: x["f1"])[: args.worst]:
            print("   worst %-12s P %.3f R %.3f F1 %.3f %s" % (x["id"][:60], x["p"], x["r"], x["f1"], x["lang"]))


def result_day(r: dict) -> str | None:
    """The day the extractor gave, as written on the page when it says so (published_local),
    else the UTC day of `published`."""
    if r.get("published_local"):
        return r["published_local"][:10]
    if r.get("published") is not None:
        return time.strftime("%Y-%m-%d", time.gmtime(r["published"]))
    return None


def eval_dates(name: str, items, args, out: dict) -> None:
    # A date benchmark scores the date of every page: one whose article text the extractor
    # rejects (a script-rendered shell) still has its metadata, as for any date extractor.
    results, wall, peak = run_tool(args.tool, [p for _, p, _ in items], keep_empty=not args.no_keep_empty,
                                   date_fallback=args.date_fallback)
    rows = [(result_day(results[str(p)]), g) for _, p, g in items]
    agg = date_counts(rows)
    sources = collections.Counter(results[str(p)].get("published_source") or "-" for _, p, _ in items)
    print("\n== %s (%d pages): date P %.3f  R %.3f  acc %.3f  F1 %.3f  (TP %d FP %d FN %d)"
          % (name, agg["n"], agg["p"], agg["r"], agg["accuracy"], agg["f1"], agg["tp"], agg["fp"], agg["fn"]))
    print("   published, " + PUBLISHED_DATES)
    by_source = collections.defaultdict(lambda: [0, 0])
    for (_, p, g), (day, _) in zip(items, rows):
        src = results[str(p)].get("published_source") or "-"
        by_source[src][0] += 1
        by_source[src][1] += day == g
    print("   by source: " + ", ".join("%s %d/%d" % (k, v[1], v[0]) for k, v in sorted(by_source.items(), key=lambda kv: -kv[1][0])))
    print_speed(speed(results, wall, peak))
    out[name] = {**agg, "sources": dict(sources)}
    if args.worst and name == "dates-default":
        for (url, p, g), (day, _) in zip(items, rows):
            if day != g:
                r = results[str(p)]
                print("   miss %s gold %s got %s via %s  %s" % (p.name, g, day, r.get("published_source"), url[:90]))


def check_published(data: Path, cache: Path) -> None:
    """Scores the saved system outputs with this metric code, beside the published figures."""
    folder = data / "scrapinghub-aeb"
    gold = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    root = extracted_tar(folder / "system-outputs.tar.xz", cache / "aeb-outputs")
    print("== scrapinghub-aeb: metric check on the saved outputs (ours | published)")
    print("%-22s %6s %6s %6s %6s | %6s %6s %6s" % ("system", "F1", "P", "R", "acc", "F1", "P", "R"))
    worst = 0.0
    for path in sorted((root / "output").glob("*.json")):
        pred = json.loads(path.read_text(encoding="utf-8"))
        pred = pred.get("output", pred) if "version" in pred else pred
        pages = [aeb_page(g["articleBody"], (pred.get(k) or {}).get("articleBody") or "") for k, g in gold.items()]
        a = aeb_aggregate(pages, bootstrap=0)
        pub = PUBLISHED_AEB.get(path.stem)
        pub_s = " ".join("%6s" % ("%.3f" % v if v is not None else "-") for v in pub) if pub else ""
        if pub:
            worst = max([worst] + [abs(round(x, 3) - v) for x, v in zip((a["f1"], a["p"], a["r"]), pub) if v])
        print("%-22s %6.3f %6.3f %6.3f %6.3f | %s" % (path.stem, a["f1"], a["p"], a["r"], a["accuracy"], pub_s))
    print("largest difference from a published figure (rounded to 3 places): %.3f" % worst)
    rs = json.loads(subprocess.run(["xz", "-dc", str(data / "wcxb-articles" / "rs-trafilatura_results.test.json.xz")],
                                   capture_output=True, text=True, check=True).stdout)
    gts = {}
    extracted_tar(data / "wcxb-articles" / "ground-truth-articles.tar.xz", cache / "wcxb-gt")
    for gt in (cache / "wcxb-gt" / "test" / "ground-truth").glob("*.json"):
        gts[gt.stem] = json.loads(gt.read_text(encoding="utf-8"))["ground_truth"]["main_content"]
    print("== wcxb-articles: rs-trafilatura pages saved with their per-page scores (ours | saved)")
    for r in rs["results"]:
        if r["file_id"] in gts:
            w = wcxb_page(gts[r["file_id"]], r["extracted"]["main_content"])
            e = r["evaluation"]
            print("  %s  P %.4f R %.4f F1 %.4f | P %.4f R %.4f F1 %.4f" % (
                r["file_id"], w["p"], w["r"], w["f1"], e["content_precision"], e["content_recall"], e["content_f1"]))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", default="aeb,wcxb-test", help="aeb,aeb-text,wcxb-dev,wcxb-test,daniel-tune,daniel-test,dates-default,dates-mediacloud,"
                    "wcxb-dev-text,wcxb-test-text,daniel-tune-text,daniel-test-text")
    ap.add_argument("--tool", type=Path, default=DEFAULT_TOOL, help="storyline_extract_batch binary")
    ap.add_argument("--data", default=None, help="data folder (default ../shared/data)")
    ap.add_argument("--cache", type=Path, default=DEFAULT_CACHE, help="where tarballs are unpacked once")
    ap.add_argument("--split-seed", type=int, default=1, help="DAnIEL tune/test split seed")
    ap.add_argument("--worst", type=int, default=0, help="list the N worst pages of tuning sets only")
    ap.add_argument("--check-published", action="store_true", help="score saved outputs of other systems")
    ap.add_argument("--date-fallback", action="store_true",
                    help="date sets: pages that mark no date get the date written most often in them "
                         "(the extractor's date_fallback, like htmldate's extensive search)")
    ap.add_argument("--normalize", action="store_true",
                    help="score the title and text after the pipeline's normalisation (NFC, whitespace, "
                         "mojibake repair), i.e. what `storyline extract` prints, not the extract stage alone")
    ap.add_argument("--no-keep-empty", action="store_true",
                    help="date sets: count pages without article text as finding no date (the old way)")
    ap.add_argument("--json", type=Path, help="save the figures")
    args = ap.parse_args()
    if args.normalize:
        EXTRA_TOOL_FLAGS.append("--normalize")
    data = resolve_data(args.data)
    if data is None:
        print("skipping: ../shared/data not found")
        return 0
    if args.check_published:
        check_published(data, args.cache)
        return 0
    if not args.tool.exists():
        print("no tool at %s: cmake --build build-extract --target storyline_extract_batch" % args.tool)
        return 2
    out: dict = {}
    for name in args.sets.split(","):
        if name == "aeb":
            eval_aeb(args, data, args.cache, out)
        elif name == "aeb-text":
            eval_aeb_text(args, data, args.cache, out)
        elif name in ("wcxb-dev", "wcxb-test"):
            eval_word_set(name, [(k, p, g, "", m) for k, p, g, m in load_wcxb(data, args.cache, name[5:])], args, out)
        elif name in ("dates-default", "dates-mediacloud"):
            eval_dates(name, load_dates(data, args.cache, "default" if name == "dates-default" else "mediacloud_2020"),
                       args, out)
        elif name in ("wcxb-dev-text", "wcxb-test-text"):
            eval_word_text_set(name, [(k, p, g, "", m) for k, p, g, m in load_wcxb(data, args.cache, name[5:-5])],
                               args, out)
        elif name in ("daniel-tune-text", "daniel-test-text"):
            eval_word_text_set(name, load_daniel(data, args.cache, name[7:-5], args.split_seed), args, out, by_lang=True)
        elif name in ("daniel-tune", "daniel-test"):
            eval_word_set(name, load_daniel(data, args.cache, name[7:], args.split_seed), args, out, by_lang=True)
        else:
            print("unknown set %s" % name)
            return 2
    if args.json:
        args.json.write_text(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
