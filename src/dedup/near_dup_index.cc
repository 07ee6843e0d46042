#include "dedup/near_dup_index.h"

#include <xxhash.h>

#include <algorithm>
#include <string>

namespace storyline {
namespace {

NearDupOptions Clamped(NearDupOptions o) {
  o.bands = std::clamp<std::size_t>(o.bands, 1, kMinHashSize);
  o.rows = std::clamp<std::size_t>(o.rows, 1, kMinHashSize / o.bands);
  o.max_bucket_scan = std::max<std::size_t>(o.max_bucket_scan, 1);
  return o;
}

bool BetterMatch(const DupMatch& a, const DupMatch& b) {
  if (a.exact != b.exact) return a.exact;
  if (a.similarity != b.similarity) return a.similarity > b.similarity;
  return a.doc < b.doc;
}

}  // namespace

Status ValidateNearDupOptions(const NearDupOptions& o) {
  if (!(o.min_similarity > 0.0 && o.min_similarity <= 1.0)) {
    return Status::InvalidArgument("near-dup min_similarity must be in (0, 1], got " +
                                   std::to_string(o.min_similarity));
  }
  if (o.bands == 0 || o.rows == 0 || o.bands * o.rows > kMinHashSize) {
    return Status::InvalidArgument("near-dup bands × rows must be between 1 and " +
                                   std::to_string(kMinHashSize));
  }
  if (o.max_bucket_scan == 0)
    return Status::InvalidArgument("near-dup max_bucket_scan must be > 0");
  return Status::Ok();
}

NearDupIndex::NearDupIndex(NearDupOptions options)
    : options_(Clamped(options)), bands_(options_.bands) {}

uint64_t NearDupIndex::BandKey(const Fingerprint& fp, std::size_t band) const {
  // Byte-order independent: serialise the band's values little-endian before hashing.
  unsigned char bytes[kMinHashSize * 4];
  std::size_t n = 0;
  for (std::size_t r = 0; r < options_.rows; ++r) {
    const uint32_t v = fp.minhash[band * options_.rows + r];
    for (int i = 0; i < 4; ++i) bytes[n++] = static_cast<unsigned char>(v >> (8 * i));
  }
  return XXH3_64bits_withSeed(bytes, n, band);
}

std::vector<std::size_t> NearDupIndex::LshCandidates(const Fingerprint& fp) const {
  std::vector<std::size_t> out;
  if (fp.shingles == 0) return out;
  for (std::size_t b = 0; b < bands_.size(); ++b) {
    auto it = bands_[b].find(BandKey(fp, b));
    if (it == bands_[b].end()) continue;
    const auto& bucket = it->second;
    const std::size_t from =
        bucket.size() > options_.max_bucket_scan ? bucket.size() - options_.max_bucket_scan : 0;
    out.insert(out.end(), bucket.begin() + static_cast<std::ptrdiff_t>(from), bucket.end());
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<DupMatch> NearDupIndex::Query(const Fingerprint& fp) const {
  std::vector<DupMatch> out;
  std::vector<std::size_t> exact_positions;
  if (fp.exact != 0) {
    if (auto it = exact_.find(fp.exact); it != exact_.end()) exact_positions = it->second;
  }
  for (std::size_t pos : exact_positions) out.push_back({ids_[pos], true, 1.0});
  for (std::size_t pos : LshCandidates(fp)) {
    if (std::binary_search(exact_positions.begin(), exact_positions.end(), pos)) continue;
    const double sim = MinHashSimilarity(fp, fps_[pos]);
    if (sim >= options_.min_similarity) out.push_back({ids_[pos], false, sim});
  }
  std::sort(out.begin(), out.end(), BetterMatch);
  return out;
}

void NearDupIndex::Add(std::size_t doc, const Fingerprint& fp) {
  const std::size_t pos = ids_.size();
  ids_.push_back(doc);
  fps_.push_back(fp);
  if (fp.exact != 0) exact_[fp.exact].push_back(pos);
  if (fp.shingles == 0) return;
  for (std::size_t b = 0; b < bands_.size(); ++b) bands_[b][BandKey(fp, b)].push_back(pos);
}

}  // namespace storyline
