// Shared body of the libFuzzer targets: Extractor::Extract on arbitrary bytes read as one input
// format. Checks only that extraction returns (no crash, no sanitizer report) with bounded
// output: decoding may widen bytes (cp1251 → UTF-8 at most 3×, entities a few more), never by
// orders of magnitude.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "extract/extractor.h"

inline int FuzzExtract(const uint8_t* data, std::size_t size, storyline::DocFormat format,
                       const char* origin) {
  // The date fallback on, so that its page-wide date scan is fuzzed too.
  static const storyline::Extractor extractor(storyline::ExtractOptions{.date_fallback = true});
  storyline::Document doc;
  doc.origin = origin;
  doc.format = format;
  doc.content.assign(reinterpret_cast<const char*>(data), size);
  storyline::Result<storyline::Article> article = extractor.Extract(doc);
  if (article.ok() && article->text.size() + article->title.size() > 8 * size + 64) std::abort();
  return 0;
}
