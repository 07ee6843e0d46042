#!/usr/bin/env python3
"""A stand-in for `storyline cluster`, for testing the harness end to end.

Same command line and same output document as the real CLI:

    fake_clusterer.py cluster PATH... --out FILE [--quiet] [--threads N]
                      [--format json] [--mode MODE] [--threshold T]

Reads .jsonl files (or directories of them); writes
{"articles":[{"id","title","published","published_from","lang","source","story"}],
 "stories":[{"id","title","articles":[ids],"score"}], "summary":{...}}.

Modes (all deterministic):
  title       same story iff identical normalised title (no title: singleton)
  singletons  every article alone
  all         every article in one story
  tfidf       TF-IDF (title twice + text, sublinear tf, df <= 50%), cosine,
              average-link agglomerative clustering cut at distance
              --threshold (default 0.85).  A small sanity baseline, NOT the
              exact baseline quoted in the PROVENANCE files.  O(n^2) memory:
              fine up to ~3,000 articles.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path


def read_inputs(paths):
    files = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            files.extend(sorted(q for q in p.rglob("*.jsonl")))
        else:
            files.append(p)
    arts = []
    for f in files:
        with open(f, encoding="utf-8") as fh:
            for line in fh:
                line = line.strip()
                if line:
                    arts.append(json.loads(line))
    return arts


def norm_title(t):
    return re.sub(r"\W+", " ", (t or "").lower()).strip()


TOKEN = re.compile(r"(?u)\b\w\w+\b")


def tfidf_vectors(arts, max_df=0.5):
    docs = []
    for a in arts:
        title = a.get("title") or ""
        text = a.get("text") or a.get("html") or ""
        docs.append(Counter(TOKEN.findall((title + " " + title + " " + text).lower())))
    n = len(docs)
    df = Counter()
    for d in docs:
        df.update(d.keys())
    limit = max(2, max_df * n)
    idf = {t: math.log((1 + n) / (1 + c)) + 1 for t, c in df.items() if c <= limit}
    vecs = []
    for d in docs:
        v = {t: (1 + math.log(c)) * idf[t] for t, c in d.items() if t in idf}
        norm = math.sqrt(sum(w * w for w in v.values())) or 1.0
        vecs.append({t: w / norm for t, w in v.items()})
    return vecs


def average_link(vecs, threshold):
    """Average-link clusters at cosine distance <= threshold (NN-chain)."""
    n = len(vecs)
    if n == 0:
        return []
    post = defaultdict(list)
    for i, v in enumerate(vecs):
        for t, w in v.items():
            post[t].append((i, w))
    S = [[0.0] * n for _ in range(n)]
    for plist in post.values():
        for x in range(len(plist)):
            i, wi = plist[x]
            Si = S[i]
            for y in range(x + 1, len(plist)):
                j, wj = plist[y]
                Si[j] += wi * wj
    for i in range(n):
        for j in range(i + 1, n):
            S[j][i] = S[i][j]
        S[i][i] = -math.inf
    smin = 1.0 - threshold
    size = [1] * n
    members = [[i] for i in range(n)]
    active = set(range(n))
    done = []
    chain = []
    idx = range(n)
    while len(active) > 1:
        if not chain:
            chain.append(min(active))
        a = chain[-1]
        row = S[a]
        b = max(idx, key=row.__getitem__)
        if len(chain) >= 2 and row[chain[-2]] >= row[b]:
            b = chain[-2]
        if row[b] < smin:
            # a can never again reach smin (average link is reducible): retire it
            active.discard(a)
            done.append(members[a])
            for c in idx:
                S[c][a] = -math.inf
            chain.clear()
            continue
        if len(chain) >= 2 and b == chain[-2]:
            chain.pop()
            chain.pop()
            na, nb = size[a], size[b]
            Sb = S[b]
            for c in active:
                if c != a and c != b:
                    v = (na * row[c] + nb * Sb[c]) / (na + nb)
                    row[c] = v
                    S[c][a] = v
            for c in idx:
                S[c][b] = -math.inf
            row[b] = -math.inf
            size[a] += nb
            members[a].extend(members[b])
            members[b] = []
            active.discard(b)
        else:
            chain.append(b)
    done.extend(members[a] for a in active)
    return done


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("command", choices=["cluster"])
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--out")
    ap.add_argument("--quiet", action="store_true")
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--format", default="json")
    ap.add_argument("--mode", default="title", choices=["title", "singletons", "all", "tfidf"])
    ap.add_argument("--threshold", type=float, default=0.85)
    args = ap.parse_args(argv)

    arts = read_inputs(args.paths)
    groups: list[list[int]]
    if args.mode == "singletons":
        groups = [[i] for i in range(len(arts))]
    elif args.mode == "all":
        groups = [list(range(len(arts)))] if arts else []
    elif args.mode == "title":
        by = {}
        groups = []
        for i, a in enumerate(arts):
            key = norm_title(a.get("title"))
            if not key:
                groups.append([i])
            elif key in by:
                groups[by[key]].append(i)
            else:
                by[key] = len(groups)
                groups.append([i])
    else:
        groups = average_link(tfidf_vectors(arts), args.threshold)
    groups = sorted((sorted(g) for g in groups if g), key=lambda g: g[0])

    story_of = {}
    stories = []
    for sid, g in enumerate(groups, 1):
        for i in g:
            story_of[i] = sid
        stories.append({"id": sid, "title": arts[g[0]].get("title") or "",
                        "articles": [arts[i]["id"] for i in g], "score": float(len(g))})
    doc = {
        "articles": [{"id": a["id"], "title": a.get("title") or "", "published": a.get("published"),
                      "published_from": "input" if a.get("published") else "none",
                      "lang": a.get("lang") or "", "source": a.get("source") or "",
                      "story": story_of[i]} for i, a in enumerate(arts)],
        "stories": stories,
        "summary": {"articles": len(arts), "stories": len(stories), "mode": args.mode},
    }
    text = json.dumps(doc, ensure_ascii=False)
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text + "\n")
    if not args.quiet:
        print("fake_clusterer: %d articles -> %d stories (%s)" % (len(arts), len(stories), args.mode),
              file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
