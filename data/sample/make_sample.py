#!/usr/bin/env python3
"""Regenerate data/sample/ (the bundled sample corpus) from the shared source archives.

Usage:
    python3 data/sample/make_sample.py [--src /work/shared/data] [--out data/sample]

Sources (all redistributable, see ATTRIBUTION.md):
  meantime/meantime_newsreader_english_oct15.tar.gz      CC BY 4.0  (120 English Wikinews articles)
  semeval2015-timeline/semeval2015-task4-timeline.tar.gz CC BY 3.0  (the same Wikinews articles; used to
                                                                      cross-check dates and fill 3 missing DCTs)
  factrueval/factrueval-2016-devset.tar.gz               MIT        (Russian news texts)

Output (deterministic; only the Python standard library and, for one page, `iconv` are used):
  en/<topic>/<docid>_<slug>.txt   headline line, "date YYYY-MM-DD" line, blank line, paragraphs
  ru/factrueval/book_<N>.txt      byte-identical copies of FactRuEval devset texts (no headline/date lines added)
  html/*.html                     two Wikinews articles in a news-site HTML template (UTF-8) and one
                                  FactRuEval text in a windows-1251 page made with iconv
  licenses/                       the upstream licence texts (MIT for FactRuEval, CC BY 4.0 for MEANTIME)

The script only writes en/, ru/, html/ and licenses/ under --out; ATTRIBUTION.md and this script are hand-written.
"""
import argparse
import collections
import datetime
import html
import io
import os
import re
import shutil
import subprocess
import sys
import tarfile

MEANTIME_TGZ = "meantime/meantime_newsreader_english_oct15.tar.gz"
SEMEVAL_TGZ = "semeval2015-timeline/semeval2015-task4-timeline.tar.gz"
FACTRUEVAL_TGZ = "factrueval/factrueval-2016-devset.tar.gz"

# MEANTIME topic corpus -> output folder name
TOPICS = {"airbus": "airbus", "apple": "apple", "gm": "gm-chrysler-ford", "stock": "stock-market"}

RU_COUNT = 60          # FactRuEval devset texts to take (lowest book numbers first) ...
RU_MAX_BYTES = 6000    # ... among those not larger than this
RU_HTML_DOC = "book_356"  # FactRuEval text wrapped in the windows-1251 page (it starts with a headline line)

# Wikinews articles wrapped in the HTML template: (MEANTIME doc id, output name)
HTML_EN_DOCS = [("100911", "wikinews-eads-northrop-tanker.html"),
                ("190356", "wikinews-apple-iphone-4.html")]

MONTHS = {m: i for i, m in enumerate(
    ["January", "February", "March", "April", "May", "June", "July", "August",
     "September", "October", "November", "December"], 1)}

NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "...",
                   "'s", "'S", "n't", "'re", "'ve", "'ll", "'d", "'m", "'"}
NO_SPACE_AFTER = {"(", "[", "{", "$", "US$", "CA$", "AU$", "USD$", "NZ$", "HK$", "£", "€", "#"}


# ---------------------------------------------------------------- helpers

def read_tar(path):
    """name -> bytes for every regular file in a .tar.gz"""
    out = {}
    with tarfile.open(path, "r:gz") as tf:
        for m in tf.getmembers():
            if m.isfile():
                out[m.name] = tf.extractfile(m).read()
    return out


def detokenize(tokens, quote_state):
    """Join Penn-Treebank-style tokens back into running text.

    quote_state is a one-element list carrying whether a '"' quotation is open across sentences.
    Returns (text, quote_open_after)."""
    out = ""
    glue_next = True  # no space before the first token
    for i, tok in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if tok == "#" and re.match(r"^\d", nxt):
            tok = "£"  # the corpus' PTB conversion turned the pound sign into '#'
        if tok == "``":
            tok, kind = '"', "open"
        elif tok == "''":
            tok, kind = '"', "close"
        elif tok == '"':
            kind = "close" if quote_state[0] else "open"
        else:
            kind = None
        if kind == "open":
            quote_state[0] = True
            space = not glue_next
            glue_after = True
        elif kind == "close":
            quote_state[0] = False
            space = False
            glue_after = False
        elif tok in {"$", "£", "€"} and i > 0 and tokens[i - 1] in {"US", "GB", "AU", "A", "C", "NZ", "HK", "CA"}:
            space = False  # "US $ 199" -> "US$199"
            glue_after = bool(re.match(r"^\d", nxt))
            out += tok
            glue_next = glue_after
            continue
        else:
            space = not glue_next and tok not in NO_SPACE_BEFORE
            glue_after = tok in NO_SPACE_AFTER and bool(re.match(r"^\d", nxt)) or tok in {"(", "[", "{"}
        out += (" " if space else "") + tok
        glue_next = glue_after
    return out, quote_state[0]


def paragraphs(sentences):
    """Sentences -> paragraphs. The source keeps sentences but not paragraph breaks, so breaks are
    synthetic: close a paragraph after 2 sentences or 320 characters, never inside an open quotation."""
    paras, cur, qs = [], [], [False]
    for toks in sentences:
        text, q_open = detokenize(toks, qs)
        cur.append(text)
        if not q_open and (len(cur) >= 2 or sum(len(s) for s in cur) >= 320):
            paras.append(" ".join(cur))
            cur = []
    if cur:
        paras.append(" ".join(cur))
    return paras


def slug(name):
    s = re.sub(r"[^A-Za-z0-9]+", "_", name).strip("_")
    return s[:90].rstrip("_")


def parse_dateline(text):
    m = re.fullmatch(r"([A-Z][a-z]+) (\d{1,2}), (\d{4})", text.strip())
    if not m or m.group(1) not in MONTHS:
        return None
    return datetime.date(int(m.group(3)), MONTHS[m.group(1)], int(m.group(2))).isoformat()


def norm_title(t):
    return re.sub(r"[^a-z0-9]", "", t.lower())


# ---------------------------------------------------------------- sources

class FakeMatch:
    def __init__(self, value):
        self.value = value

    def group(self, _):
        return self.value


def load_semeval(src):
    """(docid -> DCT, normalised title -> DCT) from the SemEval-2015 Task 4 TimeML files."""
    by_id, by_title = {}, {}
    for name, data in read_tar(os.path.join(src, SEMEVAL_TGZ)).items():
        if not name.endswith(".tml") or "_TimeML/" not in name or "events" in name or "trackB" in name:
            continue
        s = data.decode("utf-8")
        dct = re.search(r'functionInDocument="CREATION_TIME"[^>]*value="(\d{4}-\d\d-\d\d|\d\d-\d\d-\d{4})"', s)
        if dct and re.fullmatch(r"\d\d-\d\d-\d{4}", dct.group(1)):  # one file writes DD-MM-YYYY
            dd, mm, yyyy = dct.group(1).split("-")
            dct = FakeMatch(f"{yyyy}-{mm}-{dd}")
        did = re.search(r"<DOCID>(\d+)</DOCID>", s)
        title = re.search(r"<EXTRAINFO>(.*?)</EXTRAINFO>", s, re.S)
        if dct and did:
            by_id[did.group(1)] = dct.group(1)
        if dct and title:
            by_title[norm_title(html.unescape(title.group(1)))] = dct.group(1)
        # file names also carry the title (trial data uses other doc ids than MEANTIME)
        base = os.path.basename(name)[:-4]
        base = re.sub(r"^\d+[-_]", "", base)
        if dct:
            by_title.setdefault(norm_title(base), dct.group(1))
    return by_id, by_title


def load_meantime(src):
    docs = []
    for name, data in sorted(read_tar(os.path.join(src, MEANTIME_TGZ)).items()):
        m = re.search(r"intra-doc_annotation/corpus_(\w+)/([^/]+)\.xml$", name)
        if not m:
            continue
        s = data.decode("utf-8")
        head = re.search(r'<Document doc_id="(\d+)" doc_name="([^"]*)"[^>]*url="([^"]*)"', s)
        sents = collections.OrderedDict()
        for sn, tok in re.findall(r'<token number="\d+" sentence="(\d+)" t_id="\d+">(.*?)</token>', s):
            sents.setdefault(int(sn), []).append(html.unescape(tok))
        dct = re.search(r'functionInDocument="CREATION_TIME"[^>]*value="(\d{4}-\d\d-\d\d)', s)
        docs.append({
            "topic": m.group(1), "doc_id": head.group(1), "doc_name": html.unescape(head.group(2)),
            "url": html.unescape(head.group(3)), "sentences": list(sents.values()),
            "dct": dct.group(1) if dct else None, "src_path": name,
        })
    return docs


# ---------------------------------------------------------------- writers

def build_en(src, out, log):
    se_id, se_title = load_semeval(src)
    docs = load_meantime(src)
    stats = collections.Counter()
    written = {}
    for d in docs:
        sents = d["sentences"]
        title, _ = detokenize(sents[0], [False])
        dateline, _ = detokenize(sents[1], [False])
        dl_date = parse_dateline(dateline)
        se = se_id.get(d["doc_id"]) or se_title.get(norm_title(title)) \
            or se_title.get(norm_title(d["doc_name"].split("_", 1)[1]))
        date = d["dct"] or se or dl_date
        if d["dct"] is None:
            log.append(f"{d['doc_id']}: no CREATION_TIME in MEANTIME; date {date} from "
                       f"{'SemEval-2015 DCT' if se else 'dateline'}")
        if se is None:
            stats["not_in_semeval"] += 1
            log.append(f"{d['doc_id']}: not found in SemEval-2015 Task 4")
        elif se != date:
            log.append(f"{d['doc_id']}: MEANTIME DCT {date} != SemEval DCT {se} (dateline says {dl_date}; kept {date})")
        body_sents = sents[2:] if dl_date else sents[1:]  # the dateline duplicates the date line
        paras = paragraphs(body_sents)
        rel = os.path.join("en", TOPICS[d["topic"]], f"{d['doc_id']}_{slug(d['doc_name'].split('_', 1)[1])}.txt")
        path = os.path.join(out, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            f.write(f"{title}\ndate {date}\n\n" + "\n\n".join(paras) + "\n")
        written[d["doc_id"]] = {"rel": rel, "title": title, "date": date, "paras": paras,
                                "url": d["url"], "topic": d["topic"]}
        stats["en"] += 1
    log.append(f"EN: wrote {stats['en']} articles; {stats['en'] - stats['not_in_semeval']} also found in "
               f"SemEval-2015 Task 4 (DCT cross-checked), {stats['not_in_semeval']} not found there")
    return written


def build_ru(src, out, log):
    files = read_tar(os.path.join(src, FACTRUEVAL_TGZ))
    texts = {}
    for name, data in files.items():
        m = re.search(r"(book_(\d+))\.txt$", name)
        if m:
            texts[m.group(1)] = (int(m.group(2)), data)
    chosen = [k for k, (n, data) in sorted(texts.items(), key=lambda kv: kv[1][0])
              if len(data) <= RU_MAX_BYTES][:RU_COUNT]
    if RU_HTML_DOC not in chosen:
        chosen[-1] = RU_HTML_DOC
    os.makedirs(os.path.join(out, "ru", "factrueval"), exist_ok=True)
    for k in chosen:
        with open(os.path.join(out, "ru", "factrueval", k + ".txt"), "wb") as f:
            f.write(texts[k][1])  # byte-identical
    log.append(f"RU: copied {len(chosen)} FactRuEval devset texts: {' '.join(chosen)}")
    return {k: texts[k][1].decode("utf-8") for k in chosen}


EN_TEMPLATE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} | The Wiki Wire</title>
<meta name="description" content="{desc}">
<meta property="og:type" content="article">
<meta property="og:site_name" content="The Wiki Wire">
<meta property="og:title" content="{title}">
<meta property="og:description" content="{desc}">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{date}">
<meta property="article:section" content="{section}">
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="/static/css/site.css">
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({{"pageType": "article"}});</script>
</head>
<body class="article-page">
<header class="site-header">
  <a class="logo" href="/">The Wiki Wire</a>
  <nav class="main-nav" aria-label="Sections">
    <ul>
      <li><a href="/world/">World</a></li>
      <li><a href="/business/">Business</a></li>
      <li><a href="/technology/">Technology</a></li>
      <li><a href="/science/">Science</a></li>
      <li><a href="/sport/">Sport</a></li>
    </ul>
  </nav>
  <form class="search" action="/search"><input type="search" name="q" placeholder="Search"></form>
  <a class="login" href="/login">Sign in</a>
</header>
<div class="breadcrumbs"><a href="/">Home</a> &rsaquo; <a href="/{section_lc}/">{section}</a></div>
<main>
<article class="story">
  <h1 class="headline">{title}</h1>
  <div class="byline">By Wikinews contributors &middot; <time datetime="{date}">{date_human}</time></div>
  <div class="share"><a href="#">Share</a> <a href="#">Tweet</a> <a href="#">Email</a></div>
  <div class="story-body">
{body}
  </div>
  <p class="credit">This article was originally published on <a href="{url}">Wikinews</a>
  and is available under the <a href="https://creativecommons.org/licenses/by/2.5/">Creative Commons
  Attribution</a> licence (text as distributed in the MEANTIME corpus, CC BY 4.0).</p>
</article>
<aside class="related" aria-label="Related articles">
  <h2>Related stories</h2>
  <ul>
{related}
  </ul>
</aside>
<aside class="newsletter"><h2>Get the morning briefing</h2><p>Sign up for our daily newsletter.</p>
<form><input type="email" placeholder="Email address"><button>Subscribe</button></form></aside>
</main>
<footer class="site-footer">
  <nav aria-label="Footer"><a href="/about">About us</a> | <a href="/contact">Contact</a> |
  <a href="/privacy">Privacy policy</a> | <a href="/terms">Terms of use</a></nav>
  <p>&copy; The Wiki Wire. Article texts from Wikinews, CC BY.</p>
</footer>
</body>
</html>
"""

RU_TEMPLATE = """<!DOCTYPE html>
<html lang="ru">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">
<title>{title} - Новости</title>
<meta property="og:type" content="article">
<meta property="og:site_name" content="Новостная лента">
<meta property="og:title" content="{title}">
<meta property="og:description" content="{desc}">
</head>
<body>
<div id="top">
  <a href="/" class="logo">Новостная лента</a>
  <ul class="menu">
    <li><a href="/politics/">Политика</a></li>
    <li><a href="/economy/">Экономика</a></li>
    <li><a href="/tech/">Технологии</a></li>
    <li><a href="/culture/">Культура</a></li>
  </ul>
</div>
<div id="content">
  <div class="news">
    <h1>{title}</h1>
    <p class="lead"><b>{desc}</b></p>
{body}
  </div>
  <div class="comments"><a href="#comments">Комментарии (0)</a> | <a href="/login">Войти, чтобы комментировать</a></div>
  <div class="see-also">
    <h3>Читайте также</h3>
    <ul>
      <li><a href="/tech/">Все новости раздела «Технологии»</a></li>
    </ul>
  </div>
</div>
<div id="footer">
  <p>Текст: корпус FactRuEval-2016 (лицензия MIT). Перепечатка с указанием источника.</p>
</div>
</body>
</html>
"""


def human_date(iso):
    d = datetime.date.fromisoformat(iso)
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def build_html(out, en_docs, ru_texts, log):
    hdir = os.path.join(out, "html")
    os.makedirs(hdir, exist_ok=True)
    for doc_id, fname in HTML_EN_DOCS:
        d = en_docs[doc_id]
        related = [o for k, o in sorted(en_docs.items(), key=lambda kv: kv[1]["date"])
                   if o["topic"] == d["topic"] and k != doc_id and o["date"] <= d["date"]][-4:]
        section = "Technology" if d["topic"] == "apple" else "Business"
        body = "\n".join(f"    <p>{html.escape(p, quote=False)}</p>" for p in d["paras"])
        rel_html = "\n".join(
            f'    <li><a href="{html.escape(o["url"])}">{html.escape(o["title"])}</a> '
            f'<time datetime="{o["date"]}">{human_date(o["date"])}</time></li>' for o in reversed(related))
        page = EN_TEMPLATE.format(title=html.escape(d["title"]), desc=html.escape(d["paras"][0][:200]),
                                  url=html.escape(d["url"]), date=d["date"], date_human=human_date(d["date"]),
                                  section=section, section_lc=section.lower(), body=body, related=rel_html)
        with open(os.path.join(hdir, fname), "w", encoding="utf-8", newline="\n") as f:
            f.write(page)
        log.append(f"HTML: {fname} <- {d['rel']}")

    # Russian page: FactRuEval text whose first paragraph is a headline and second a lead.
    paras = [p.strip() for p in ru_texts[RU_HTML_DOC].split("\n\n") if p.strip()]
    title, desc, rest = paras[0], paras[1], paras[2:]
    body = "\n".join(f"    <p>{html.escape(p, quote=False)}</p>" for p in rest)
    page_utf8 = RU_TEMPLATE.format(title=html.escape(title), desc=html.escape(desc), body=body)
    target = os.path.join(hdir, "ru-factrueval-cp1251.html")
    try:
        enc = subprocess.run(["iconv", "-f", "UTF-8", "-t", "WINDOWS-1251"], input=page_utf8.encode("utf-8"),
                             capture_output=True, check=True).stdout
        how = "iconv -f UTF-8 -t WINDOWS-1251"
    except (OSError, subprocess.CalledProcessError):
        enc = page_utf8.encode("cp1251")  # same mapping, for systems without iconv
        how = "Python cp1251 codec (iconv unavailable)"
    with open(target, "wb") as f:
        f.write(enc)
    log.append(f"HTML: ru-factrueval-cp1251.html <- ru/factrueval/{RU_HTML_DOC}.txt via {how}")


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--src", default=os.environ.get("STORYLINE_SHARED_DATA", "/work/shared/data"))
    ap.add_argument("--out", default=here)
    args = ap.parse_args()
    for sub in ("en", "ru", "html", "licenses"):
        shutil.rmtree(os.path.join(args.out, sub), ignore_errors=True)
    log = []
    en_docs = build_en(args.src, args.out, log)
    ru_texts = build_ru(args.src, args.out, log)
    build_html(args.out, en_docs, ru_texts, log)
    # Licence texts travel with the copies. No .txt/.html/.jsonl extension, so a directory walk of
    # data/sample does not take them for articles.
    os.makedirs(os.path.join(args.out, "licenses"), exist_ok=True)
    for src_rel, dst in (("factrueval/LICENSE.MIT", "factrueval-2016.LICENSE.MIT"),
                         ("meantime/LICENSE.CC-BY-4.0.txt", "meantime.LICENSE.CC-BY-4.0")):
        shutil.copyfile(os.path.join(args.src, src_rel), os.path.join(args.out, "licenses", dst))
        os.chmod(os.path.join(args.out, "licenses", dst), 0o644)
    total = sum(os.path.getsize(os.path.join(dp, f)) for dp, _, fs in os.walk(args.out) for f in fs)
    log.append(f"total size of {args.out}: {total} bytes")
    print("\n".join(log))


if __name__ == "__main__":
    sys.exit(main())
