#include "dedup/fingerprint.h"

#include <xxhash.h>

#include <algorithm>
#include <bit>
#include <limits>
#include <string>

namespace storyline {
namespace {

constexpr std::size_t kShingleWords = 3;
constexpr char kSeparator = '\x1f';  // never inside a token, so "a b"+"c" ≠ "a"+"b c"
constexpr uint64_t kExactSeed = 0x9e3779b97f4a7c15ULL;
constexpr uint64_t kShingleSeed = 0xc2b2ae3d27d4eb4fULL;
constexpr uint64_t kMinHashSeedBase = 0x165667b19e3779f9ULL;

// Hashing the bytes of an integer would depend on the machine's byte order; spell them out.
uint64_t HashU64(uint64_t value, uint64_t seed) {
  unsigned char bytes[8];
  for (int i = 0; i < 8; ++i) bytes[i] = static_cast<unsigned char>(value >> (8 * i));
  return XXH3_64bits_withSeed(bytes, sizeof(bytes), seed);
}

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
  int votes[64] = {};
  for (uint64_t h : shingles) {
    for (int b = 0; b < 64; ++b) votes[b] += ((h >> b) & 1) ? 1 : -1;
  }
  uint64_t out = 0;
  for (int b = 0; b < 64; ++b) {
    if (votes[b] > 0) out |= uint64_t{1} << b;
  }
  return out;
}

std::array<uint32_t, kMinHashSize> MinHash(const std::vector<uint64_t>& shingles) {
  std::array<uint32_t, kMinHashSize> out{};
  if (shingles.empty()) return out;
  for (std::size_t i = 0; i < kMinHashSize; ++i) {
    uint32_t best = std::numeric_limits<uint32_t>::max();
    for (uint64_t h : shingles) {
      best = std::min(best, static_cast<uint32_t>(HashU64(h, kMinHashSeedBase + i)));
    }
    out[i] = best;
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
