#!/usr/bin/env python3
"""Named-entity tagger figures (docs/QUALITY.md, "Named entities (issue 5)").

Stdlib only. Reads ../shared/data (or --data DIR); prints "skipping: ..." and exits 0 when absent.

  python3 eval/ner_eval.py                 # shipped models + a CoNLL-trained model (in a temp dir)
  python3 eval/ner_eval.py --tune          # epochs / min-count grid on tuning parts (single models)
  python3 eval/ner_eval.py --quick --seeds 1,2,3   # tuning figures of the shipped set-up, per seed
  python3 eval/ner_eval.py --write-models  # rebuild data/models/ner-{en,ru}.model
  python3 eval/ner_eval.py --no-lexicon    # without lexicon and mention replacement

Figures:
  conll2003 testb   conlleval phrase-level exact-match F1 (ner_metrics.conlleval), of the shipped
                    English model (MEANTIME only: the licence rule) and of a model trained on
                    eng.train with the same code (never written into the repository).
  factrueval test   track-1 F1 (ner_metrics.factrueval_track1) of the shipped Russian model
                    (trained on the devset), on the gold tokenisation of the testset.
  meantime          4-fold cross-validation by topic corpus (train on three, test on the fourth),
                    conlleval F1, since the shipped English model is trained on all of it.
Tuning (--tune) uses only: CoNLL testa, MEANTIME topic folds, FactRuEval devset halves.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import resolve_data  # noqa: E402
import ner_augment  # noqa: E402
import ner_data  # noqa: E402
from ner_metrics import chunks, conlleval, factrueval_track1, prf  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
# Settings of the shipped models, chosen with --tune (epochs, min feature count).
SHIPPED = {"en": (20, 2), "ru": (15, 2)}
CONLL_SETTINGS = (20, 2)  # chosen on testa
FRE_TYPE = {"PER": "per", "ORG": "org", "LOC": "loc", "LOCORG": "locorg"}


# Lexicon of each language's models (storyline_ner_tool lexicon): ICU names and cue words, person
# names from python3-fake-factory (eval/ner_names.py, Expat licence), and for English the
# wamerican word list (Debian package wamerican, SCOWL licence).
DICTIONARY = {"en": "/usr/share/dict/american-english", "ru": ""}
LEXICONS: dict[str, Path | None] = {}  # filled by build_lexicons; None: train without one


def build_lexicons(tool: Path, tmp: Path) -> None:
    for lang, dictionary in DICTIONARY.items():
        out = tmp / f"lexicon-{lang}.tsv"
        cmd = [str(tool), "lexicon", "--lang", lang, "--out", str(out)]
        if dictionary:
            cmd += ["--dictionary", dictionary]
        names = tmp / f"names-{lang}.txt"
        subprocess.run([sys.executable, str(ROOT / "eval" / "ner_names.py"), "--lang", lang,
                        "--out", str(names)], check=True, stdout=subprocess.DEVNULL)
        if names.exists():
            cmd += ["--names", str(names)]
        subprocess.run(cmd, check=True, stderr=subprocess.DEVNULL)
        LEXICONS[lang] = out


# Mention replacement (eval/ner_augment.py): copies of each sentence with entities, per language.
# (copies of each sentence with entities, further copies of those with a person, share of ORG
# replacements drawn from the lexicon), chosen on MEANTIME topic-CV, CoNLL testa, devset halves
AUGMENT = {"en": (4, 4, 0.6), "ru": (0, 0, 0.0)}
AUGMENT_SEED = [1]  # the replacement draws of the shipped models; --quick --seeds varies it
AVERAGE = {"en": 5, "ru": 5}  # models (seeds) averaged into one, per language


def augmented(lang: str, files: list[Path]) -> list[Path]:
    """The training files, or one file with them and their mention-replaced copies (written
    beside the lexicon, in the temporary folder)."""
    if not AUGMENT.get(lang, (0, 0, 0.0))[0] or not LEXICONS.get(lang):
        return files
    sents = [s for f in files for s in ner_data.read_conll(f)]
    lex = LEXICONS[lang]
    out = lex.parent / f"train-{lang}.aug.conll"
    names_file = lex.parent / f"names-{lang}.txt"
    names = names_file.read_text(encoding="utf-8").split() if names_file.exists() else []
    copies, person_copies, org_share = AUGMENT[lang]
    pools = ner_augment.Pools(names=names, places=ner_augment.lexicon_phrases(lex, "place"),
                              orgs=ner_augment.lexicon_phrases(lex, "org"),
                              org_cues=[c for c in ner_augment.lexicon_phrases(lex, "orgcue")
                                        if len(c[0]) > 3],  # words, not "Co."
                              org_share=org_share)
    ner_data.write_conll(ner_augment.augment(sents, copies, pools, AUGMENT_SEED[0], person_copies), out)
    return [out]


def train(tool: Path, lang: str, files: list[Path], out: Path, epochs: int, min_count: int) -> Path:
    """With AVERAGE[lang] > 1: that many models, one per seed (replacement seed AUGMENT_SEED,
    +100, +200, ...; the trainer's shuffling seed 1, 2, 3, ...), averaged into `out`
    (storyline_ner_tool average)."""
    n = AVERAGE.get(lang, 1)
    if n == 1:
        return train_one(tool, lang, files, out, epochs, min_count)
    base, parts = AUGMENT_SEED[0], []
    for k in range(n):
        AUGMENT_SEED[0] = base + 100 * k
        parts.append(train_one(tool, lang, files, out.with_suffix(f".part{k}"), epochs, min_count,
                               shuffle_seed=1 + k))
    AUGMENT_SEED[0] = base
    subprocess.run([str(tool), "average", "--out", str(out), *map(str, parts)], check=True)
    for p in parts:
        p.unlink()
    return out


def train_one(tool: Path, lang: str, files: list[Path], out: Path, epochs: int, min_count: int,
              shuffle_seed: int = 1) -> Path:
    files = augmented(lang, files)
    lexicon = ["--lexicon", str(LEXICONS[lang])] if LEXICONS.get(lang) else []
    subprocess.run([str(tool), "train", "--lang", lang, "--out", str(out), "--epochs", str(epochs),
                    "--min-count", str(min_count), "--seed", str(shuffle_seed), *lexicon,
                    *map(str, files)],
                   check=True, stderr=subprocess.DEVNULL)
    return out


def tag(tool: Path, model: Path, conll: Path) -> list[list[str]]:
    """Predicted tags, one list per sentence of `conll`."""
    out = subprocess.run([str(tool), "tag", str(model), str(conll)], check=True,
                         capture_output=True, text=True).stdout
    sents, cur = [], []
    for line in out.splitlines():
        if not line.strip():
            if cur:
                sents.append(cur)
            cur = []
        else:
            cur.append(line.split()[-1])
    if cur:
        sents.append(cur)
    return sents


def score_conll(tool: Path, model: Path, conll: Path) -> dict:
    gold = [[t for _, t in s] for s in ner_data.read_conll(conll)]
    return conlleval(gold, tag(tool, model, conll))


def by_document(to_conll, docs: list[dict]) -> list[list[tuple[str, str]]]:
    """Sentences of each document, a DOCSTART line before each (the tagger makes a document's
    person names consistent; training files drop the lines)."""
    return [s for d in docs for s in [ner_data.DOCSTART] + to_conll([d])]


def score_factrueval(tool: Path, model: Path, docs: list[dict], tmp: Path) -> dict:
    conll = tmp / "fre-score.conll"
    ner_data.write_conll(by_document(ner_data.factrueval_conll, docs), conll)
    pred_sents = iter(tag(tool, model, conll))
    totals: dict[str, list[float]] = {}
    for d in docs:
        pred = []
        for s in d["sentences"]:
            tags = next(pred_sents)
            for start, end, typ in chunks(tags):
                if typ in FRE_TYPE:
                    pred.append({"type": FRE_TYPE[typ], "tokens": set(s[start:end])})
        gold = [{"type": FRE_TYPE[ner_data.FRE_TYPES[m["type"]]], "tokens": m["tokens"],
                 "marks": m["marks"]}
                for m in d["mentions"] if m["type"] in ner_data.FRE_TYPES and m["tokens"]]
        for typ, row in factrueval_track1(gold, pred).items():
            acc = totals.setdefault(typ, [0.0, 0, 0])
            for k in range(3):
                acc[k] += row[k]
    out = {t: prf(*row) for t, row in sorted(totals.items())}
    out["overall"] = prf(*[sum(r[k] for r in totals.values()) for k in range(3)])
    return out


def meantime_folds(data: Path, tmp: Path) -> dict[str, Path]:
    docs = ner_data.meantime_docs(data / "meantime" / "meantime_newsreader_english_oct15.tar.gz",
                                  cross_doc=False)
    folds = {}
    for corpus in sorted({d["corpus"] for d in docs}):
        folds[corpus] = tmp / f"meantime-{corpus}.conll"
        ner_data.write_conll(by_document(ner_data.meantime_conll, [d for d in docs if d["corpus"] == corpus]),
                             folds[corpus])
    return folds


def meantime_cv(tool: Path, folds: dict[str, Path], tmp: Path, epochs: int, mc: int) -> dict:
    gold, pred = [], []
    for held, path in folds.items():
        model = train(tool, "en", [p for c, p in folds.items() if c != held], tmp / "cv.model",
                      epochs, mc)
        gold += [[t for _, t in s] for s in ner_data.read_conll(path)]
        pred += tag(tool, model, path)
    return conlleval(gold, pred)


def fre_halves(tool: Path, dev: list[dict], tmp: Path, epochs: int, mc: int) -> float:
    """Mean track-1 F1 over the two halves of the devset, each scored by a model of the other."""
    halves = [dev[0::2], dev[1::2]]
    f1 = []
    for k in range(2):
        train_file = tmp / "fre-half.conll"
        ner_data.write_conll(ner_data.factrueval_conll(halves[1 - k]), train_file)
        model = train(tool, "ru", [train_file], tmp / "half.model", epochs, mc)
        f1.append(score_factrueval(tool, model, halves[k], tmp)["overall"]["f1"])
    return sum(f1) / 2


def fmt(r: dict) -> str:
    o = r["overall"]
    per_type = " ".join(f"{t} {v['f1'] * 100:.2f}" for t, v in r.items() if t != "overall")
    return f"P {o['p'] * 100:.2f} R {o['r'] * 100:.2f} F1 {o['f1'] * 100:.2f} ({per_type})"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data")
    ap.add_argument("--tool", default=str(ROOT / "build/src/ner/storyline_ner_tool"))
    ap.add_argument("--models", default=str(ROOT / "data/models"))
    ap.add_argument("--tune", action="store_true")
    ap.add_argument("--write-models", action="store_true")
    ap.add_argument("--json")
    ap.add_argument("--no-lexicon", action="store_true",
                    help="train without the lexicon (the models before issue 5's second round)")
    ap.add_argument("--quick", action="store_true",
                    help="only the tuning figures: MEANTIME topic-CV and CoNLL testa")
    ap.add_argument("--seeds", default="1", help="--quick: replacement seeds, comma-separated")
    args = ap.parse_args()
    data = resolve_data(args.data)
    if data is None:
        print("skipping: ../shared/data not found")
        return 0
    tool = Path(args.tool)
    if not tool.exists():
        print(f"error: {tool} not built (scripts/build.sh)", file=sys.stderr)
        return 3
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        return run(args, data, tool, tmp)


def plain_conll(data: Path, tmp: Path) -> dict[str, Path]:
    """CoNLL-2003 parts decompressed into tmp (the C++ tool reads plain files)."""
    out = {}
    for part in ("train", "testa", "testb"):
        out[part] = tmp / f"eng.{part}"
        ner_data.write_conll(ner_data.read_conll(data / "conll2003" / f"eng.{part}.gz", keep_docstart=True),
                             out[part])
    return out


def quick(tool: Path, conll: dict[str, Path], folds: dict[str, Path], dev: list[dict], tmp: Path,
          seeds: list[int]) -> int:
    """Tuning figures only: the shipped settings on CoNLL testa, MEANTIME folds, devset halves;
    the English ones for each replacement seed, then their mean."""
    testa, cv = [], []
    for seed in seeds:
        AUGMENT_SEED[0] = seed
        en = train(tool, "en", list(folds.values()), tmp / "en.model", *SHIPPED["en"])
        testa.append(score_conll(tool, en, conll["testa"]))
        cv.append(meantime_cv(tool, folds, tmp, *SHIPPED["en"]))
        print(f"seed {seed}: {'conll_testa_meantime_trained':30} {fmt(testa[-1])}")
        print(f"seed {seed}: {'meantime_topic_cv':30} {fmt(cv[-1])}")
    if len(seeds) > 1:
        mean = lambda rs: sum(r["overall"]["f1"] for r in rs) / len(rs) * 100  # noqa: E731
        print(f"mean of {len(seeds)} seeds: testa F1 {mean(testa):.2f}  topic-CV F1 {mean(cv):.2f}")
    AUGMENT_SEED[0] = 1
    print(f"{'factrueval_dev_halves':30} F1 {fre_halves(tool, dev, tmp, *SHIPPED['ru']) * 100:.2f}")
    return 0


def run(args, data: Path, tool: Path, tmp: Path) -> int:
    if not args.no_lexicon:
        build_lexicons(tool, tmp)
    fre_dir = data / "factrueval"
    conll = plain_conll(data, tmp)
    dev = ner_data.factrueval_docs(fre_dir / "factrueval-2016-devset.tar.gz")
    folds = meantime_folds(data, tmp)
    grid = [(e, mc) for e in (5, 10, 15, 20) for mc in (1, 2)]
    if args.tune:
        AVERAGE.clear()  # one model per setting: the grid stays minutes long
        for e, mc in grid:
            cv = meantime_cv(tool, folds, tmp, e, mc)["overall"]["f1"]
            half = fre_halves(tool, dev, tmp, e, mc)
            print(f"epochs {e:2} min-count {mc}: MEANTIME topic-CV F1 {cv * 100:.2f}  "
                  f"FactRuEval dev halves F1 {half * 100:.2f}")
        for e, mc in grid:
            model = train(tool, "en", [conll["train"]], tmp / "c.model", e, mc)
            print(f"CoNLL train, epochs {e:2} min-count {mc}: testa F1 "
                  f"{score_conll(tool, model, conll['testa'])['overall']['f1'] * 100:.2f}")
        return 0
    if args.quick:
        return quick(tool, conll, folds, dev, tmp, [int(x) for x in args.seeds.split(",")])
    models = Path(args.models)
    if args.write_models:
        dev_file = tmp / "fre-dev.conll"
        ner_data.write_conll(ner_data.factrueval_conll(dev), dev_file)
        train(tool, "ru", [dev_file], models / "ner-ru.model", *SHIPPED["ru"])
        train(tool, "en", list(folds.values()), models / "ner-en.model", *SHIPPED["en"])
        print(f"wrote {models}/ner-en.model, ner-ru.model")
    results = {}
    results["conll_testb_shipped_en"] = score_conll(tool, models / "ner-en.model", conll["testb"])
    conll_model = train(tool, "en", [conll["train"]], tmp / "conll.model", *CONLL_SETTINGS)
    results["conll_testa_conll_trained"] = score_conll(tool, conll_model, conll["testa"])
    results["conll_testb_conll_trained"] = score_conll(tool, conll_model, conll["testb"])
    test = ner_data.factrueval_docs(fre_dir / "factrueval-2016-testset.tar.gz")
    results["factrueval_test_shipped_ru"] = score_factrueval(tool, models / "ner-ru.model", test, tmp)
    results["meantime_topic_cv"] = meantime_cv(tool, folds, tmp, *SHIPPED["en"])
    for name, r in results.items():
        print(f"{name:30} {fmt(r)}")
    if args.json:
        Path(args.json).write_text(json.dumps(results, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
