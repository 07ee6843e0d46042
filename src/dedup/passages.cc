#include "dedup/passages.h"

#include <xxhash.h>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <limits>
#include <string>

#include "base/hash.h"

namespace storyline {
namespace {

constexpr uint64_t kTokenSeed = 0x7a3c9e15b4d28f61ULL;
constexpr uint64_t kWindowSeed = 0x2545f4914f6cdd1dULL;
constexpr uint32_t kNone = std::numeric_limits<uint32_t>::max();
constexpr std::size_t kMaxWindow = 64;


PassageOptions Clamped(PassageOptions o) {
  o.window_tokens = std::clamp<std::size_t>(o.window_tokens, 1, kMaxWindow);
  o.winnow_window = std::clamp<std::size_t>(o.winnow_window, 1, kMaxWindow);
  o.max_doc_freq = std::max<std::size_t>(o.max_doc_freq, 1);
  o.max_gap_tokens = std::max<std::size_t>(o.max_gap_tokens, 1);
  o.max_matches = std::max<std::size_t>(o.max_matches, 1);
  o.min_matched_share = std::clamp(o.min_matched_share, 0.0, 1.0);
  return o;
}

// Hash of every window of k tokens; never 0 (0 marks an empty slot in the index table).
std::vector<uint64_t> WindowHashes(const std::vector<Token>& tokens, std::size_t k) {
  std::vector<uint64_t> out;
  if (tokens.size() < k) return out;
  std::vector<uint64_t> token_hashes(tokens.size());
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const std::string& f = tokens[i].folded;
    token_hashes[i] = XXH3_64bits_withSeed(f.data(), f.size(), kTokenSeed);
  }
  out.resize(tokens.size() - k + 1);
  for (std::size_t i = 0; i < out.size(); ++i) {
    uint64_t h = kWindowSeed;
    for (std::size_t j = 0; j < k; ++j) h = Mix64(h ^ token_hashes[i + j]);
    out[i] = h == 0 ? 1 : h;
  }
  return out;
}

// Robust winnowing (Schleimer et al. 2003): the rightmost minimum of each run of w hashes,
// each position once. Positions come out increasing. Fewer than w hashes: one minimum.
std::vector<std::size_t> Winnow(const std::vector<uint64_t>& hashes, std::size_t w) {
  std::vector<std::size_t> kept;
  if (hashes.empty()) return kept;
  const std::size_t runs = hashes.size() >= w ? hashes.size() - w + 1 : 1;
  const std::size_t width = std::min(w, hashes.size());
  for (std::size_t s = 0; s < runs; ++s) {
    std::size_t best = s;
    for (std::size_t i = s + 1; i < s + width; ++i) {
      if (hashes[i] <= hashes[best]) best = i;
    }
    if (kept.empty() || kept.back() != best) kept.push_back(best);
  }
  return kept;
}

}  // namespace

Status ValidatePassageOptions(const PassageOptions& o) {
  if (o.window_tokens == 0 || o.window_tokens > kMaxWindow)
    return Status::InvalidArgument("passage window_tokens must be in 1..64");
  if (o.winnow_window == 0 || o.winnow_window > kMaxWindow)
    return Status::InvalidArgument("passage winnow_window must be in 1..64");
  if (o.max_doc_freq == 0) return Status::InvalidArgument("passage max_doc_freq must be > 0");
  if (o.max_gap_tokens == 0) return Status::InvalidArgument("passage max_gap_tokens must be > 0");
  if (o.max_matches == 0) return Status::InvalidArgument("passage max_matches must be > 0");
  if (!(o.min_matched_share >= 0.0 && o.min_matched_share <= 1.0))
    return Status::InvalidArgument("passage min_matched_share must be in [0, 1]");
  return Status::Ok();
}

std::size_t PassageSketch::MemoryBytes() const {
  return sizeof(*this) + hashes.capacity() * sizeof(uint64_t) +
         windows.capacity() * sizeof(PassageWindow);
}

PassageSketch SketchPassages(const AnalyzedText& body, const PassageOptions& options) {
  const PassageOptions o = Clamped(options);
  const std::vector<uint64_t> all = WindowHashes(body.tokens, o.window_tokens);
  const std::vector<std::size_t> kept = Winnow(all, o.winnow_window);
  PassageSketch sketch;
  sketch.hashes.reserve(kept.size());
  sketch.windows.reserve(kept.size());
  for (std::size_t pos : kept) {
    sketch.hashes.push_back(all[pos]);
    sketch.windows.push_back({static_cast<uint32_t>(pos), body.tokens[pos].begin,
                              body.tokens[pos + o.window_tokens - 1].end});
  }
  return sketch;
}

std::size_t CountPassageCodePoints(std::string_view text, const std::vector<Passage>& passages) {
  std::size_t n = 0;
  for (const Passage& p : passages) {
    const std::size_t end = std::min<std::size_t>(p.end, text.size());
    for (std::size_t i = p.begin; i < end; ++i) {
      n += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
    }
  }
  return n;
}

namespace {

// Letters, digits and any byte of a multi-byte UTF-8 sequence (so a cut never splits a
// code point or a non-ASCII word).
bool IsWordByte(char c) {
  const auto u = static_cast<unsigned char>(c);
  return u >= 0x80 || std::isalnum(u) != 0;
}

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// The passage's [begin, end) in `text` grown over bytes equal on both sides, at most `max`
// bytes each way and never outside [lo, hi), then cut back to whole words: a passage starts
// at a word or an opening mark (not at the previous sentence's period) and ends after a word
// or its closing punctuation.
Passage Extend(std::string_view text, std::string_view other, Passage p, std::size_t lo,
               std::size_t hi, std::size_t max) {
  std::size_t b = p.begin, ob = p.other_begin, e = p.end, oe = p.other_end;
  for (std::size_t n = 0; n < max && b > lo && ob > 0 && text[b - 1] == other[ob - 1]; ++n)
    --b, --ob;
  for (std::size_t n = 0; n < max && e < hi && oe < other.size() && text[e] == other[oe]; ++n)
    ++e, ++oe;
  while (b < p.begin && b > 0 && IsWordByte(text[b - 1]) && IsWordByte(text[b])) ++b, ++ob;
  while (b < p.begin && (IsSpace(text[b]) || std::strchr(".,;:!?)]}", text[b]) != nullptr))
    ++b, ++ob;
  while (e > p.end && e < text.size() && IsWordByte(text[e - 1]) && IsWordByte(text[e]))
    --e, --oe;
  while (e > p.end && (IsSpace(text[e - 1]) || std::strchr("([{", text[e - 1]) != nullptr))
    --e, --oe;
  return {static_cast<uint32_t>(b), static_cast<uint32_t>(e), static_cast<uint32_t>(ob),
          static_cast<uint32_t>(oe)};
}

}  // namespace

PassageMatch RefinePassages(std::string_view text, std::string_view other_text,
                            PassageMatch match, std::size_t max_extend_bytes) {
  std::size_t lo = 0;
  match.chars = 0;
  for (std::size_t i = 0; i < match.passages.size(); ++i) {
    Passage& p = match.passages[i];
    const std::size_t hi = i + 1 < match.passages.size() ? match.passages[i + 1].begin : text.size();
    const bool fits = p.begin <= p.end && p.end <= text.size() && p.other_begin <= p.other_end &&
                      p.other_end <= other_text.size();
    if (fits) p = Extend(text, other_text, p, lo, hi, max_extend_bytes);
    lo = p.end;
    match.chars += p.end - p.begin;
  }
  return match;
}

// ---------------------------------------------------------------------------------------------

struct PassageIndex::Hit {
  uint32_t slot;       // the earlier article
  PassageWindow mine;  // the window in the queried article
  PassageWindow other;
};

PassageIndex::PassageIndex(PassageOptions options) : options_(Clamped(options)) {}

const PassageIndex::Key* PassageIndex::Find(uint64_t hash) const {
  if (table_.empty()) return nullptr;
  const std::size_t mask = table_.size() - 1;
  for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
    if (table_[i].hash == hash) return &table_[i];
    if (table_[i].hash == 0) return nullptr;
  }
}

PassageIndex::Key& PassageIndex::FindOrInsert(uint64_t hash) {
  if ((keys_ + 1) * 10 > table_.size() * 7) Grow();
  const std::size_t mask = table_.size() - 1;
  std::size_t i = hash & mask;
  while (table_[i].hash != hash && table_[i].hash != 0) i = (i + 1) & mask;
  if (table_[i].hash == 0) {
    table_[i] = {hash, kNone, 0};
    ++keys_;
  }
  return table_[i];
}

void PassageIndex::Grow() {
  std::vector<Key> old(std::max<std::size_t>(table_.size() * 2, 1024), Key{0, kNone, 0});
  old.swap(table_);
  const std::size_t mask = table_.size() - 1;
  for (const Key& k : old) {
    if (k.hash == 0) continue;
    std::size_t i = k.hash & mask;
    while (table_[i].hash != 0) i = (i + 1) & mask;
    table_[i] = k;
  }
}

void PassageIndex::Add(std::size_t doc, const PassageSketch& sketch) {
  const auto slot = static_cast<uint32_t>(ids_.size());
  ids_.push_back(doc);
  // Grouped by hash so that a window repeated inside one article counts one document.
  std::vector<uint32_t> order(sketch.hashes.size());
  for (uint32_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
    return sketch.hashes[a] != sketch.hashes[b] ? sketch.hashes[a] < sketch.hashes[b] : a < b;
  });
  for (std::size_t i = 0; i < order.size();) {
    const uint64_t hash = sketch.hashes[order[i]];
    Key& key = FindOrInsert(hash);
    const bool store = ++key.docs <= options_.max_doc_freq;
    for (; i < order.size() && sketch.hashes[order[i]] == hash; ++i) {
      if (!store) continue;
      postings_.push_back({slot, sketch.windows[order[i]], key.head});
      key.head = static_cast<uint32_t>(postings_.size() - 1);
    }
  }
}

std::vector<PassageIndex::Hit> PassageIndex::CollectHits(const PassageSketch& sketch) const {
  std::vector<Hit> hits;
  for (std::size_t q = 0; q < sketch.hashes.size(); ++q) {
    const Key* key = Find(sketch.hashes[q]);
    if (key == nullptr || key->docs > options_.max_doc_freq) continue;
    for (uint32_t p = key->head; p != kNone; p = postings_[p].next) {
      hits.push_back({postings_[p].slot, sketch.windows[q], postings_[p].window});
    }
  }
  std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) {
    if (a.slot != b.slot) return a.slot < b.slot;
    if (a.mine.token != b.mine.token) return a.mine.token < b.mine.token;
    return a.other.token < b.other.token;
  });
  return hits;
}

namespace {

struct Chain {
  const PassageWindow* first_mine;
  const PassageWindow* first_other;
  const PassageWindow* last_mine;
  const PassageWindow* last_other;
  std::size_t matched;  // tokens of the new side inside the chain's windows
};

int64_t Diagonal(const PassageWindow& mine, const PassageWindow& other) {
  return static_cast<int64_t>(other.token) - static_cast<int64_t>(mine.token);
}

// Shift of the diagonal when `chain` is extended by (mine, other), or -1 when it cannot be.
int64_t ExtensionShift(const Chain& c, const PassageWindow& mine, const PassageWindow& other,
                       const PassageOptions& o) {
  const int64_t dm = static_cast<int64_t>(mine.token) - c.last_mine->token;
  const int64_t dt = static_cast<int64_t>(other.token) - c.last_other->token;
  const auto gap = static_cast<int64_t>(o.max_gap_tokens);
  if (dm <= 0 || dt <= 0 || dm > gap || dt > gap) return -1;
  const int64_t shift = std::abs(Diagonal(mine, other) - Diagonal(*c.last_mine, *c.last_other));
  return shift <= static_cast<int64_t>(o.max_shift_tokens) ? shift : -1;
}

// Long enough, and dense enough that it is not two set phrases bridged by a gap.
bool IsPassage(const Chain& c, const PassageOptions& o) {
  const std::size_t tokens = c.last_mine->token + o.window_tokens - c.first_mine->token;
  const std::size_t bytes = c.last_mine->end - c.first_mine->begin;
  return c.matched >= o.min_passage_tokens && bytes >= o.min_passage_bytes &&
         static_cast<double>(c.matched) >= o.min_matched_share * static_cast<double>(tokens);
}

// Longest first; a passage overlapping a longer one on the new side is a repeat and dropped.
std::vector<Passage> NonOverlapping(std::vector<Passage> candidates) {
  std::sort(candidates.begin(), candidates.end(), [](const Passage& a, const Passage& b) {
    if (a.end - a.begin != b.end - b.begin) return a.end - a.begin > b.end - b.begin;
    return a.begin != b.begin ? a.begin < b.begin : a.other_begin < b.other_begin;
  });
  std::vector<Passage> out;
  for (const Passage& p : candidates) {
    const bool overlaps = std::any_of(out.begin(), out.end(), [&](const Passage& q) {
      return p.begin < q.end && q.begin < p.end;
    });
    if (!overlaps) out.push_back(p);
  }
  std::sort(out.begin(), out.end(),
            [](const Passage& a, const Passage& b) { return a.begin < b.begin; });
  return out;
}

}  // namespace

// Hits of one earlier article, sorted by position in the new one. Each hit extends the open
// chain whose diagonal it shifts least (ties: the most recent chain), or starts a new chain.
std::vector<Passage> PassageIndex::ChainHits(const Hit* first, const Hit* last) const {
  std::vector<Chain> chains;
  std::vector<Chain> open;  // chains that the next hits may still extend
  for (const Hit* h = first; h != last; ++h) {
    // Chains ending more than a gap behind can never be extended again: close them.
    std::erase_if(open, [&](const Chain& c) {
      const bool closed = c.last_mine->token + options_.max_gap_tokens < h->mine.token;
      if (closed) chains.push_back(c);
      return closed;
    });
    Chain* best = nullptr;
    int64_t best_shift = 0;
    for (Chain& c : open) {
      const int64_t shift = ExtensionShift(c, h->mine, h->other, options_);
      if (shift >= 0 && (best == nullptr || shift <= best_shift)) {
        best = &c;
        best_shift = shift;
      }
    }
    if (best != nullptr) {
      best->matched += std::min<std::size_t>(options_.window_tokens,
                                             h->mine.token - best->last_mine->token);
      best->last_mine = &h->mine;
      best->last_other = &h->other;
    } else {
      open.push_back({&h->mine, &h->other, &h->mine, &h->other, options_.window_tokens});
    }
  }
  chains.insert(chains.end(), open.begin(), open.end());
  std::vector<Passage> candidates;
  for (const Chain& c : chains) {
    if (!IsPassage(c, options_)) continue;
    candidates.push_back({c.first_mine->begin, c.last_mine->end, c.first_other->begin,
                          c.last_other->end});
  }
  return NonOverlapping(std::move(candidates));
}

std::vector<PassageMatch> PassageIndex::Query(const PassageSketch& sketch) const {
  const std::vector<Hit> hits = CollectHits(sketch);
  std::vector<PassageMatch> out;
  for (std::size_t i = 0; i < hits.size();) {
    std::size_t j = i;
    while (j < hits.size() && hits[j].slot == hits[i].slot) ++j;
    PassageMatch m{ids_[hits[i].slot], ChainHits(&hits[i], &hits[0] + j), 0};
    for (const Passage& p : m.passages) m.chars += p.end - p.begin;
    if (!m.passages.empty()) out.push_back(std::move(m));
    i = j;
  }
  std::sort(out.begin(), out.end(), [](const PassageMatch& a, const PassageMatch& b) {
    return a.chars != b.chars ? a.chars > b.chars : a.doc < b.doc;
  });
  if (out.size() > options_.max_matches) out.resize(options_.max_matches);
  return out;
}

std::size_t PassageIndex::MemoryBytes() const {
  return sizeof(*this) + ids_.capacity() * sizeof(std::size_t) +
         postings_.capacity() * sizeof(Posting) + table_.capacity() * sizeof(Key);
}

}  // namespace storyline
