// Internal to the text stage: case folding of words, shared by tokens and stop lists so both
// fold the same way. Thread safety: thread safe (ICU's normaliser instance is immutable).
#pragma once

#include <string>
#include <string_view>

namespace storyline::text_internal {

// Appends NFKC_Casefold(word) to *out (ASCII words: plain lower-casing). With
// `fold_yo` set (Russian), ё is written as е.
void AppendFolded(std::string_view word, bool fold_yo, std::string* out);

// ISO 639-1 base of a language tag: "ru-RU" → "ru", "EN" → "en"; "nb"/"nn" → "no".
std::string BaseLanguage(std::string_view lang);

}  // namespace storyline::text_internal
