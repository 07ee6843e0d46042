// One name, one type within a document. A tagger that sees one sentence at a time calls
// "Alexander Lebed" a person and, three sentences on, "Lebed" alone an organisation. After all
// sentences of a document are tagged, HarmonisePersons makes the last word of every person
// mention of two or more words a person wherever it stands alone: a one-word mention of another
// type is relabelled, and the word left untagged is tagged when it is capitalised and not the
// first word of its sentence. Words are compared as the model's lexicon keys them (NerLower,
// then FoldWord), so "Путина" meets "Владимир Путин". A last word that the lexicon knows as
// something else (place, month, title, language, cue word, organisation) or only as a
// lower-case word is no surname: a wrong "Germany Thursday" person must not spread.
// Thread safety: pure function.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "ner/lexicon.h"

namespace storyline {

// `tags[s][i]` is the label index (into `labels`) of `sentences[s][i]`; changed in place.
// Nothing changes when `labels` has no B-PER / I-PER.
void HarmonisePersons(const std::vector<std::vector<std::string_view>>& sentences,
                      const std::vector<std::string>& labels, const NerLexicon& lexicon,
                      std::vector<std::vector<int>>* tags);

}  // namespace storyline
