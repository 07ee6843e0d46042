// NearDupIndex: finds earlier articles that are exact or near-exact copies of a new one.
// MinHash LSH banding for candidates, verified by MinHash similarity; exact copies by hash.
// Thread safety: not thread safe; one writer.
#pragma once

#include <cstddef>
#include <unordered_map>
#include <vector>

#include "dedup/fingerprint.h"

namespace storyline {

struct NearDupOptions {
  // Estimated shingle Jaccard at or above which two articles are near-duplicates. 0.8 catches
  // a wire story with a changed lead sentence; lower starts to match shared quotes only.
  double min_similarity = 0.8;
};

struct DupMatch {
  std::size_t doc = 0;      // the earlier article
  bool exact = false;       // same text up to case and punctuation
  double similarity = 0.0;  // estimated Jaccard
};

class NearDupIndex {
 public:
  explicit NearDupIndex(NearDupOptions options = {});
  // Matches among the documents added so far, best first.
  std::vector<DupMatch> Query(const Fingerprint& fp) const;
  void Add(std::size_t doc, const Fingerprint& fp);

 private:
  NearDupOptions options_;
  std::vector<Fingerprint> fps_;
  std::vector<std::size_t> ids_;
  std::unordered_map<uint64_t, std::vector<std::size_t>> exact_;
  std::vector<std::unordered_map<uint64_t, std::vector<std::size_t>>> bands_;
};

}  // namespace storyline
