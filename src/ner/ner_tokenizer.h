// Tokens and sentences for the entity tagger: words, numbers and single punctuation marks with
// their byte offsets, close to the tokenisation of the corpora the tagger is trained on (CoNLL,
// FactRuEval, MEANTIME keep punctuation as tokens, which the tagger's context features use).
//
// - A word is a run of letters, digits and marks, with inner apostrophes, hyphens and periods
//   ("O'Neill", "Rolls-Royce", "U.S.", "3.5"); "'s" is split off.
// - A single letter followed by a period ("S." in "S. Lavrov") and a few abbreviations ("Mr.",
//   "Dr.", "St.", "г.") keep their period and do not end a sentence.
// - A sentence ends after . ! ? … (and closing quotes) when the next token starts with an
//   upper-case letter, a digit or an opening quote, and at every line break.
// Invalid UTF-8 bytes are skipped. Thread safety: pure functions.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

namespace storyline {

struct NerToken {
  std::string_view text;  // a view into the tokenised text
  uint32_t begin = 0;     // byte offsets in the text
  uint32_t end = 0;
};

using NerSentence = std::vector<NerToken>;

std::vector<NerSentence> SplitForNer(std::string_view text);

}  // namespace storyline
