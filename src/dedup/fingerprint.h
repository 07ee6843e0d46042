// Near-duplicate fingerprints over word shingles.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "text/analyzer.h"

namespace storyline {

constexpr std::size_t kMinHashSize = 64;

struct Fingerprint {
  uint64_t exact = 0;    // hash of the folded token sequence: equal ⇒ the same text up to case/punctuation
  uint64_t simhash = 0;  // 64-bit SimHash over word 3-shingles
  std::array<uint32_t, kMinHashSize> minhash{};  // MinHash signature over word 3-shingles
  uint32_t shingles = 0;                          // number of distinct shingles (0: too short)
};

// Fingerprint of the article's tokens (title excluded, so that a new headline on a copied body
// still matches). Deterministic across runs and machines.
Fingerprint ComputeFingerprint(const AnalyzedText& text);

// Estimated Jaccard similarity of the two shingle sets, 0..1.
double MinHashSimilarity(const Fingerprint& a, const Fingerprint& b);
int HammingDistance(uint64_t a, uint64_t b);

}  // namespace storyline
