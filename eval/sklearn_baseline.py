#!/usr/bin/python3
"""scikit-learn TF-IDF + average-link agglomerative clustering, as a side-by-side baseline.

Same command line and output document as `storyline cluster` (the harness's --cmd runs it):

    /usr/bin/python3 eval/sklearn_baseline.py cluster FILE.jsonl... --out OUT [--threshold D]

Text = title twice + body; TfidfVectorizer(sublinear_tf=True, min_df=1, max_df=0.5, English stop
words for English input); cosine distance; AgglomerativeClustering(linkage="average",
distance_threshold=D). Batch and order-free: the classic offline baseline, not a stream.
Needs Debian's python3-sklearn (`apt-get install python3-sklearn`), hence /usr/bin/python3.
"""

import argparse
import json
import sys


def read(paths):
    arts = []
    for p in paths:
        with open(p, encoding="utf-8") as f:
            arts.extend(json.loads(line) for line in f if line.strip())
    return arts


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("command", choices=["cluster"])
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--out", required=True)
    ap.add_argument("--threshold", type=float, default=0.85, help="cosine distance cut")
    ap.add_argument("--quiet", action="store_true")
    ap.add_argument("--format", default="json")
    args = ap.parse_args()
    try:
        from sklearn.cluster import AgglomerativeClustering
        from sklearn.feature_extraction.text import TfidfVectorizer
    except ImportError:
        print("sklearn_baseline: needs python3-sklearn (run with /usr/bin/python3)", file=sys.stderr)
        return 3
    arts = read(args.paths)
    texts = [((a.get("title") or "") + " ") * 2 + (a.get("text") or "") for a in arts]
    english = all((a.get("lang") or "en") == "en" for a in arts)
    vec = TfidfVectorizer(sublinear_tf=True, max_df=0.5, stop_words="english" if english else None)
    x = vec.fit_transform(texts).toarray()
    if len(arts) == 1:
        labels = [0]
    else:
        model = AgglomerativeClustering(n_clusters=None, metric="cosine", linkage="average",
                                        distance_threshold=args.threshold)
        labels = model.fit_predict(x).tolist()
    out = {"articles": [{"id": a["id"], "story": int(l)} for a, l in zip(arts, labels)],
           "stories": []}
    with open(args.out, "w", encoding="utf-8") as f:
        json.dump(out, f)
    return 0


if __name__ == "__main__":
    sys.exit(main())
