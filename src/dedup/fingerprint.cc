#include "dedup/fingerprint.h"

#include <xxhash.h>

#include <algorithm>
#include <bit>
#include <limits>
#include <string>

#include "base/hash.h"

namespace storyline {
namespace {

constexpr std::size_t kShingleWords = 3;
constexpr char kSeparator = '\x1f';  // never inside a token, so "a b"+"c" ≠ "a"+"b c"
constexpr uint64_t kExactSeed = 0x9e3779b97f4a7c15ULL;
constexpr uint64_t kShingleSeed = 0xc2b2ae3d27d4eb4fULL;
constexpr uint64_t kMinHashSeedBase = 0x165667b19e3779f9ULL;


uint64_t ExactHash(const AnalyzedText& text) {
  if (text.tokens.empty()) return 0;  // 0 means "no text": never an exact match
  std::string joined;
  for (const Token& t : text.tokens) {
    joined += t.folded;
    joined += kSeparator;
  }
  uint64_t h = XXH3_64bits_withSeed(joined.data(), joined.size(), kExactSeed);
  return h == 0 ? 1 : h;
}

// Distinct shingle hashes, sorted.
std::vector<uint64_t> ShingleHashes(const AnalyzedText& text) {
  std::vector<uint64_t> out;
  const auto& tokens = text.tokens;
  if (tokens.size() < kShingleWords) return out;
  std::string buf;
  for (std::size_t i = 0; i + kShingleWords <= tokens.size(); ++i) {
    buf.clear();
    for (std::size_t j = 0; j < kShingleWords; ++j) {
      buf += tokens[i + j].folded;
      buf += kSeparator;
    }
    out.push_back(XXH3_64bits_withSeed(buf.data(), buf.size(), kShingleSeed));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

uint64_t SimHash(const std::vector<uint64_t>& shingles) {
  // Branch-free bit counting (vectorises); bit b is set when more than half the shingles have it.
  uint32_t ones[64] = {};
  for (uint64_t h : shingles) {
    for (int b = 0; b < 64; ++b) ones[b] += static_cast<uint32_t>((h >> b) & 1);
  }
  const std::size_t n = shingles.size();
  uint64_t out = 0;
  for (int b = 0; b < 64; ++b) {
    if (2 * static_cast<std::size_t>(ones[b]) > n) out |= uint64_t{1} << b;
  }
  return out;
}

std::array<uint32_t, kMinHashSize> MinHash(const std::vector<uint64_t>& shingles) {
  std::array<uint32_t, kMinHashSize> out{};
  if (shingles.empty()) return out;
  uint64_t seeds[kMinHashSize];
  for (std::size_t i = 0; i < kMinHashSize; ++i) seeds[i] = Mix64(kMinHashSeedBase + i);
  out.fill(std::numeric_limits<uint32_t>::max());
  for (uint64_t h : shingles) {
    for (std::size_t i = 0; i < kMinHashSize; ++i) {
      out[i] = std::min(out[i], static_cast<uint32_t>(Mix64(h ^ seeds[i]) >> 32));
    }
  }
  return out;
}

}  // namespace

Fingerprint ComputeFingerprint(const AnalyzedText& text) {
  Fingerprint fp;
  fp.exact = ExactHash(text);
  const std::vector<uint64_t> shingles = ShingleHashes(text);
  fp.shingles = static_cast<uint32_t>(shingles.size());
  fp.simhash = SimHash(shingles);
  fp.minhash = MinHash(shingles);
  return fp;
}

double MinHashSimilarity(const Fingerprint& a, const Fingerprint& b) {
  if (a.shingles == 0 || b.shingles == 0) return 0.0;
  std::size_t equal = 0;
  for (std::size_t i = 0; i < kMinHashSize; ++i) equal += a.minhash[i] == b.minhash[i];
  return static_cast<double>(equal) / static_cast<double>(kMinHashSize);
}

int HammingDistance(uint64_t a, uint64_t b) { return std::popcount(a ^ b); }

}  // namespace storyline
