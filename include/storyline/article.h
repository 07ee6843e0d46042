// Article: one news report after ingestion and extraction, in UTF-8.
//
// An article enters once (a file, a JSON line, later an HTTP body), is turned into an Article by
// the extract stage and is never re-parsed downstream. Absent fields are empty strings or
// std::nullopt, never placeholders.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace storyline {

// Where `Article::published` came from.
enum class DateSource {
  kNone,      // no publication time known
  kMetadata,  // a meta tag, JSON-LD, <time>, a JSON field
  kText,      // found in the text: an inline "date YYYY-MM-DD" marker, a dateline
  kStory,     // inferred: the median publication time of the dated articles of its story
};
const char* DateSourceName(DateSource source);  // "none" | "metadata" | "text" | "story"

struct Article {
  std::string id;      // path relative to the root named on the command line, or the JSONL `id`
  std::string origin;  // where it was read, for messages: "dir/a.html", "feed.jsonl:17"
  std::string title;   // headline; empty when the input has none
  std::string text;    // main text; paragraphs separated by "\n\n"
  std::string url;     // canonical URL when known
  std::string source;  // outlet: site name, or the URL host
  std::string author;  // byline when known
  std::optional<int64_t> published;  // publication time, Unix seconds, UTC
  DateSource published_from = DateSource::kNone;
  // Which evidence gave `published`: "meta:article:published_time", "json-ld:datePublished",
  // "itemprop", "time", "url", "text:dateline", "text", "json-ld:dateModified"…, "text:marker"
  // for a .txt date line, "hint" for a container field (JSONL `published`); "" when none.
  std::string published_source;
  // The publication date as the source wrote it, in its own time zone: "2019-11-01",
  // "2019-11-01T12:30:00" or "2019-11-01T12:30:00+03:00"; "" when none.
  std::string published_local;
  std::string lang;              // ISO 639-1 code ("en", "ru"), or "und" when unknown
  float lang_confidence = 0.0f;  // 0..1
};

}  // namespace storyline
