// Training the entity tagger: an averaged structured perceptron (Collins 2002) over BIO tags,
// first-order transitions, Viterbi decoding. Deterministic for a given seed.
// Thread safety: pure functions.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "ner/ner_model.h"
#include "storyline/status.h"

namespace storyline {

struct LabeledSentence {
  std::vector<std::string> words;
  std::vector<std::string> tags;  // "O", "B-PER", "I-PER", ... (IOB1 "I-" starts are repaired)
};

struct NerTrainOptions {
  std::string lang;          // stored in the model ("en", "ru")
  int epochs = 10;           // passes over the data; more overfits small corpora
  int min_count = 2;         // features seen fewer times in training are dropped (model size)
  float min_weight = 1e-3f;  // averaged weights smaller than this are stored as zero
  uint64_t seed = 1;         // shuffling order of sentences between epochs
  NerLexicon lexicon;        // word lists for features, stored in the model; empty: none
};

// Called after each epoch with (epoch, tokens tagged wrongly in that epoch, tokens).
using NerEpochCallback = std::function<void(int, std::size_t, std::size_t)>;

// Errors: kInvalidArgument when there is no sentence, a sentence's words and tags differ in
// length, or a tag is not O / B-X / I-X.
Result<NerModel> TrainNer(const std::vector<LabeledSentence>& data, const NerTrainOptions& options,
                          const NerEpochCallback& on_epoch = nullptr);

// Reads a CoNLL-style file: one token a line, columns separated by spaces or tabs, the word in
// the first column and the tag in the last, blank lines between sentences, "-DOCSTART-" lines
// skipped. Errors: kNotFound, kInvalidArgument (a line with one column; names the line).
Result<std::vector<LabeledSentence>> ReadConll(const std::string& path);

}  // namespace storyline
