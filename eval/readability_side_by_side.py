#!/usr/bin/env python3
"""storyline's HTML extractor side by side with readability-lxml and Mozilla Readability (issue 3).

Runs three extractors on the same pages in the same run and scores them with the same metric:

  storyline            `storyline_extract_batch` (Extractor::Extract: charset, parse, metadata,
                       main text), timed inside the process per page.
  readability-lxml     Debian's python3-readability 0.8.1: Document(bytes).summary(), then the
                       text of the returned HTML; timed per page inside one Python process.
  mozilla-readability  npm @mozilla/readability with jsdom (`npm install` into --node-dir):
                       new JSDOM(bytes) + new Readability(doc).parse().textContent; timed per page
                       inside one Node process (jsdom's parse is included: Readability needs a DOM).

Sets:
  daniel-test  the DAnIEL report half (same split as eval/extract_eval.py, --split-seed 1):
               bag-of-words P/R/F1 per page, averaged per language group: EN, RU, and the
               others (Chinese, Greek, Polish) pooled; `--by-language` lists each language.
  aeb          scrapinghub-aeb (181 pages): AEB 4-gram metric; report only.

Speed: pages per second per core from the per-page times (reading files excluded for all
three), the ratio storyline / each other system, and each system's peak RSS. The systems take
turns on chunks of 100 pages (a fresh single-threaded process per chunk), so that the machine's
ups and downs fall on all three alike.

    python3 eval/readability_side_by_side.py [--sets daniel-test,aeb] [--tool PATH]
        [--node-dir DIR] [--limit N] [--variant NAME=ARGS]... [--also-tool NAME=PATH]...

Needs /usr/bin/python3 with python3-readability and python3-lxml (apt-get install
python3-readability), and Node.js with @mozilla/readability and jsdom installed in --node-dir
(default /tmp/storyline-readability-js: `npm install --prefix DIR @mozilla/readability jsdom`).
A missing system is reported and skipped. Skips cleanly when ../shared/data is absent.
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import extract_eval as X  # noqa: E402
from common import resolve_data  # noqa: E402

PY_READABILITY = r'''
import gzip, json, sys, time
from readability import Document
import lxml.html
out = []
for line in sys.stdin:
    path = line.strip()
    if not path:
        continue
    raw = open(path, "rb").read()
    if path.endswith(".gz"):
        raw = gzip.decompress(raw)
    t0 = time.perf_counter()
    try:
        html = Document(raw).summary(html_partial=True)
        text = lxml.html.fromstring(html).text_content() if html.strip() else ""
        ok = True
    except Exception as e:  # a page readability cannot handle counts as empty
        text, ok = "", False
    us = (time.perf_counter() - t0) * 1e6
    print(json.dumps({"path": path, "text": text, "ok": ok, "extract_us": us}))
'''

JS_READABILITY = r'''
const fs = require("fs"), zlib = require("zlib"), readline = require("readline");
const { JSDOM, VirtualConsole } = require("jsdom");
const { Readability } = require("@mozilla/readability");
const quiet = new VirtualConsole();
const rl = readline.createInterface({ input: process.stdin });
rl.on("line", (path) => {
  path = path.trim();
  if (!path) return;
  let raw = fs.readFileSync(path);
  if (path.endsWith(".gz")) raw = zlib.gunzipSync(raw);
  const t0 = process.hrtime.bigint();
  let text = "", ok = true;
  try {
    const dom = new JSDOM(raw, { virtualConsole: quiet });
    const art = new Readability(dom.window.document).parse();
    text = art && art.textContent ? art.textContent : "";
    dom.window.close();
  } catch (e) { ok = false; }
  const us = Number(process.hrtime.bigint() - t0) / 1000;
  process.stdout.write(JSON.stringify({ path, text, ok, extract_us: us }) + "\n");
});
'''


def run_lines(argv: list[str], paths: list[Path], env=None) -> tuple[dict[str, dict], int]:
    """Runs a per-page extractor process fed paths on stdin; (results by path, its peak RSS KiB)."""
    import threading
    proc = subprocess.Popen(argv, stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)

    def feed():
        proc.stdin.write("\n".join(str(p) for p in paths) + "\n")
        proc.stdin.close()
    err: list[str] = []
    writer = threading.Thread(target=feed)
    reader = threading.Thread(target=lambda: err.append(proc.stderr.read()))
    writer.start()
    reader.start()
    stdout = proc.stdout.read()
    writer.join()
    reader.join()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError("%s failed (rc %d): %s" % (argv[0], proc.returncode, "".join(err)[-2000:]))
    rows = [json.loads(line) for line in stdout.split("\n") if line.strip().startswith("{")]
    return {r["path"]: r for r in rows}, usage.ru_maxrss


def systems(args) -> list[tuple[str, list[str], dict | None]]:
    out = [("storyline", [str(args.tool)], None)]
    for variant in args.variant:
        name, _, extra = variant.partition("=")
        out.append((name, [str(args.tool)] + extra.split(), None))
    for other in args.also_tool:
        name, _, path = other.partition("=")
        out.append((name, [path], None))
    py = "/usr/bin/python3"
    probe = subprocess.run([py, "-c", "import readability, lxml.html"], capture_output=True)
    if probe.returncode == 0:
        out.append(("readability-lxml", [py, "-c", PY_READABILITY], None))
    else:
        print("skipping readability-lxml: /usr/bin/python3 cannot import readability "
              "(apt-get install python3-readability)")
    node_modules = Path(args.node_dir) / "node_modules"
    if (node_modules / "@mozilla" / "readability").exists() and (node_modules / "jsdom").exists():
        env = dict(os.environ, NODE_PATH=str(node_modules))
        out.append(("mozilla-readability", ["node", "--max-old-space-size=4096", "-e", JS_READABILITY], env))
    else:
        print("skipping mozilla-readability: %s lacks @mozilla/readability and jsdom "
              "(npm install --prefix %s @mozilla/readability jsdom)" % (node_modules, args.node_dir))
    return out


def data_and_tool(data_arg, tool: Path):
    """(data dir, None), or (None, exit code) after saying why: 0 when ../shared/data is absent
    (skip), 2 when the batch tool is not built."""
    data = resolve_data(data_arg)
    if data is None:
        print("skipping: %s not found" % (data_arg or "../shared/data"))
        return None, 0
    if not tool.exists():
        print("error: %s not found (build the storyline_extract_batch target)" % tool)
        return None, 2
    return data, None


def speed_of(results: dict[str, dict], peak_kib: int) -> dict:
    us = [r.get("extract_us", 0.0) for r in results.values()]
    total = sum(us) / 1e6
    return {"pages": len(us), "pages_per_s": len(us) / total if total else 0.0,
            "mean_ms": 1000 * total / len(us) if us else 0.0, "max_ms": max(us) / 1000 if us else 0.0,
            "peak_rss_mib": peak_kib / 1024}


def mean(rows, key):
    return sum(r[key] for r in rows) / len(rows) if rows else float("nan")


def run_set(name: str, items, page_metric, group_of, args) -> dict:
    paths = [it[1] for it in items]
    print("\n== %s (%d pages)" % (name, len(items)))
    scores, speeds = {}, {}
    # The systems take turns on chunks of 100 pages, so that a slower or busier spell of the
    # machine costs all of them alike; each chunk is a fresh process (jsdom does not give back a
    # closed window's memory), and start-up is outside the per-page times.
    runners = systems(args)
    results_of = {name: {} for name, _, _ in runners}
    peak_of = {name: 0 for name, _, _ in runners}
    for i in range(0, len(paths), 100):
        for sys_name, argv, env in runners:
            part, part_peak = run_lines(argv, paths[i:i + 100], env)
            results_of[sys_name].update(part)
            peak_of[sys_name] = max(peak_of[sys_name], part_peak)
    for sys_name, _, _ in runners:
        results, peak = results_of[sys_name], peak_of[sys_name]
        rows = []
        for it in items:
            r = results.get(str(it[1]), {})
            rows.append({"group": group_of(it), **page_metric(it[2], r.get("text", ""))})
        scores[sys_name] = rows
        speeds[sys_name] = speed_of(results, peak)
    groups = collections.OrderedDict()
    for g in ["all"] + sorted({r["group"] for r in next(iter(scores.values()))}, key=lambda g: (g == "others", g)):
        groups[g] = None
    header = "%-22s" % "group (pages)" + "".join("%22s" % s for s in scores)
    print(header)
    table = {}
    for g in groups:
        cells, row_out = [], {}
        for s, rows in scores.items():
            sel = rows if g == "all" else [r for r in rows if r["group"] == g]
            if name == "aeb":
                agg = X.aeb_aggregate(sel, bootstrap=0)
                f, p, r = agg["f1"], agg["p"], agg["r"]
            else:
                p, r, f = mean(sel, "p"), mean(sel, "r"), mean(sel, "f1")
            row_out[s] = {"n": len(sel), "f1": f, "p": p, "r": r}
            cells.append("%.3f (P %.2f R %.2f)" % (f, p, r))
        n = row_out["storyline"]["n"]
        table[g] = row_out
        print("%-22s" % ("%s (%d)" % (g, n)) + "".join("%22s" % c for c in cells))
    print("speed (pages/s per core, per-page extraction time; peak RSS):")
    base = speeds["storyline"]["pages_per_s"]
    for s, sp in speeds.items():
        ratio = "" if s == "storyline" else "  storyline is %.1fx faster" % (base / sp["pages_per_s"]) if sp["pages_per_s"] else ""
        print("  %-20s %8.1f pages/s (mean %.2f ms, max %.0f ms), peak RSS %.0f MiB%s"
              % (s, sp["pages_per_s"], sp["mean_ms"], sp["max_ms"], sp["peak_rss_mib"], ratio))
    return {"scores": table, "speed": speeds}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sets", default="daniel-test,aeb")
    ap.add_argument("--tool", type=Path, default=X.DEFAULT_TOOL)
    ap.add_argument("--node-dir", default=str(Path(tempfile.gettempdir()) / "storyline-readability-js"))
    ap.add_argument("--data", default=None)
    ap.add_argument("--cache", type=Path, default=X.DEFAULT_CACHE)
    ap.add_argument("--split-seed", type=int, default=1)
    ap.add_argument("--limit", type=int, default=0, help="first N pages of each set (0 = all)")
    ap.add_argument("--by-language", action="store_true", help="DAnIEL: one group per language")
    ap.add_argument("--variant", action="append", default=[], metavar="NAME=ARGS",
                    help="also run --tool with these arguments as system NAME, in the same turns "
                         "(e.g. storyline-no-prescan=--no-prescan)")
    ap.add_argument("--also-tool", action="append", default=[], metavar="NAME=PATH",
                    help="also run another storyline_extract_batch build as system NAME, in the same "
                         "turns (e.g. before=/tmp/main-build/src/extract/storyline_extract_batch)")
    ap.add_argument("--json")
    args = ap.parse_args(argv)
    data, rc = data_and_tool(args.data, args.tool)
    if data is None:
        return rc
    out = {}
    for name in [s.strip() for s in args.sets.split(",") if s.strip()]:
        if name == "daniel-test":
            items = X.load_daniel(data, args.cache, "test", args.split_seed)

            def group(it, each=args.by_language):
                return it[3] if each else {"English": "en", "Russian": "ru"}.get(it[3], "others")
            metric = X.word_page
        elif name == "aeb":
            items = [(k, p, g, "all") for k, p, g in X.load_aeb(data, args.cache)]

            def group(it):
                return "all"
            metric = X.aeb_page
        else:
            print("unknown set %s" % name)
            return 2
        if args.limit:
            items = items[: args.limit]
        out[name] = run_set(name, items, metric, group, args)
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
