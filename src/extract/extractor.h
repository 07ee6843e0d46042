// Extractor: a Document (raw HTML or text bytes) → an Article (title, main text, metadata) in UTF-8.
//
// Decodes the charset (BOM, <meta charset>, http-equiv, else detection; windows-1251 and KOI8-R
// matter most), parses HTML (storyline's own parser, html_parse.h; or myhtml, ExtractOptions),
// takes metadata from og:*, article:published_time, JSON-LD, <time>, and the main text from the
// article body. Plain text: an optional headline line, an inline "date YYYY-MM-DD" marker near
// the top, obvious chrome lines dropped.
// Container hints in the Document (JSONL fields) win over guesses.
// Thread safety: Extract() is const and may be called from several threads at once.
#pragma once

#include "ingest/document.h"
#include "storyline/article.h"
#include "storyline/status.h"

namespace storyline {

// Which HTML parser builds the tree the extraction reads.
enum class HtmlParser {
  kFast,    // storyline's own (html_parse.h): reads only what the extraction reads
  kMyhtml,  // libmodest's myhtml, after the pre-parse scan (html_prescan.h): to compare with
};

struct ExtractOptions {
  // Articles whose extracted text has fewer characters than this are rejected as empty. 0 keeps
  // a page with no article text at all (its metadata alone: title, date, author), for callers
  // that want the metadata of every page, such as a date benchmark.
  std::size_t min_text_chars = 1;
  // The HTML parser. The fast one reads the same from all 4,885 cached evaluation pages in
  // about two thirds of the instructions (docs/PERFORMANCE.md); myhtml stays to compare with.
  HtmlParser parser = HtmlParser::kFast;
  // With myhtml: drop the bytes no extraction step reads (script and style bodies, comment
  // texts) before parsing (html_prescan.h). Output is the same either way; off only to measure it.
  bool prescan = true;
  // A page that marks no publication date gets the numeric date written most often anywhere
  // in its markup (GuessPageDate, published_source "fallback:page"). A guess, right on about
  // half the pages that need it; off by default, because a wrong date can keep an article out
  // of its story, while an undated one may join any.
  bool date_fallback = false;
};

class Extractor {
 public:
  explicit Extractor(ExtractOptions options = {}) : options_(options) {}
  // Errors: kInvalidArgument for binary content, no text, undecodable bytes; the message names
  // doc.origin.
  Result<Article> Extract(const Document& doc) const;

 private:
  ExtractOptions options_;
};

}  // namespace storyline
