// libFuzzer target: Extractor::Extract on arbitrary bytes read as a plain-text scrape.
// Checks only that extraction returns (no crash, no sanitizer report) with bounded output.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "extract/extractor.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  static const storyline::Extractor extractor;
  storyline::Document doc;
  doc.origin = "fuzz.txt";
  doc.format = storyline::DocFormat::kText;
  doc.content.assign(reinterpret_cast<const char*>(data), size);
  storyline::Result<storyline::Article> article = extractor.Extract(doc);
  // Decoding may widen bytes (a legacy charset → UTF-8 at most 3×); never by orders.
  if (article.ok() && article->text.size() + article->title.size() > 8 * size + 64) std::abort();
  return 0;
}
