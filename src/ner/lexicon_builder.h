// Builds the entity tagger's lexicon (ner/lexicon.h) for a language from what the machine
// ships: ICU's locale data (country, region and language names, time-zone cities, month and
// weekday names, all in the target language), an optional spelling word list (Debian's
// wamerican: /usr/share/dict/american-english) for the common-word / proper-noun classes, and
// a list of person names (eval/ner_names.py draws one from Debian's python3-fake-factory), and
// the hand-written cue words and organisation names in lexicon_builder.cc.
// Thread safety: pure functions.
#pragma once

#include <string>

#include "ner/lexicon.h"
#include "storyline/status.h"

namespace storyline {

struct LexiconSources {
  std::string lang;             // "en" or "ru": the language of the names and cue words
  std::string dictionary_path;  // one word a line, case as in the dictionary; empty: none
  std::string names_path;       // person names (given names, surnames), one a line; empty: none
};

// Errors: kInvalidArgument (unknown language), kNotFound (a word list missing).
Result<NerLexicon> BuildLexicon(const LexiconSources& sources);

// Lower-cased words of a name as the tagger sees them (SplitForNer tokens, NerLower),
// joined by single spaces: "St. Kitts & Nevis" → "st. kitts & nevis".
std::string LexiconPhrase(std::string_view name);

}  // namespace storyline
