// libFuzzer target: Extractor::Extract on arbitrary bytes read as a plain-text scrape.
#include "fuzz_extract.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  return FuzzExtract(data, size, storyline::DocFormat::kText, "fuzz.txt");
}
