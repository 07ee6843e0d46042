// libFuzzer target: the text stage's NormalizeText (UTF-8 repair, mojibake repair, C1 controls,
// NFC, whitespace) on arbitrary bytes. Aborts unless the result is valid UTF-8.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "text/normalize.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, std::size_t size) {
  const std::string_view in(reinterpret_cast<const char*>(data), size);
  const std::string out = storyline::NormalizeText(in);
  if (!storyline::IsValidUtf8(out)) std::abort();
  return 0;
}
