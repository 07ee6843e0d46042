"""Tests of the harness plumbing (no evaluation data needed).

Run:  python3 -m unittest discover -s eval -p 'test_*.py'
"""

import io
import json
import os
import sys
import tempfile
import unittest
from contextlib import redirect_stderr, redirect_stdout
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "bench" / "scripts"))

import categories_eval  # noqa: E402
import cluster_eval  # noqa: E402
import common as C  # noqa: E402
import pairs_eval  # noqa: E402
import throughput  # noqa: E402


class ParseOutput(unittest.TestCase):
    def test_story_field_then_stories_fallback_then_missing(self):
        doc = {"articles": [{"id": "a", "story": 1}, {"id": "b", "story": 1}, {"id": "c", "story": None}],
               "stories": [{"id": 1, "articles": ["a", "b"]}, {"id": 2, "articles": ["c"]}]}
        with tempfile.TemporaryDirectory() as td:
            p = Path(td) / "o.json"
            p.write_text(json.dumps(doc))
            lab, info = C.parse_output(p, ["a", "b", "c", "d"])
        self.assertEqual(lab["a"], lab["b"])
        self.assertNotEqual(lab["a"], lab["c"])
        self.assertEqual(lab["c"], "s:2")
        self.assertEqual(info["missing"], 1)
        self.assertTrue(lab["d"].startswith("__missing__"))


class Commands(unittest.TestCase):
    def test_build_cmd(self):
        argv = C.build_cmd(C.DEFAULT_CMD, "/x/storyline", ["/t/in put.jsonl"], "/t/o.json", 2, "--threshold 0.4")
        self.assertEqual(argv, ["/x/storyline", "cluster", "/t/in put.jsonl", "--quiet", "--out", "/t/o.json",
                                "--format", "json", "--threads", "2", "--threshold", "0.4"])
        argv = C.build_cmd(C.DEFAULT_CMD, "b", ["i"], "o", None, "")
        self.assertNotIn("--threads", argv)

    def test_run_measured(self):
        with tempfile.TemporaryDirectory() as td:
            r = C.run_measured([sys.executable, "-c", "import sys; sys.exit(3)"], Path(td) / "log")
            self.assertEqual(r["rc"], 3)
            r = C.run_measured([sys.executable, "-c", "print('hi')"], Path(td) / "log")
            self.assertEqual(r["rc"], 0)
            self.assertGreater(r["maxrss_kib"], 0)
            self.assertIn("hi", (Path(td) / "log").read_text())


class StreamOrder(unittest.TestCase):
    def test_shuffle_is_a_seeded_permutation_and_none_keeps_file_order(self):
        recs = [{"id": str(i)} for i in range(50)]
        a = C.stream_order(recs, 1)
        self.assertEqual(sorted(r["id"] for r in a), sorted(r["id"] for r in recs))
        self.assertNotEqual([r["id"] for r in a], [r["id"] for r in recs])
        self.assertEqual(a, C.stream_order(recs, 1))
        self.assertNotEqual(a, C.stream_order(recs, 2))
        self.assertEqual(C.stream_order(recs, None), recs)


class Lenient(unittest.TestCase):
    def test_union_find_chains(self):
        gold = {"1": "t17", "2": "t20", "3": "t49", "4": "t5"}
        merged = cluster_eval._union_find_merge(gold, [("t17", "t20"), ("t17", "t49")])
        self.assertEqual(merged["1"], merged["2"])
        self.assertEqual(merged["2"], merged["3"])
        self.assertNotEqual(merged["1"], merged["4"])


class SelfTest(unittest.TestCase):
    def test_category_scores(self):
        s = categories_eval.scores([("sports", "sports"), ("society", "other"),
                                    ("not_news", "not_news"), ("society", "society")])
        self.assertAlmostEqual(s["accuracy"], 0.75)
        # F1 per gold label: sports 1, society 2/3 (1 TP, 1 FN), not_news 1 -> mean 8/9.
        self.assertAlmostEqual(s["macro_f1"], 8 / 9)
        self.assertEqual((s["not_news_p"], s["not_news_r"]), (1.0, 1.0))
        self.assertEqual(s["majority_label"], "society")

    def test_self_test_passes(self):
        out, err = io.StringIO(), io.StringIO()
        with redirect_stdout(out), redirect_stderr(err):
            rc = cluster_eval.main(["--self-test"])
        self.assertEqual(rc, 0, out.getvalue())
        self.assertIn("self-test OK", out.getvalue())

    def test_missing_data_skips(self):
        for mod in (cluster_eval, pairs_eval, throughput, categories_eval):
            out = io.StringIO()
            with redirect_stdout(out):
                rc = mod.main(["--data", "/nonexistent/shared/data"])
            self.assertEqual(rc, 0)
            self.assertIn("skipping:", out.getvalue())


class Perturb(unittest.TestCase):
    def test_deterministic_and_not_identical(self):
        a = {"id": "x", "title": "T", "text": "One. Two. Three.\n\nPara two here.\n\nPara three.",
             "published": "2020-02-28", "url": "http://e.org/a", "lang": "en", "source": "e"}
        r1 = throughput.perturb(a, 2, 7)
        r2 = throughput.perturb(a, 2, 7)
        self.assertEqual(r1, r2)
        self.assertNotEqual(r1["text"], a["text"])
        self.assertEqual(r1["published"], "2020-03-01")
        self.assertEqual(r1["id"], "x~r2")
        self.assertEqual(throughput.perturb(a, 0, 7)["text"], a["text"])
        corpus = throughput.build_corpus([a, dict(a, id="y")], 5, 7)
        self.assertEqual([c["id"] for c in corpus][:2].count("x~r0") + [c["id"] for c in corpus][:2].count("y~r0"), 2)
        self.assertEqual(len(corpus), 5)
        self.assertEqual(len({c["id"] for c in corpus}), 5)


if __name__ == "__main__":
    unittest.main()
