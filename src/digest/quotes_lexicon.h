// Word lists for quote attribution (English and Russian), looked up by lower-cased token
// (timex::Token::lower: ASCII and Cyrillic folded, ё written е).
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "digest/timex_tokens.h"

namespace storyline::quotes {

enum class CueShape {
  kVerb,         // "said", "заявил": the source beside it, the content on the other side
  kObject,       // "told", "asked": an addressee follows and is not part of the cue
  kAccordingTo,  // "according to", "по словам": the source follows, then a comma and the content
};

struct CueMatch {
  std::size_t length = 0;  // tokens; 0: no cue here
  CueShape shape = CueShape::kVerb;
  bool russian = false;
};

// The longest cue that starts at token `i`.
CueMatch MatchCue(const std::vector<timex::Token>& tokens, std::size_t i);

// Words that may precede a cue verb and belong to the cue: "has said", "also said".
bool IsCueAuxiliary(std::string_view w);
// Words that end a source when walking left from a cue: "and", "but", "because", "и", "но".
bool IsClauseBoundary(std::string_view w);
// Relative pronouns that are the whole source: "who said", "который заявил".
bool IsRelativeSource(std::string_view w);
// Personal pronouns that can be resolved to a person: "he", "she", "он", "она".
bool IsPersonPronoun(std::string_view w);
// Titles dropped from a speaker's name: "mr", "sen", "president", "gov".
bool IsTitle(std::string_view w);
// Capitalised words that do not start a name: "the", "in", "but", "this".
bool IsNameStopWord(std::string_view w);
// Words after which a period does not end a sentence: "mr", "dr", "jan", "st", "г".
bool IsAbbreviation(std::string_view w);
// Words that may follow a cue at the end of an inverted attribution: "on", "in", "yesterday".
bool IsTrailingAdjunctStart(std::string_view w);

}  // namespace storyline::quotes
