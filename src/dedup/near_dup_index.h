// NearDupIndex: finds earlier articles that are exact or near-exact copies of a new one.
// MinHash LSH banding for candidates, verified by MinHash similarity; exact copies by hash.
// Thread safety: not thread safe; one writer.
#pragma once

#include <cstddef>
#include <unordered_map>
#include <vector>

#include "dedup/fingerprint.h"
#include "storyline/status.h"

namespace storyline {

struct NearDupOptions {
  // Estimated shingle Jaccard at or above which two articles are near-duplicates. 0.8 catches
  // a wire story with a changed lead sentence; lower starts to match shared quotes only.
  double min_similarity = 0.8;
  // LSH bands over the MinHash signature; bands × rows must be ≤ kMinHashSize (64). With the
  // defaults (16 × 4) a pair at Jaccard 0.8 becomes a candidate with probability 0.9998, at
  // 0.5 with 0.64, at 0.2 with 0.03. More rows: fewer false candidates, more missed pairs.
  std::size_t bands = 16;
  // MinHash values per band (see `bands`).
  std::size_t rows = 4;
  // At most this many of the most recent entries of one LSH bucket are checked per query, so
  // that a flood of copies of one text cannot make queries slow. Exact matches are not capped.
  std::size_t max_bucket_scan = 256;
};

// kInvalidArgument with a message naming the field when the options cannot work.
Status ValidateNearDupOptions(const NearDupOptions& options);

struct DupMatch {
  std::size_t doc = 0;      // the earlier article
  bool exact = false;       // same text up to case and punctuation
  double similarity = 0.0;  // estimated Jaccard
};

class NearDupIndex {
 public:
  // Invalid options (see ValidateNearDupOptions) are clamped to the nearest working values.
  explicit NearDupIndex(NearDupOptions options = {});
  // Matches among the documents added so far, best first: exact matches (similarity 1), then
  // by similarity, ties by lower doc. Empty when nothing clears min_similarity. A text with no
  // shingles is only matched exactly.
  std::vector<DupMatch> Query(const Fingerprint& fp) const;
  // Remembers `doc` (the caller's id, returned in DupMatch::doc). Adding one doc twice makes
  // it match twice. Memory: about 300 bytes per document.
  void Add(std::size_t doc, const Fingerprint& fp);
  std::size_t size() const { return ids_.size(); }

 private:
  NearDupOptions options_;
  std::vector<Fingerprint> fps_;
  std::vector<std::size_t> ids_;
  std::unordered_map<uint64_t, std::vector<std::size_t>> exact_;
  // Keys of band `b` of a fingerprint → positions in fps_/ids_ (exact_ likewise, by exact hash).
  std::vector<std::unordered_map<uint64_t, std::vector<std::size_t>>> bands_;

  uint64_t BandKey(const Fingerprint& fp, std::size_t band) const;
  std::vector<std::size_t> LshCandidates(const Fingerprint& fp) const;
};

}  // namespace storyline
