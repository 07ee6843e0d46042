// Small hashing helpers shared by the stages.
#pragma once

#include <cstdint>

namespace storyline {

// MurmurHash3's 64-bit finaliser: a bijective avalanche mix. Cheap (a few multiplies), so it
// derives many hash functions from one well-mixed hash (h ^ seed_i → Mix64) and chains word
// hashes into window hashes.
constexpr uint64_t Mix64(uint64_t x) {
  x ^= x >> 33;
  x *= 0xff51afd7ed558ccdULL;
  x ^= x >> 33;
  x *= 0xc4ceb9fe1a85ec53ULL;
  x ^= x >> 33;
  return x;
}

}  // namespace storyline
