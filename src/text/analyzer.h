// Analyzer: UTF-8 text → tokens with case-folded forms, stems, stop-word and name flags.
//
// Word boundaries from ICU's BreakIterator (plus fixes: "С.Рябков", "U.S."), case folding
// (NFKC_Casefold), Snowball stemming where Snowball has the language (else the folded form),
// stop words from `<data_dir>/stopwords/<lang>.txt`.
// Thread safety: NOT thread safe (ICU break iterators and Snowball stemmers hold state);
// make one Analyzer per thread. Creating one is cheap after the first.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "storyline/status.h"

namespace storyline {

struct Token {
  std::string folded;  // case-folded surface form ("выборах", "u.s.")
  std::string stem;    // Snowball stem of `folded` ("выбор"); == folded where no stemmer applies
  uint32_t begin = 0;  // byte offset in the analysed text
  uint32_t end = 0;    // byte offset one past the token
  bool is_stop = false;         // a stop word of the language
  bool is_number = false;       // digits ("2019", "3.5")
  bool is_capitalized = false;  // first letter upper-case in the source
  bool sentence_start = false;  // first word of a sentence (so capitalisation says little)
  // For capitalised words of 4+ letters: a script-independent key (text/name_key.h) that lets
  // names meet across languages ("Трамп" and "Trump" → "trmp"); "" otherwise.
  std::string name_key{};
};

struct AnalyzedText {
  std::vector<Token> tokens;  // words and numbers only; punctuation dropped
};

class Analyzer {
 public:
  // Loads stop lists from data_dir. Errors: kNotFound when data_dir has no stopwords/ folder.
  static Result<std::unique_ptr<Analyzer>> Create(const std::string& data_dir);
  virtual ~Analyzer() = default;
  // `lang` picks the stemmer and stop list; unknown languages get folding only.
  virtual AnalyzedText Analyze(std::string_view text, std::string_view lang) = 0;
};

}  // namespace storyline
