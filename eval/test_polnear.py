"""Hand-checked tests for the span pieces and scores of eval/polnear_eval.py.

Run:  python3 -m unittest discover -s eval -p 'test_*.py'
"""

import os
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import polnear_eval as P  # noqa: E402


class Pieces(unittest.TestCase):
    def test_span_is_cut_at_sentence_start_and_trimmed(self):
        text = "He said we won. They lost, he said."
        cuts = P.sentence_cuts(text)
        self.assertEqual(cuts, [15])  # just after the full stop
        # "we won. They lost" → "we won." and "They lost"
        self.assertEqual(P.pieces(text, [(8, 25)], cuts), [(8, 15), (16, 25)])

    def test_abbreviation_does_not_cut(self):
        self.assertEqual(P.sentence_cuts("Mr. Smith said so."), [])

    def test_fragments_split_by_whitespace_only_are_joined(self):
        text = "we won\nand they lost"
        cuts = []  # as if no line break cut: the join is what is tested
        self.assertEqual(P.pieces(text, [(0, 6), (7, 20)], cuts), [(0, 20)])


class Scores(unittest.TestCase):
    def test_exact_and_overlap(self):
        gold = {"source": {(0, 5)}, "cue": {(6, 10)}, "content": {(11, 20), (30, 40)}}
        system = {"source": {(0, 3)}, "cue": {(6, 10)}, "content": {(11, 20)}}
        s = P.score([(gold, system)])
        self.assertEqual(s["source"]["exact"]["f1"], 0.0)
        self.assertEqual(s["source"]["overlap"]["f1"], 1.0)
        self.assertEqual(s["cue"]["exact"]["f1"], 1.0)
        self.assertEqual(s["content"]["exact"]["p"], 1.0)
        self.assertEqual(s["content"]["exact"]["r"], 0.5)

    def test_parse_ann_reads_discontinuous_spans(self):
        raw = "T1\tSource 0 5\tSmith\nT2\tCue 6 10\tsaid\nT3\tContent 11 15;20 25\tab cd\n" \
              "T4\tAttribution 6 10\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
        a = P.parse_ann(raw)
        self.assertEqual(a["source"], [[(0, 5)]])
        self.assertEqual(a["content"], [[(11, 15), (20, 25)]])


if __name__ == "__main__":
    unittest.main()
