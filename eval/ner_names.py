#!/usr/bin/env python3
"""Person names for the entity tagger's lexicon, read from Debian's python3-fake-factory (Faker
0.9, Expat licence): the given-name, surname and patronymic tables of its person providers.

Stdlib only; the provider files are parsed with `ast`, never imported or run.

  python3 eval/ner_names.py --lang en --out names-en.txt   # Latin-script locales
  python3 eval/ner_names.py --lang ru --out names-ru.txt   # Cyrillic-script locales

Prints "skipping: ..." and writes nothing when the package is absent (exit 0).
"""

from __future__ import annotations

import argparse
import ast
import sys
from pathlib import Path

PROVIDERS = Path("/usr/lib/python3/dist-packages/faker/providers/person")
LOCALES = {
    # Latin-script locales; Cyrillic, Greek and Devanagari ones (the lexicon builder
    # transliterates them for English, ICU Russian-Latin/BGN and Any-Latin); the romanised
    # tables of the Chinese and Japanese ones.
    "en": ["en_US", "en_GB", "en_NZ", "de_DE", "de_AT", "de_CH", "fr_FR", "fr_CH", "es_ES",
           "es_MX", "it_IT", "pt_BR", "pt_PT", "nl_NL", "pl_PL", "cs_CZ", "sv_SE", "no_NO",
           "dk_DK", "fi_FI", "hu_HU", "ro_RO", "hr_HR", "sl_SI", "lt_LT", "lv_LV", "et_EE",
           "tr_TR", "id_ID", "ru_RU", "uk_UA", "bg_BG", "el_GR", "hi_IN",
           "zh_CN:romanized", "zh_TW:romanized", "ja_JP:romanized"],
    "ru": ["ru_RU", "uk_UA", "bg_BG"],
}
TABLES = ("first_names", "last_names", "middle_names")
ROMANIZED = ("first_romanized_names", "last_romanized_names")


def names_in(path: Path, tables: tuple[str, ...] = TABLES) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    out = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Assign):
            continue
        targets = [t.id for t in node.targets if isinstance(t, ast.Name)]
        if not any(t.startswith(tables) for t in targets):
            continue
        for c in ast.walk(node.value):
            if isinstance(c, ast.Constant) and isinstance(c.value, str) and c.value[:1].isupper():
                out.add(c.value.strip())
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--lang", choices=sorted(LOCALES), required=True)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    if not PROVIDERS.is_dir():
        print(f"skipping: {PROVIDERS} not found (apt-get install python3-fake-factory)")
        return 0
    names = set()
    for entry in LOCALES[args.lang]:
        loc, _, kind = entry.partition(":")
        f = PROVIDERS / loc / "__init__.py"
        if f.exists():
            names |= names_in(f, ROMANIZED if kind == "romanized" else TABLES)
    Path(args.out).write_text("".join(n + "\n" for n in sorted(names) if " " not in n),
                              encoding="utf-8")
    print(f"{len(names)} names from {len(LOCALES[args.lang])} locales")
    return 0


if __name__ == "__main__":
    sys.exit(main())
