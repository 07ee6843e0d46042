// Near-duplicate fingerprints over word shingles.
//
// A shingle is three consecutive folded tokens (stop words and numbers included). Texts with
// fewer than three tokens have no shingles (shingles == 0, simhash == 0, minhash all zero) and
// can only match exactly. An empty text has exact == 0, which never matches anything.
// Hashes are XXH3 with fixed seeds: the same on every run and machine, so they may be stored.
// Thread safety: pure functions, safe from any thread.
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

// Estimated Jaccard similarity of the two shingle sets, 0..1 (standard error about
// sqrt(J(1-J)/64), i.e. ±0.05 near 0.8). 0 when either side has no shingles.
double MinHashSimilarity(const Fingerprint& a, const Fingerprint& b);
// Number of differing bits, 0..64 (for comparing SimHashes).
int HammingDistance(uint64_t a, uint64_t b);

}  // namespace storyline
