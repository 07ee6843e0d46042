#include "text/case_fold.h"

#include <unicode/bytestream.h>
#include <unicode/normalizer2.h>
#include <unicode/stringpiece.h>

#include "base/utf8.h"

namespace storyline::text_internal {
namespace {

void ReplaceYo(std::string* text, size_t from) {
  // ё is D1 91, е is D0 B5.
  for (size_t i = text->find("\xD1\x91", from); i != std::string::npos; i = text->find("\xD1\x91", i)) {
    (*text)[i] = '\xD0';
    (*text)[i + 1] = '\xB5';
  }
}

}  // namespace

void AppendFolded(std::string_view word, bool fold_yo, std::string* out) {
  if (IsAscii(word)) {
    for (char c : word) out->push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
    return;
  }
  const size_t start = out->size();
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* folder = icu::Normalizer2::getNFKCCasefoldInstance(status);
  if (U_SUCCESS(status)) {
    icu::StringByteSink<std::string> sink(out);
    folder->normalizeUTF8(0, icu::StringPiece(word.data(), static_cast<int32_t>(word.size())), sink,
                          nullptr, status);
  }
  if (U_FAILURE(status)) {
    out->resize(start);
    out->append(word);
  }
  if (fold_yo) ReplaceYo(out, start);
}

std::string BaseLanguage(std::string_view lang) {
  std::string base;
  for (char c : lang) {
    if (c == '-' || c == '_') break;
    base.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
  }
  if (base == "nb" || base == "nn") return "no";
  return base;
}

}  // namespace storyline::text_internal
