// Words of a sentence for the digest's statistics (summary, conflicts): a light tokenizer that
// needs no ICU, stemmer or stop list, so that any language gets the same treatment.
// Internal to the digest stage. Thread safety: pure functions.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace storyline {

struct Word {
  std::size_t begin = 0, end = 0;  // bytes in the text
  std::string stem;                // the first `stem_letters` letters, lower-cased
  std::size_t letters = 0;         // code points
  bool capitalized = false;        // first letter upper-case
  bool all_caps = false;           // 2+ letters, all upper-case
  bool number = false;             // digits, with inner "," or "." between digits ("1,100", "6.5")
};

// Maximal runs of letters and digits; a number keeps its inner separators. Invalid UTF-8 bytes
// separate words. Lower-casing covers Latin-1, Greek and Cyrillic; other scripts stay as written.
std::vector<Word> SplitWords(std::string_view text, std::size_t stem_letters = 6);

}  // namespace storyline
