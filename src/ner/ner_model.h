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
#include <utility>
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
    for (uint32_t row = 0; row < rows_.size(); ++row) fn(rows_.KeyOf(row), &weights_[row * num_labels()]);
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
  // Feature hash → row of weights_, rows numbered in insertion order. Open addressing over a
  // power-of-two table: Decode looks up every feature of every token, and a node-based map
  // chased a pointer per lookup.
  class Rows {
   public:
    std::size_t size() const { return keys_.size(); }
    uint64_t KeyOf(uint32_t row) const { return keys_[row]; }
    // The row of `key`, or -1.
    int64_t Find(uint64_t key) const {
      if (slots_.empty()) return -1;
      for (std::size_t i = Home(key);; i = (i + 1) & (slots_.size() - 1)) {
        const uint32_t s = slots_[i];
        if (s == 0) return -1;
        if (keys_[s - 1] == key) return s - 1;
      }
    }
    // The row of `key`, added as the next row when new; second = whether it was added.
    std::pair<uint32_t, bool> Emplace(uint64_t key) {
      if (int64_t row = Find(key); row >= 0) return {static_cast<uint32_t>(row), false};
      if (2 * (keys_.size() + 1) > slots_.size()) Grow();
      keys_.push_back(key);
      Place(key, static_cast<uint32_t>(keys_.size()));
      return {static_cast<uint32_t>(keys_.size() - 1), true};
    }

   private:
    std::size_t Home(uint64_t key) const {
      return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> 32) & (slots_.size() - 1);
    }
    void Place(uint64_t key, uint32_t slot_value) {
      std::size_t i = Home(key);
      while (slots_[i] != 0) i = (i + 1) & (slots_.size() - 1);
      slots_[i] = slot_value;
    }
    void Grow() {
      slots_.assign(slots_.empty() ? 64 : 2 * slots_.size(), 0);
      for (std::size_t r = 0; r < keys_.size(); ++r) Place(keys_[r], static_cast<uint32_t>(r + 1));
    }
    std::vector<uint64_t> keys_;   // row → key
    std::vector<uint32_t> slots_;  // 0: empty, else row + 1
  };
  Rows rows_;
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
