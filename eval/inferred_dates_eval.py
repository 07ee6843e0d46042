#!/usr/bin/env python3
"""Publication dates inferred from the story (issue 5): a gold made by hiding known dates.

No public gold exists for inferred publication dates, so one is made from dated sets: a fixed-seed
share of the articles (default 25 %) is given to `storyline cluster` without its `published`;
every other field stays. For each hidden article the output's `published` (with
`published_from` = "story") is compared with the hidden true day:

  coverage   share of hidden articles that got a date at all (an undated article whose story
             has no dated member stays undated);
  exact      share of the dated ones on the right day; within 1 / 3 / 7 days; median error.

Sets: duc (DUC 2003/04 events, every article dated, 3 months of 1998), galaxy (Wikinews events,
dated articles only). The clustering itself changes a little too, since dates feed the time
decay; the figures measure the whole behaviour a user sees.

    python3 eval/inferred_dates_eval.py [--bin PATH] [--sets duc,galaxy] [--share 0.25] [--seed 1]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import cluster_eval as CE  # noqa: E402
import common as C  # noqa: E402


def day(s: str | None) -> dt.date | None:
    return dt.date.fromisoformat(s[:10]) if s else None


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default=str(C.DEFAULT_BIN))
    ap.add_argument("--sets", default="duc,galaxy")
    ap.add_argument("--share", type=float, default=0.25)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--data", default=None)
    args = ap.parse_args(argv)
    data = C.resolve_data(args.data)
    if data is None:
        print("skipping: %s not found" % (args.data or "../shared/data"))
        return 0
    if not Path(args.bin).exists():
        print("error: binary %s not found" % args.bin)
        return 2
    print("| set | dated articles | hidden | coverage | exact day | within 1 / 3 / 7 days | median error (days) |")
    print("|---|---|---|---|---|---|---|")
    text_errors: dict[str, list] = {}
    for name in [s.strip() for s in args.sets.split(",") if s.strip()]:
        text_errors[name] = []
        recs, _ = CE.load_set(name, data, "none")
        recs = [r for r in recs if r.get("published")]
        rng = random.Random(args.seed)
        hidden = {r["id"]: day(r["published"]) for r in rng.sample(recs, int(len(recs) * args.share))}
        inputs = [{**r, "published": None} if r["id"] in hidden else r for r in recs]
        inputs = [{k: v for k, v in r.items() if v is not None} for r in inputs]
        with tempfile.TemporaryDirectory(prefix="storyline-dates-") as td:
            inp, out, log = Path(td) / "in.jsonl", Path(td) / "out.json", Path(td) / "log"
            C.write_jsonl(inp, C.stream_order(inputs, args.seed))
            argv_run = C.build_cmd(C.DEFAULT_CMD, args.bin, [str(inp)], str(out), None, "")
            run = C.run_measured(argv_run, log)
            if run["rc"] != 0:
                print("clusterer failed on %s:\n%s" % (name, C.tail(log)))
                return 1
            import json
            doc = json.loads(out.read_text(encoding="utf-8"))
        got = {a["id"]: (day(a.get("published")), a.get("published_from"), a.get("published_source"))
               for a in doc["articles"]}
        errors, recovered = [], 0
        for aid, truth in hidden.items():
            d, source, how = got.get(aid, (None, None, None))
            if d is None:
                continue
            if source == "text":  # from the article's own text (a full date, a weekday date)
                text_errors[name].append((how, abs((d - truth).days)))
                recovered += 1
                continue
            if source != "story":  # found again from its metadata (a date in its URL)
                recovered += 1
                continue
            errors.append(abs((d - truth).days))
        n = len(hidden) - recovered
        within = [sum(e <= k for e in errors) / len(errors) if errors else float("nan") for k in (0, 1, 3, 7)]
        print("| %s | %d | %d (+%d dated again from their own URL or text) | %.3f | %.3f | %.3f / %.3f / %.3f | %s |" % (
            name, len(recs), n, recovered, len(errors) / n if n else float("nan"), within[0], within[1], within[2],
            within[3], ("%.1f" % statistics.median(errors)) if errors else "-"))
    print()
    print("Hidden articles dated from their own text (published_from \"text\"):")
    print("| set | source | articles | exact day | within 1 / 3 days | median error (days) |")
    print("|---|---|---|---|---|---|")
    for name, rows in text_errors.items():
        for how in sorted({h for h, _ in rows}):
            errs = [e for h, e in rows if h == how]
            print("| %s | %s | %d | %.3f | %.3f / %.3f | %.1f |" % (
                name, how, len(errs), sum(e == 0 for e in errs) / len(errs), sum(e <= 1 for e in errs) / len(errs),
                sum(e <= 3 for e in errs) / len(errs), statistics.median(errs)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
