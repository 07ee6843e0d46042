// Document: the raw bytes of one article as read from disk, before extraction.
#pragma once

#include <string>

namespace storyline {

enum class DocFormat {
  kHtml,  // an HTML page (any charset; extraction decodes it)
  kText,  // a plain-text scrape (any charset; extraction decodes it)
};

struct Document {
  std::string id;       // article id: path relative to the root, or the JSONL `id`
  std::string origin;   // for messages: "dir/a.html", "dir/feed.jsonl:17"
  DocFormat format = DocFormat::kText;
  std::string content;  // raw bytes (JSONL: the `text` or `html` field, already UTF-8)
  // Fields a container gave (JSONL); empty when absent. Extraction prefers them to guesses.
  std::string title;
  std::string url;
  std::string source;
  std::string published;  // ISO 8601 as given
  std::string lang;
};

}  // namespace storyline
