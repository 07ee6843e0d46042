// NerModel: the weights of a linear-chain tagger over BIO tags (docs/NER_MODEL.md has the file
// format) and its Viterbi decoder.
//
// Score of a tag sequence = Σ_i (Σ_f weight[f][tag_i]) + Σ_i transition[tag_{i-1}][tag_i];
// decoding finds the best sequence in which every I-X follows B-X or I-X.
// Thread safety: const methods are safe to call from many threads.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "ner/lexicon.h"
#include "storyline/status.h"

namespace storyline {

class NerModel {
 public:
  NerModel() = default;
  // `labels[0]` must be "O"; the others "B-X" / "I-X".
  NerModel(std::string lang, std::vector<std::string> labels);

  const std::string& lang() const { return lang_; }
  const std::vector<std::string>& labels() const { return labels_; }
  std::size_t num_labels() const { return labels_.size(); }
  std::size_t num_features() const { return rows_.size(); }
  // The word lists the features were computed with (empty: none); stored in the file.
  const NerLexicon& lexicon() const { return lexicon_; }
  void set_lexicon(NerLexicon lexicon) { lexicon_ = std::move(lexicon); }

  // Sets the weights of one feature (`weights.size() == num_labels()`); replaces earlier ones.
  void SetFeature(uint64_t hash, const std::vector<float>& weights);
  // transition(from, to); `from == num_labels()` is the start of the sentence.
  float& transition(std::size_t from, std::size_t to) { return transitions_[from * num_labels() + to]; }
  float transition(std::size_t from, std::size_t to) const {
    return transitions_[from * num_labels() + to];
  }

  // Label indices for the tokens whose feature hashes are given (one list per token).
  std::vector<int> Decode(const std::vector<std::vector<uint64_t>>& features) const;

  // Serialised form (magic, version, labels, transitions, sparse weights). Save errors: kIoError.
  std::string Serialize() const;
  // Calls fn(hash, weights) for every feature, in no particular order.
  template <class Fn>
  void ForEachFeature(Fn fn) const {
    for (const auto& [hash, row] : rows_) fn(hash, &weights_[row * num_labels()]);
  }
  Status Save(const std::string& path) const;
  // Errors: kNotFound (no file), kInvalidArgument (wrong magic, version, truncated, bad labels).
  static Result<NerModel> Parse(std::string_view bytes);
  static Result<NerModel> Load(const std::string& path);

 private:
  std::string lang_;
  std::vector<std::string> labels_;
  std::vector<float> transitions_;                // (labels + 1) × labels
  std::vector<char> allowed_;                     // BioAllowedMatrix(labels_)
  std::unordered_map<uint64_t, uint32_t> rows_;   // feature hash → row of weights_
  std::vector<float> weights_;                    // rows × labels
  NerLexicon lexicon_;
};

// The mean of models trained alike (same labels and lexicon; e.g. with different shuffling or
// replacement seeds): every feature and transition weight averaged, a feature absent from a
// model counting as zero there. Errors: kInvalidArgument (no model, labels or lexicons differ).
Result<NerModel> AverageModels(const std::vector<NerModel>& models);

// Whether tag `to` may follow tag `from` in BIO (from == labels.size(): sentence start).
bool BioAllows(const std::vector<std::string>& labels, std::size_t from, std::size_t to);

// BioAllows for every (from, to), (L + 1) × L row-major, the last row for the sentence start.
std::vector<char> BioAllowedMatrix(const std::vector<std::string>& labels);

// Best label sequence for n tokens given emission scores (n × L, row-major) and transitions
// ((L + 1) × L, last row = start), honouring BioAllows. Empty for n == 0.
std::vector<int> ViterbiDecode(const std::vector<float>& emissions, std::size_t n,
                               const std::vector<std::string>& labels,
                               const std::vector<float>& transitions);
// The same with BioAllowedMatrix(labels) computed once by the caller (L = labels.size()).
std::vector<int> ViterbiDecode(const std::vector<float>& emissions, std::size_t n, std::size_t L,
                               const std::vector<char>& allowed,
                               const std::vector<float>& transitions);

}  // namespace storyline
