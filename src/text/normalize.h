// Text normalisation: the first thing done to any extracted string.
#pragma once

#include <string>
#include <string_view>

#include "base/utf8.h"  // IsValidUtf8

namespace storyline {

// Returns valid, NFC-normalised UTF-8: invalid byte sequences replaced by U+FFFD; unambiguous
// mojibake (UTF-8 read as windows-1252 or windows-1251, e.g. "Ð¿Ñ€Ð¸" or "РїСЂРё") repaired;
// control characters dropped; runs of spaces/tabs collapsed to one space; lines trimmed;
// three or more newlines collapsed to a paragraph break "\n\n"; leading/trailing space removed.
std::string NormalizeText(std::string_view text);

// Same as NormalizeText, then all whitespace (newlines included) collapsed to single spaces.
std::string NormalizeLine(std::string_view text);


}  // namespace storyline
