#include "extract/html_metadata.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <vector>

#include <nlohmann/json.hpp>

#include "base/time_util.h"
#include "extract/date_choice.h"
#include "extract/date_labels.h"
#include "extract/html_author.h"
#include "extract/html_title.h"
#include "extract/date_text.h"
#include "extract/html_dom.h"
#include "extract/html_prescan.h"
#include "extract/word_marks.h"

namespace storyline {
namespace {

using Json = nlohmann::json;

std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

enum BylineRank : int { kBylineItemprop = 0, kBylineNamed = 1, kNoByline = 2 };

// Everything the single walk over the tree collects; choices between sources come after.
struct Candidates {
  std::string og_title, twitter_title, h1, title_tag;
  std::string og_url, canonical, site_name, meta_author, og_image;
  std::string ld_headline, ld_author;
  bool ld_author_person = false;  // the JSON-LD author is typed Person (a blog's owner may name the site)
  // article:author, parsely-author…: after the meta "author" and JSON-LD, which are plainer.
  std::string other_meta_author;
  // The visible byline: an itemprop=author element, else an element
  // named "author" or "byline" (the innermost, of the first); rank lower wins.
  std::string byline;
  int byline_rank = kNoByline;
  DomIndex::Id byline_id = 0, byline_end = 0;
  std::vector<DateCandidate> dates;
  // Visible text nodes, for a dateline below the headline and the first date of the page; only
  // joined when no better date is found (most pages have one).
  bool seen_h1 = false;
  std::size_t h1_length = 0;   // of the longest <h1> so far: the headline, not an "aural" heading
  std::vector<std::string_view> visible;
  std::size_t first_after_h1 = std::string_view::npos;  // the first of `visible` after the <h1>
  DomIndex::Id h1_end = 0;   // one past the headline's subtree: its own words are not "after" it
  DomIndex::Id h1_outer_end = 0;  // one past the last outermost <h1> read: the ones inside it are skipped
  int chrome_depth = 0;      // inside nav/footer/aside: dates there belong to other pages
  int dateline_tries = 0;    // date-named elements read so far (bounded: nested junk pages)
  // Text of the other scripts (app state JSON, analytics): read only when the page gives no date.
  std::vector<std::string_view> scripts;
  std::optional<LocalDate> shown;  // DateUnderHeadline, once the walk is done
};

constexpr std::size_t kAfterH1Bytes = 2000;
// Visible text nodes searched for a "By …" line when nothing names the author otherwise.
constexpr std::size_t kBylineTextNodes = 400;
constexpr std::size_t kPageTextBytes = 16384;
constexpr int kMaxDatelineTries = 24;
constexpr std::size_t kShownDateBytes = 600;
constexpr std::size_t kMaxScripts = 64;

// JSON keys of a publication time in scripts that are not JSON-LD (kScriptKeysRead in
// html_prescan.h, which keeps the scripts holding one): the state a JavaScript page renders
// itself from ("publishedDate", "published_at", "createdAt"…), quoted as JSON writes them.
constexpr const auto& kScriptDateKeys = kScriptKeysRead;

// Meta names (lower case) that state the publication time.
constexpr std::array<std::string_view, 21> kPublishedMeta = {
    "article:published_time", "og:article:published_time", "og:published_time", "article:published",
    "published_time", "datepublished", "rnews:datepublished", "parsely-pub-date", "sailthru.date",
    "article.published", "publish-date", "publish_date", "publishdate", "cxenseparse:recs:publishtime",
    "published-date", "date_published", "publication_date", "article:publicationdate", "dateposted",
    "dc.date.publication", "shareaholic:article_published_time"};
// Meta names for a date that is usually, not always, the publication's.
constexpr std::array<std::string_view, 20> kGenericDateMeta = {
    "dc.date.issued", "dcterms.issued", "citation_publication_date", "citation_date", "originalpublicationdate",
    "pubdate", "dc.date", "dcterms.date", "dc.date.created", "dcterms.created", "date", "datecreated",
    "article_date_original", "created", "og:pubdate", "dc.created", "bt:pubdate", "article.created", "dc:date",
    "dc:created"};
constexpr std::array<std::string_view, 8> kModifiedMeta = {
    "article:modified_time", "og:updated_time", "datemodified", "dc.date.modified", "dcterms.modified",
    "last-modified", "article:modified", "lastmod"};

// Meta names (lower case) of the author besides "author"; article:author is often a URL
// (CleanAuthor drops those).
constexpr std::array<std::string_view, 6> kOtherAuthorMeta = {
    "article:author", "parsely-author", "sailthru.author", "dc.creator", "dcterms.creator", "byl"};

void SetOnce(std::string& field, std::string_view value) {
  value = Trim(value);
  if (field.empty() && !value.empty()) field = std::string(value);
}

template <std::size_t N>
bool OneOf(std::string_view key, const std::array<std::string_view, N>& names) {
  return std::find(names.begin(), names.end(), key) != names.end();
}

void AddDate(Candidates& c, int rank, std::string source, std::string_view value) {
  if (auto d = ParseDateValue(value)) c.dates.push_back({rank, std::move(source), *d});
}

void TakeMetaDate(const std::string& key, std::string_view content, Candidates& c) {
  if (OneOf(key, kPublishedMeta)) AddDate(c, kRankPublishedMeta, "meta:" + key, content);
  else if (OneOf(key, kGenericDateMeta)) AddDate(c, kRankGenericMeta, "meta:" + key, content);
  else if (OneOf(key, kModifiedMeta)) AddDate(c, kRankModified, "meta:" + key, content);
  else if (key == "parsely-page") {
    Json j = Json::parse(content, nullptr, /*allow_exceptions=*/false);
    if (j.is_object() && j.contains("pub_date") && j["pub_date"].is_string()) {
      AddDate(c, kRankPublishedMeta, "meta:parsely-page", j["pub_date"].get<std::string>());
    }
  }
}

void TakeMeta(const DomIndex& dom, DomIndex::Id i, Candidates& c) {
  std::string key(dom.Attr(i, "property"));
  if (key.empty()) key = dom.Attr(i, "name");
  if (key.empty()) key = dom.Attr(i, "itemprop");
  if (key.empty()) key = dom.Attr(i, "http-equiv");
  key = Lower(Trim(key));
  std::string_view content = dom.Attr(i, "content");
  if (key == "og:title") SetOnce(c.og_title, content);
  else if (key == "twitter:title") SetOnce(c.twitter_title, content);
  else if (key == "og:url") SetOnce(c.og_url, content);
  else if (key == "og:site_name") SetOnce(c.site_name, content);
  else if (key == "og:image" || key == "twitter:image") SetOnce(c.og_image, content);
  else if (key == "author") SetOnce(c.meta_author, CleanAuthor(content, false));
  else if (OneOf(key, kOtherAuthorMeta)) SetOnce(c.other_meta_author, CleanAuthor(content, false));
  else TakeMetaDate(key, content, c);
}

// The name of a JSON-LD author: a string, or an object's "name".
std::string LdOneAuthor(const Json& author) {
  if (author.is_string()) return CleanAuthor(author.get<std::string>(), false);
  if (author.is_object() && author.contains("name") && author["name"].is_string()) {
    return CleanAuthor(author["name"].get<std::string>(), false);
  }
  return {};
}

// All the names of an author value (one, or an array of them), joined as a byline prints them.
std::string LdAuthorName(const Json& author) {
  if (!author.is_array()) return LdOneAuthor(author);
  std::vector<std::string> names;
  for (const Json& a : author) {
    std::string name = LdOneAuthor(a);
    if (!name.empty() && std::find(names.begin(), names.end(), name) == names.end()) names.push_back(std::move(name));
  }
  return JoinAuthors(names);
}

std::string LdString(const Json& obj, const char* key) {
  auto it = obj.find(key);
  return it != obj.end() && it->is_string() ? it->get<std::string>() : std::string();
}

// "NewsArticle", ["Article", "WebPage"], "BlogPosting", "ReportageNewsArticle"…
bool IsArticleType(const Json& type) {
  if (type.is_array()) return std::any_of(type.begin(), type.end(), IsArticleType);
  if (!type.is_string()) return false;
  std::string t = Lower(type.get<std::string>());
  return t.find("article") != std::string::npos || t.find("posting") != std::string::npos || t == "report";
}

// Visits every object, through arrays and @graph; the first with a headline gives the headline.
void TakeJsonLd(const Json& j, Candidates& c, int depth) {
  if (depth > 8) return;
  if (j.is_array()) {
    for (const Json& item : j) TakeJsonLd(item, c, depth + 1);
    return;
  }
  if (!j.is_object()) return;
  if (j.contains("headline") || j.contains("datePublished")) {
    SetOnce(c.ld_headline, LdString(j, "headline"));
    if (j.contains("author") && c.ld_author.empty()) {
      SetOnce(c.ld_author, LdAuthorName(j["author"]));
      const Json& a = j["author"].is_array() && !j["author"].empty() ? j["author"][0] : j["author"];
      c.ld_author_person = a.is_object() && a.contains("@type") && a["@type"] == "Person";
    }
    bool article = j.contains("@type") && IsArticleType(j["@type"]);
    AddDate(c, article ? kRankJsonLd : kRankOtherJsonLd, "json-ld:datePublished", LdString(j, "datePublished"));
    AddDate(c, kRankModified, "json-ld:dateModified", LdString(j, "dateModified"));
  }
  if (j.contains("@graph")) TakeJsonLd(j["@graph"], c, depth + 1);
}

void TakeScript(const DomIndex& dom, DomIndex::Id i, Candidates& c) {
  // The script's text is its first child (an element there, in foreign content, has none).
  if (i + 1 >= dom.End(i) || dom.Tag(i + 1) != MyHTML_TAG__TEXT) return;
  const std::string_view text = dom.Text(i + 1);
  if (text.data() == nullptr) return;
  if (Lower(Trim(dom.Attr(i, "type"))) != "application/ld+json") {
    if (c.scripts.size() < kMaxScripts) c.scripts.push_back(text);
    return;
  }
  Json j = Json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (!j.is_discarded()) TakeJsonLd(j, c, 0);  // broken JSON-LD is common; ignore it
}

// Words looked for in class and id names, one bit each.
enum NameMark : uint32_t {
  kMarkPublish = 1u << 0, kMarkEntryDate = 1u << 1, kMarkPostDate = 1u << 2, kMarkUpdated = 1u << 3,
  kMarkModified = 1u << 4, kMarkLastmod = 1u << 5, kMarkDate = 1u << 6, kMarkTime = 1u << 7,
  kMarkByline = 1u << 8, kMarkMeta = 1u << 9, kMarkDatum = 1u << 10, kMarkPosted = 1u << 11,
  kMarkInfo = 1u << 12, kMarkComment = 1u << 13, kMarkRelated = 1u << 14, kMarkTeaser = 1u << 15,
  kMarkWidget = 1u << 16, kMarkSidebar = 1u << 17, kMarkFooter = 1u << 18, kMarkUpdate = 1u << 19,
  kMarkModif = 1u << 20, kMarkAuthor = 1u << 21,
};
constexpr std::array<std::string_view, 22> kNameMarks = {
    "publish", "entry-date", "post-date", "updated", "modified", "lastmod", "date", "time", "byline", "meta", "datum",
    "posted", "info", "comment", "related", "teaser", "widget", "sidebar", "footer", "update", "modif", "author"};

constexpr uint32_t kPublishedNames = kMarkPublish | kMarkEntryDate | kMarkPostDate;
constexpr uint32_t kModifiedNames = kMarkUpdated | kMarkModified | kMarkLastmod;
constexpr uint32_t kDatelineNames =
    kMarkDate | kMarkTime | kMarkByline | kMarkMeta | kMarkDatum | kMarkPosted | kMarkPublish | kMarkInfo;
constexpr uint32_t kNotDatelineNames =
    kMarkComment | kMarkRelated | kMarkTeaser | kMarkWidget | kMarkSidebar | kMarkFooter | kMarkUpdate | kMarkModif;

constexpr WordMarks kNameMarkWords(kNameMarks);

// The NameMark bits of the words that occur in `name`.
uint32_t MarksIn(std::string_view name) { return kNameMarkWords.In(name); }

template <std::size_t N>
bool ContainsAny(std::string_view haystack, const std::array<std::string_view, N>& needles) {
  return std::any_of(needles.begin(), needles.end(),
                     [&](std::string_view n) { return haystack.find(n) != std::string_view::npos; });
}

bool IsChromeTag(myhtml_tag_id_t tag) {
  return tag == MyHTML_TAG_NAV || tag == MyHTML_TAG_FOOTER || tag == MyHTML_TAG_ASIDE;
}

// Collapsed text of the subtree (nav/footer/aside below `node` skipped), but only the first `limit` bytes or a little more: a date-named
// wrapper around the whole page must not cost a walk over the whole page, 24 times.
std::string BoundedText(const DomIndex& dom, DomIndex::Id node, std::size_t limit) {
  std::string out;
  WalkIndex(
      dom, node,
      [&](DomIndex::Id n) {
        if (out.size() > limit) return false;
        myhtml_tag_id_t tag = dom.Tag(n);
        if (tag == MyHTML_TAG__TEXT) {
          AppendCollapsed(out, dom.Text(n).substr(0, limit + 1));
          return false;
        }
        return tag != MyHTML_TAG_SCRIPT && tag != MyHTML_TAG_STYLE && tag != MyHTML_TAG__COMMENT &&
               (n == node || !IsChromeTag(tag));
      },
      [](DomIndex::Id) {});
  return std::string(Trim(out));
}

// The text nodes of the subtree (scripts, styles, comments and nav/footer/aside below it
// skipped), until about `limit` bytes.
std::vector<std::string_view> TextPieces(const DomIndex& dom, DomIndex::Id node, std::size_t limit) {
  std::vector<std::string_view> out;
  std::size_t bytes = 0;
  WalkIndex(
      dom, node,
      [&](DomIndex::Id n) {
        if (bytes > limit) return false;
        myhtml_tag_id_t tag = dom.Tag(n);
        if (tag == MyHTML_TAG__TEXT) {
          const std::string_view text = dom.Text(n);
          if (text.data() != nullptr) out.push_back(text), bytes += text.size();
          return false;
        }
        return tag != MyHTML_TAG_SCRIPT && tag != MyHTML_TAG_STYLE && tag != MyHTML_TAG__COMMENT &&
               (n == node || !IsChromeTag(tag));
      },
      [](DomIndex::Id) {});
  if (bytes > limit) out.clear();  // a block of text, not a byline
  return out;
}

// Words that label a date as an update, compared with text whose ASCII letters are lower-cased
// (Cyrillic is not, so its labels are listed capitalised and not): "Updated", "Aktualisiert",
// "Обновлено", "Оновлено", "Güncellendi", "Mis à jour", "Actualizado", "Aggiornato",
// "Bijgewerkt", "Aktualizacja"/"Zaktualizowano", "Atualizado".
constexpr std::array<std::string_view, 14> kUpdateLabels = {
    "update", "aktualisiert", "modified", "g\xc3\xbcncel", "mis \xc3\xa0 jour", "actualiz", "aggiornat", "bijgewerkt",
    "aktualiz", "atualiz",
    "\xd0\xbe\xd0\xb1\xd0\xbd\xd0\xbe\xd0\xb2\xd0\xbb", "\xd0\x9e\xd0\xb1\xd0\xbd\xd0\xbe\xd0\xb2\xd0\xbb",  // обновл, Обновл
    "\xd0\xbe\xd0\xbd\xd0\xbe\xd0\xb2\xd0\xbb", "\xd0\x9e\xd0\xbd\xd0\xbe\xd0\xb2\xd0\xbb",  // оновл, Оновл
};

// The first date in `text` not labelled as an update in the 40 bytes before it (after the
// previous date), and where it is.
std::optional<DateMatch> FirstUnlabelledMatch(std::string_view text, std::size_t max_bytes) {
  std::size_t previous_end = 0;
  for (const DateMatch& m : FindDatesInText(text, max_bytes, 8)) {
    std::size_t from = std::max(previous_end, m.begin > 40 ? m.begin - 40 : 0);
    previous_end = m.end;
    std::string before = Lower(text.substr(from, m.begin - from));
    if (!ContainsAny(before, kUpdateLabels)) return m;
  }
  return std::nullopt;
}

std::optional<LocalDate> FirstUnlabelledDate(std::string_view text, std::size_t max_bytes) {
  std::optional<DateMatch> m = FirstUnlabelledMatch(text, max_bytes);
  return m ? std::optional<LocalDate>(m->date) : std::nullopt;
}

// <time>, <abbr title>, and itemprop=datePublished elements: their attribute, else their text.
void TakeTimeElement(const DomIndex& dom, DomIndex::Id i, uint32_t marks, Candidates& c) {
  myhtml_tag_id_t tag = dom.Tag(i);
  bool names_modification = (marks & kModifiedNames) != 0;
  bool published = dom.Has(i, DomIndex::kItempropDatePublished) || dom.Has(i, DomIndex::kPubdate) ||
                   ((marks & kPublishedNames) != 0 && !names_modification);
  bool modified = dom.Has(i, DomIndex::kItempropDateModified) || names_modification;
  if (tag != MyHTML_TAG_TIME && !published && !modified) return;
  int rank = published ? kRankPublishedElement : modified ? kRankModified : kRankTime;
  if (c.chrome_depth > 0 && rank == kRankTime) return;
  std::string source = tag == MyHTML_TAG_TIME ? "time" : !dom.Has(i, DomIndex::kItemprop) ? "element" : "itemprop";
  std::string_view value = dom.Attr(i, "datetime");
  if (value.empty()) value = dom.Attr(i, "content");
  if (value.empty() && tag == MyHTML_TAG_ABBR) value = dom.Attr(i, "title");
  if (!value.empty()) return AddDate(c, rank, source, value);
  if (auto d = FindDateInText(BoundedText(dom, i, 300), 300)) c.dates.push_back({rank, source + ":text", *d});
}

// An element named like a dateline ("date", "time", "byline", "meta", "datum", "posted"):
// the first date in its text, unless the text calls it an update.
void TakeDateline(const DomIndex& dom, DomIndex::Id i, uint32_t marks, Candidates& c) {
  if (c.chrome_depth > 0 || c.dateline_tries >= kMaxDatelineTries) return;
  if ((marks & kDatelineNames) == 0 || (marks & kNotDatelineNames) != 0) return;
  ++c.dateline_tries;
  std::string text = BoundedText(dom, i, 600);
  if (text.size() > 600) return;
  if (auto d = FirstUnlabelledDate(text, 600)) {
    c.dates.push_back({kRankDateline, "text:dateline", *d});
  } else if (auto u = FindDateInText(text, 600)) {
    c.dates.push_back({kRankModified, "text:dateline-updated", *u});  // "Aktualisiert: 30.12.2016"
  }
}

// Names of the parts of an author box that are not the name: the photo, the biography.
constexpr std::array<std::string_view, 6> kNotAuthorNames = {"avatar", "image", "img", "bio", "desc", "photo"};

// A byline candidate: the first of the best rank, or an element inside it (the name within
// "By <span>Dana Whitfield</span>").
void TakeByline(const DomIndex& dom, DomIndex::Id i, uint32_t marks, Candidates& c) {
  const bool have = c.byline_rank != kNoByline;
  if (c.chrome_depth > 0 && have) return;  // nav/footer/aside: only when the page has no other
  int rank = kNoByline;
  if (dom.Has(i, DomIndex::kItemprop) && Lower(Trim(dom.Attr(i, "itemprop"))) == "author") {
    rank = kBylineItemprop;
  } else if ((marks & (kMarkAuthor | kMarkByline)) != 0 &&
             (marks & (kMarkComment | kMarkRelated | kMarkTeaser | kMarkWidget | kMarkSidebar)) == 0 &&
             !ContainsAny(dom.Name(i), kNotAuthorNames)) {
    rank = kBylineNamed;
  }
  if (rank == kNoByline) return;
  const bool inside = have && i > c.byline_id && i < c.byline_end;
  if (rank >= c.byline_rank && !inside) return;
  std::string name = BylineName(TextPieces(dom, i, 160));
  if (name.empty()) return;
  c.byline = std::move(name);
  c.byline_rank = std::min(rank, c.byline_rank);
  c.byline_id = i;
  c.byline_end = dom.End(i);
}

void TakeElement(const DomIndex& dom, DomIndex::Id i, Candidates& c) {
  myhtml_tag_id_t tag = dom.Tag(i);
  switch (tag) {
    case MyHTML_TAG_META: return TakeMeta(dom, i, c);
    case MyHTML_TAG_SCRIPT: return TakeScript(dom, i, c);
    case MyHTML_TAG_TITLE: return SetOnce(c.title_tag, InnerText(dom, i));
    case MyHTML_TAG_H1: {
      // Pages put screen-reader headings ("Navigation und Service") in <h1>s too: the text after
      // the longest one is where the dateline is. An <h1> inside one already read has no more
      // text than it, so it cannot be longer: skipping it keeps 10^5 nested ones linear.
      if (i < c.h1_outer_end) return;
      c.h1_outer_end = dom.End(i);
      std::string text = InnerText(dom, i);
      if (c.chrome_depth == 0 && Trim(text).size() > c.h1_length) {
        c.h1_length = Trim(text).size();
        c.seen_h1 = true;
        c.first_after_h1 = std::string_view::npos;
        c.h1_end = dom.End(i);
        c.h1 = std::move(text);
      }
      return;
    }
    case MyHTML_TAG_LINK:
      if (Lower(dom.Attr(i, "rel")) == "canonical") SetOnce(c.canonical, dom.Attr(i, "href"));
      return;
    case MyHTML_TAG_NAV: case MyHTML_TAG_FOOTER: case MyHTML_TAG_ASIDE: ++c.chrome_depth; return;
    default: break;
  }
  uint32_t marks = MarksIn(dom.Name(i));
  TakeByline(dom, i, marks, c);
  TakeTimeElement(dom, i, marks, c);
  if (tag != MyHTML_TAG_TIME && tag != MyHTML_TAG_HTML && tag != MyHTML_TAG_BODY) TakeDateline(dom, i, marks, c);
}

void AppendBounded(std::string& out, std::string_view text, std::size_t limit) {
  if (out.size() >= limit) return;
  out.push_back(' ');
  AppendCollapsed(out, text.substr(0, limit));
}

// Whether `text` is part of the page's <title> or og:title: inside the <h1> that is the
// headline's wording ("Protokoll der Sitzung vom 10. Oktober 2019"), not a dateline next to it.
bool InTitle(std::string_view text, const Candidates& c) {
  std::string words;
  AppendCollapsed(words, Trim(text));
  if (words.empty()) return true;
  return c.title_tag.find(words) != std::string::npos || c.og_title.find(words) != std::string::npos;
}

void TakeText(const DomIndex& dom, DomIndex::Id i, Candidates& c) {
  std::string_view text = dom.Text(i);
  if (c.chrome_depth > 0 || text.data() == nullptr) return;
  c.visible.push_back(text);
  if (c.seen_h1 && c.first_after_h1 == std::string_view::npos && (i >= c.h1_end || !InTitle(text, c))) {
    c.first_after_h1 = c.visible.size() - 1;
  }
}

// The visible text from `first` on, collapsed, about `limit` bytes.
std::string JoinVisible(const Candidates& c, std::size_t first, std::size_t limit) {
  std::string out;
  for (std::size_t i = first; i < c.visible.size() && out.size() < limit; ++i) AppendBounded(out, c.visible[i], limit);
  return out;
}

// The date a reader sees under the headline: the first unlabelled date in the first
// kShownDateBytes of visible text after the <h1>. nullopt when there is none that close.
std::optional<LocalDate> DateUnderHeadline(const Candidates& c) {
  if (c.first_after_h1 == std::string_view::npos) return std::nullopt;
  std::optional<DateMatch> m = FirstUnlabelledMatch(JoinVisible(c, c.first_after_h1, kShownDateBytes), kShownDateBytes);
  if (!m || m->begin > kShownDateBytes) return std::nullopt;
  return m->date;
}

// The first date value of a publication key in the page's other scripts, in document order:
// the last resort of a page that shows no date (its text is drawn by JavaScript).
std::optional<LocalDate> ScriptStateDate(const Candidates& c) {
  for (std::string_view script : c.scripts) {
    std::optional<LocalDate> best;
    std::size_t best_at = std::string_view::npos;
    for (std::string_view key : kScriptDateKeys) {
      for (std::size_t at = script.find(key); at != std::string_view::npos && at < best_at; at = script.find(key, at + 1)) {
        std::size_t v = at + key.size();
        while (v < script.size() && (script[v] == ' ' || script[v] == ':')) ++v;
        if (v >= script.size() || script[v] != '"') continue;
        std::size_t end = script.find('"', v + 1);
        if (end == std::string_view::npos || end - v > 48) continue;
        std::string_view value = script.substr(v + 1, end - v - 1);
        if (auto d = ParseDateValue(value)) {
          best = d, best_at = at;
          break;
        }
      }
    }
    if (best) return best;
  }
  return std::nullopt;
}

// Whether BestDate could choose a labelled date (kRankDateline, added after the walk's dates
// and before the URL's, `url_dates`): when nothing else ranks as high, or when the page shows a
// date under its headline that neither a URL date, nor a candidate ranked as high, nor a
// modification date names (the labelled one could then be the candidate agreeing with it).
// Where it could not, a URL date or a candidate ranked as high is there, so the steps after it
// (which need neither) do not run, with or without it. Keep in step with BestDate.
bool LabelCouldBeChosen(const Candidates& c, const std::vector<LocalDate>& url_dates) {
  // A date that reads either way may be read again from the page's other dates, the labelled
  // one among them (ResolveDayMonth): the rules below then do not hold.
  if (c.shown && c.shown->day_month_ambiguous) return true;
  for (const LocalDate& u : url_dates) {
    if (u.day_month_ambiguous) return true;
  }
  for (const DateCandidate& d : c.dates) {
    if (d.date.day_month_ambiguous) return true;
  }
  if (url_dates.empty() && !HasRankBelow(c.dates, kRankDateline + 1)) return true;
  if (!c.shown) return false;
  for (const LocalDate& u : url_dates) {
    if (SameDay(u, *c.shown)) return false;
  }
  return std::none_of(c.dates.begin(), c.dates.end(), [&](const DateCandidate& d) {
    return SameDay(d.date, *c.shown) && (d.rank <= kRankDateline || d.rank == kRankModified);
  });
}

// The dates from the text, the least trusted, are only looked for when they could win.
void TakeTextDates(Candidates& c, const std::vector<LocalDate>& url_dates) {
  const bool has_url_date = !url_dates.empty();
  std::string page;  // the first kPageTextBytes of visible text: joined once, when first needed
  bool joined = false;
  auto page_text = [&]() -> const std::string& {
    if (!joined) page = JoinVisible(c, 0, kPageTextBytes), joined = true;
    return page;
  };
  if (LabelCouldBeChosen(c, url_dates)) {
    if (auto d = LabelledPublicationDate(page_text())) c.dates.push_back({kRankDateline, "text:published", *d});
  }
  if (c.first_after_h1 != std::string_view::npos && !has_url_date && !HasRankBelow(c.dates, kRankTextAfterH1)) {
    if (auto d = FirstUnlabelledDate(JoinVisible(c, c.first_after_h1, kAfterH1Bytes), kAfterH1Bytes)) {
      c.dates.push_back({kRankTextAfterH1, "text", *d});
    }
  }
  if (c.dates.empty() && !has_url_date) {
    if (auto d = FindDateInText(page_text(), kPageTextBytes)) {
      c.dates.push_back({kRankPageText, "text:page", *d});
    } else if (auto s = ScriptStateDate(c)) {
      c.dates.push_back({kRankPageText, "script", *s});
    } else if (auto i = FindDateInUrl(c.og_image)) {
      c.dates.push_back({kRankPageText, "url:image", *i});  // uploads filed by day: /files/2016/05/04/
    }
  }
}

Candidates Collect(const DomIndex& dom) {
  Candidates c;
  if (dom.size() > 0) {
    WalkIndex(
        dom, 0,
        [&](DomIndex::Id n) {
          myhtml_tag_id_t tag = dom.Tag(n);
          if (tag == MyHTML_TAG__TEXT) TakeText(dom, n, c);
          if (tag == MyHTML_TAG__TEXT || tag == MyHTML_TAG__COMMENT) return false;
          TakeElement(dom, n, c);
          bool descend = tag != MyHTML_TAG_SCRIPT && tag != MyHTML_TAG_STYLE && tag != MyHTML_TAG_NOSCRIPT;
          if (!descend && IsChromeTag(tag)) --c.chrome_depth;
          return descend;
        },
        [&](DomIndex::Id n) {
          if (IsChromeTag(dom.Tag(n))) --c.chrome_depth;
        });
  }
  std::vector<LocalDate> url_dates;
  for (const std::string* url : {&c.og_url, &c.canonical}) {
    if (auto d = FindDateInUrl(*url)) url_dates.push_back(*d);
  }
  c.shown = DateUnderHeadline(c);
  TakeTextDates(c, url_dates);
  for (const LocalDate& d : url_dates) c.dates.push_back({kRankUrl, "url", d});
  return c;
}

bool IsHttpUrl(std::string_view url) { return url.starts_with("http://") || url.starts_with("https://"); }

}  // namespace

std::string HostOf(std::string_view url) {
  if (!IsHttpUrl(url)) return {};
  url.remove_prefix(url.find("://") + 3);
  std::string host = Lower(url.substr(0, url.find_first_of("/:?#")));
  if (host.starts_with("www.")) host.erase(0, 4);
  return host;
}

HtmlMetadata ExtractHtmlMetadata(myhtml_tree_t* tree) {
  DomIndex dom;
  dom.Build(tree);
  return ExtractHtmlMetadata(dom);
}

HtmlMetadata ExtractHtmlMetadata(const DomIndex& dom) {
  Candidates c = Collect(dom);
  HtmlMetadata m;
  if (IsHttpUrl(c.og_url)) m.url = c.og_url;
  else if (IsHttpUrl(c.canonical)) m.url = c.canonical;
  const std::string host = HostOf(m.url);
  m.title = ChooseTitle({c.og_title, c.twitter_title, c.ld_headline, c.h1, c.title_tag, c.site_name, host});
  std::optional<LocalDate> shown = c.shown;
  ResolveDayMonth(c.dates, shown);
  if (const DateCandidate* d = BestDate(c.dates, shown)) {
    m.published = ToUnixSeconds(d->date);
    m.published_local = d->date;
    m.published_source = d->source;
  }
  m.source = c.site_name.empty() ? host : CollapseSpaces(c.site_name);
  ChosenAuthor author = ChooseAuthor(
      {{&c.meta_author, true}, {&c.ld_author, true, c.ld_author_person}, {&c.other_meta_author, true}, {&c.byline, false}},
      c.site_name, host);
  if (author.name.empty() || author.names_site) {
    // A "By …" line in the text, read only when the sources above name no one but the site.
    const std::string in_text = BylineInText(c.visible, kBylineTextNodes);
    author = ChooseAuthor({{&author.name, true}, {&in_text, false}}, c.site_name, host);
  }
  m.author = std::move(author.name);
  return m;
}

}  // namespace storyline
