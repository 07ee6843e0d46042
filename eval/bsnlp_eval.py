#!/usr/bin/env python3
"""Cross-language topic purity on BSNLP (issue 4): Slavic news in several languages per topic.

`bsnlp` (../shared/data/bsnlp, research/evaluation only) holds web news about a handful of topics
(asia_bibi, brexit, nord_stream, ryanair, ec, trump, other), each written in up to eight Slavic
languages (bg, cs, hr, pl, ru, sk, sl, uk). A topic is broader than a story, so the gold says
which articles must NOT share a story (different topics), not which must:

  purity            B-cubed precision of the predicted stories against the topics (1 = no story
                    mixes topics);
  cross-language    stories with articles in more than one language, their share of the
                    articles, and their purity (does the bridge join the right topic?);
  linked pairs      of the same-topic article pairs in two different languages, the share that
                    share a story (how far stories cross languages; bounded by the topic being
                    broader than a story).

Input per article: title (raw line 5), text (lines 6+), published (line 3); the language is not
given (the engine detects it). Shuffled order, fixed seed.

    python3 eval/bsnlp_eval.py [--bin build/src/cli/storyline] [--seed 1] [--extra-args "..."]
"""

from __future__ import annotations

import argparse
import collections
import sys
import tarfile
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import common as C  # noqa: E402
import metrics as M  # noqa: E402


def load(data: Path, cache: Path) -> list[dict]:
    root = cache / "bsnlp"
    if not (root / ".done").exists():
        root.mkdir(parents=True, exist_ok=True)
        with tarfile.open(data / "bsnlp" / "bsnlp-2017-2021-annotated.tar.gz") as t:
            t.extractall(root)
        (root / ".done").write_text("ok")
    recs = []
    for path in sorted(root.glob("bsnlp/*/raw/*/*.txt")):
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        if len(lines) < 6:
            continue
        topic, lang = path.parts[-4], path.parts[-2]
        date = lines[2].strip()
        recs.append({"id": "%s/%s/%s" % (topic, lang, path.name), "title": lines[4].strip(),
                     "text": "\n".join(lines[5:]).strip(),
                     "published": date if len(date) >= 10 and date[4] == "-" else None,
                     "topic": topic, "lang": lang})
    return recs


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", default=str(C.DEFAULT_BIN))
    ap.add_argument("--data", default=None)
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "storyline-bsnlp")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--extra-args", default="")
    ap.add_argument("--timeout", type=float, default=3600.0)
    args = ap.parse_args(argv)
    data = C.resolve_data(args.data)
    if data is None or not (data / "bsnlp").exists():
        print("skipping: %s/bsnlp not found" % (args.data or "../shared/data"))
        return 0
    if not Path(args.bin).exists():
        print("error: binary %s not found (build it, or pass --bin)" % args.bin)
        return 2
    recs = load(data, args.cache)
    with tempfile.TemporaryDirectory(prefix="storyline-bsnlp-") as td:
        inp, out, log = Path(td) / "bsnlp.jsonl", Path(td) / "out.json", Path(td) / "log"
        C.write_jsonl(inp, C.stream_order([{k: r[k] for k in ("id", "title", "text", "published")}
                                           for r in recs], args.seed))
        argv_run = C.build_cmd(C.DEFAULT_CMD, args.bin, [str(inp)], str(out), None, args.extra_args)
        run = C.run_measured(argv_run, log, timeout=args.timeout)
        if run["rc"] != 0:
            print("clusterer failed (rc %s):\n%s" % (run["rc"], C.tail(log)))
            return 1
        pred, info = C.parse_output(out, [r["id"] for r in recs])
    topic = {r["id"]: r["topic"] for r in recs}
    lang = {r["id"]: r["lang"] for r in recs}
    ids = [r["id"] for r in recs]
    p, _, _ = M.bcubed([topic[i] for i in ids], [pred[i] for i in ids])
    stories = collections.defaultdict(list)
    for i in ids:
        stories[pred[i]].append(i)
    multi = [m for m in stories.values() if len({lang[i] for i in m}) > 1]
    multi_ids = [i for m in multi for i in m]
    mp = M.bcubed([topic[i] for i in multi_ids], [pred[i] for i in multi_ids])[0] if multi_ids else float("nan")
    # Same-topic pairs across languages that share a story, counted per topic and language pair.
    by_topic_lang = collections.Counter((topic[i], lang[i]) for i in ids)
    cross_pairs = 0
    for (t1, l1), n1 in by_topic_lang.items():
        for (t2, l2), n2 in by_topic_lang.items():
            if t1 == t2 and l1 < l2:
                cross_pairs += n1 * n2
    linked = 0
    for m in stories.values():
        c = collections.Counter((topic[i], lang[i]) for i in m)
        for (t1, l1), n1 in c.items():
            for (t2, l2), n2 in c.items():
                if t1 == t2 and l1 < l2:
                    linked += n1 * n2
    langs = collections.Counter(lang.values())
    print("bsnlp: %d articles, %d topics, languages %s; %d stories (%d singletons); %.1f s"
          % (len(ids), len(set(topic.values())), dict(sorted(langs.items())), len(stories),
             sum(len(m) == 1 for m in stories.values()), run["seconds"]))
    print("| purity (B3-P vs topics) | stories with >1 language | their share of articles | their purity | same-topic cross-language pairs linked |")
    print("|---|---|---|---|---|")
    print("| %.3f | %d | %.3f | %.3f | %d / %d = %.4f |" % (
        p, len(multi), len(multi_ids) / len(ids), mp, linked, cross_pairs,
        linked / cross_pairs if cross_pairs else float("nan")))
    if info["missing"]:
        print("WARNING: %d ids missing from the output" % info["missing"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
