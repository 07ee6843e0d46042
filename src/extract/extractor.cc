#include "extract/extractor.h"

#include "base/time_util.h"
#include "extract/charset.h"
#include "extract/date_guess.h"
#include "extract/date_text.h"
#include "extract/html_dom.h"
#include "extract/html_metadata.h"
#include "extract/html_paragraphs.h"
#include "extract/html_parse.h"
#include "extract/html_prescan.h"
#include "extract/html_text.h"
#include "extract/text_cleanup.h"
#include "ingest/content_check.h"

namespace storyline {
namespace {

// What one format's extraction found, before container hints are applied.
struct Extracted {
  std::string title, text, url, source, author;
  std::optional<int64_t> published;
  DateSource published_from = DateSource::kNone;
  std::string published_source, published_local;
};

// Parses with myhtml into `dom`. The parser's time grows with the bytes it reads; a third of a
// typical page is script, style and comments that no step reads: the prescan drops them.
Status ParseWithMyhtml(std::string_view utf8, bool prescan, DomIndex& dom) {
  thread_local std::string kept;
  if (prescan && DropUnreadHtml(utf8, kept)) utf8 = kept;
  Result<myhtml_tree_t*> tree = ParseHtml(utf8);
  if (kept.capacity() > (8u << 20)) std::string().swap(kept);  // the parser copied what it keeps
  if (!tree.ok()) return tree.status();
  dom.Build(*tree);
  return Status::Ok();
}

Result<Extracted> ExtractHtml(std::string_view utf8, const ExtractOptions& options) {
  // One index per thread, like the trees it points into: its buffers are reused page after page.
  thread_local DomIndex dom;
  if (dom.size() > (1u << 20)) dom = DomIndex();  // a huge page's buffers are not kept for the next
  Status parsed = options.parser == HtmlParser::kFast ? ParseHtmlFast(utf8, dom)
                                                      : ParseWithMyhtml(utf8, options.prescan, dom);
  if (!parsed.ok()) return parsed;
  HtmlMetadata meta = ExtractHtmlMetadata(dom);
  Extracted e;
  e.text = ExtractMainText(dom, meta.title);
  TrimAuthorBio(e.text, meta.author);
  e.title = std::move(meta.title);
  e.url = std::move(meta.url);
  e.source = std::move(meta.source);
  e.author = std::move(meta.author);
  e.published = meta.published;
  e.published_source = std::move(meta.published_source);
  if (meta.published_local) e.published_local = FormatLocalDate(*meta.published_local);
  if (e.published) e.published_from = e.published_source.starts_with("text") ? DateSource::kText : DateSource::kMetadata;
  return e;
}

Extracted ExtractText(std::string_view utf8) {
  PlainTextParts parts = ExtractPlainText(utf8);
  Extracted e;
  e.title = std::move(parts.title);
  e.text = std::move(parts.text);
  e.published = parts.published;
  if (e.published) {
    e.published_from = DateSource::kText;
    e.published_source = "text:marker";
    e.published_local = FormatIso8601(*e.published);
  }
  return e;
}

// Container fields (JSONL) are facts about the article; extraction only guesses. A given title
// still loses a segment that names the given source or the URL's host ("… - Reuters").
void ApplyHints(const Document& doc, Extracted& e) {
  if (!doc.url.empty()) e.url = doc.url;
  if (!doc.source.empty()) e.source = doc.source;
  if (!doc.title.empty()) e.title = StripSiteName(CollapseSpaces(doc.title), doc.source, HostOf(e.url));
  if (e.source.empty()) e.source = HostOf(e.url);
  if (auto t = ParseIso8601(Trim(doc.published))) {
    e.published = t;
    e.published_from = DateSource::kMetadata;
    e.published_source = "hint";
    e.published_local = std::string(Trim(doc.published));
  } else if (auto d = e.published ? std::nullopt : FindDateInUrl(e.url)) {
    e.published = ToUnixSeconds(*d);
    e.published_from = DateSource::kMetadata;
    e.published_source = "url";
    e.published_local = FormatLocalDate(*d);
  }
}

}  // namespace

Result<Article> Extractor::Extract(const Document& doc) const {
  if (LooksBinary(doc.content)) return Status::InvalidArgument(doc.origin + ": binary content");
  bool is_html = doc.format == DocFormat::kHtml;
  // Most pages are UTF-8 already: read them in place rather than copy them.
  std::optional<std::string_view> utf8 = Utf8AsIs(doc.content);
  std::string converted;
  if (!utf8) {
    Result<std::string> decoded = DecodeToUtf8(doc.content, is_html);
    if (!decoded.ok()) return Status::InvalidArgument(doc.origin + ": " + decoded.status().message());
    converted = std::move(*decoded);
    utf8 = converted;
  }
  Result<Extracted> extracted = is_html ? ExtractHtml(*utf8, options_) : Result<Extracted>(ExtractText(*utf8));
  if (!extracted.ok()) return extracted.status().WithPrefix(doc.origin);
  Extracted& e = *extracted;
  ApplyHints(doc, e);
  if (is_html && options_.date_fallback && !e.published) {
    if (std::optional<LocalDate> guess = GuessPageDate(*utf8)) {
      e.published = ToUnixSeconds(*guess);
      e.published_from = DateSource::kText;
      e.published_source = "fallback:page";
      e.published_local = FormatLocalDate(*guess);
    }
  }
  if ((e.text.empty() && options_.min_text_chars > 0) || CodePointCount(e.text) < options_.min_text_chars) {
    return Status::InvalidArgument(doc.origin + ": no article text found");
  }
  Article a;
  a.id = doc.id;
  a.origin = doc.origin;
  a.title = std::move(e.title);
  a.text = std::move(e.text);
  a.url = std::move(e.url);
  a.source = std::move(e.source);
  a.author = std::move(e.author);
  a.published = e.published;
  a.published_from = e.published_from;
  a.published_source = std::move(e.published_source);
  a.published_local = std::move(e.published_local);
  a.lang = doc.lang.empty() ? "und" : doc.lang;
  a.lang_confidence = doc.lang.empty() ? 0.0f : 1.0f;
  return a;
}

}  // namespace storyline
