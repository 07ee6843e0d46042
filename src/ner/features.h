// Features of the entity tagger: for each token of a sentence, a list of 64-bit hashes of
// "template=value" strings (word, lower-cased word, shape, prefixes and suffixes, neighbouring
// words and shapes, position in the sentence). Hashing keeps the model a flat table and lets
// rare features be pruned without a vocabulary; two features that collide just share a weight.
// Thread safety: pure functions.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "ner/lexicon.h"

namespace storyline {

// Lower-cased word with digits replaced by 0 ("Q3" → "q0"), UTF-8 aware.
std::string NerLower(std::string_view word);

// Collapsed character classes: "McDonald" → "XxXx", "U.S." → "X.X.", "2019" → "d", "Путин" → "Xx".
std::string NerShape(std::string_view word);

// The feature hashes of every token of one sentence; result[i] belongs to words[i]. With a
// non-empty lexicon, also: the gazetteer match covering the word and its neighbours (class and
// position in the match), and the word's dictionary status combined with its capitalisation.
std::vector<std::vector<uint64_t>> SentenceFeatures(const std::vector<std::string_view>& words,
                                                    const NerLexicon* lexicon = nullptr);

}  // namespace storyline
