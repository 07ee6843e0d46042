// Copied passages: spans of one or more sentences shared by two articles, with byte offsets on
// both sides, found even after light edits (a changed word, reordered sentences, a new lead).
//
// Two halves, so that the costly part runs in parallel and the index part in publication order:
//  1. SketchPassages (any thread): hashes of every window of `window_tokens` consecutive folded
//     tokens (stop words and numbers included), winnowed (the minimum of each run of
//     `winnow_window` window hashes is kept), each with its token position and the byte range it
//     covers in the analysed text. A run of at least window_tokens + winnow_window - 1 shared
//     tokens always leaves at least one shared hash on both sides.
//  2. PassageIndex (one thread): Add the sketches of earlier articles; Query a new one. Window
//     matches with one earlier article are chained along diagonals (same order on both sides,
//     small gaps and shifts allowed, so a changed or inserted word does not break a passage);
//     a jump in the diagonal (reordered or dropped sentences) starts a new passage. Short
//     passages and windows seen in many documents (boilerplate, wire trailers) are dropped.
//
// Passage ends are window ends: with winnowing, a passage may start or stop up to
// winnow_window - 1 words inside the truly shared text; RefinePassages moves them to the ends
// of the identical text when both texts are at hand. Hashes are XXH3 with fixed seeds, so
// everything is deterministic across runs, machines and thread counts.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "storyline/status.h"
#include "text/analyzer.h"

namespace storyline {

struct PassageOptions {
  // Words per hashed window. 6 is long enough that unrelated texts rarely share one by chance
  // ("one of the most important"), short enough that a changed word breaks only 6 windows.
  std::size_t window_tokens = 6;
  // Winnowing: keep the minimum hash of each run of this many consecutive windows (1 keeps all).
  // Kept density is about 2 / (winnow_window + 1): 4 keeps ~40 % (~200 hashes, ~4 KB, for a
  // 3 KB English article); larger saves memory but blurs passage ends and misses short copies.
  std::size_t winnow_window = 4;
  // A window hash seen in more than this many documents is boilerplate ("All rights reserved",
  // wire trailers) and is ignored by Query; the index stores postings for the first
  // max_doc_freq documents only, which also bounds the postings scanned per query hash.
  // Lower hides widely syndicated paragraphs from their later reprints; higher lets a site's
  // chrome (newsletter sign-ups) link its first articles to each other. 8, 16 and 32 scored
  // alike on the splice gold (eval/copies_eval.py).
  std::size_t max_doc_freq = 16;
  // Largest step, in tokens on either side, between two chained window matches. A changed word
  // removes window_tokens windows and winnowing spaces the kept ones up to winnow_window apart,
  // so a changed word leaves a step of up to about window_tokens + winnow_window.
  std::size_t max_gap_tokens = 12;
  // Largest change of diagonal (other position − new position) between two chained matches:
  // words inserted or deleted inside a passage. Larger also glues reordered sentences.
  std::size_t max_shift_tokens = 4;
  // Passages with fewer tokens than this inside matched windows (on the new side) are dropped:
  // shared set phrases and long names ("Information Center of Human Rights and Democratic
  // Movement in China", "Media playback is unsupported on your device"). 8 doubled the false
  // links on real different-story pairs compared with 10; 12 lost 1–2 % of spliced copies.
  std::size_t min_passage_tokens = 10;
  // Passages whose matched tokens are less than this share of their length are dropped: two set
  // phrases a few words apart are not a copied sentence. Lower keeps heavily edited copies.
  double min_matched_share = 0.6;
  // Passages shorter than this many bytes (on the new side) are dropped.
  std::size_t min_passage_bytes = 40;
  // Query returns at most this many earlier articles (most copied text first).
  std::size_t max_matches = 16;
};

// kInvalidArgument with a message naming the field when the options cannot work.
Status ValidatePassageOptions(const PassageOptions& options);

// Where a kept window hash sits in its article.
struct PassageWindow {
  uint32_t token = 0;  // index of the window's first token in AnalyzedText::tokens
  uint32_t begin = 0;  // byte offset of the window's first token in the analysed text
  uint32_t end = 0;    // byte offset one past the window's last token
};

// The per-article part: ~20 bytes per kept window (see PassageOptions::winnow_window).
struct PassageSketch {
  std::vector<uint64_t> hashes;        // kept window hashes, in text order
  std::vector<PassageWindow> windows;  // parallel to `hashes`
  std::size_t MemoryBytes() const;     // heap bytes held, plus the struct itself
};

// Sketch of an analysed body. Needs every token's `folded` form (stop words included), so call
// it before anything strips tokens. Texts with fewer than window_tokens tokens give an empty
// sketch, which matches nothing. Pure function: safe from any thread.
PassageSketch SketchPassages(const AnalyzedText& body, const PassageOptions& options = {});

// One shared passage, as byte ranges [begin, end) of the two analysed texts.
struct Passage {
  uint32_t begin = 0;        // in the new (queried) article
  uint32_t end = 0;
  uint32_t other_begin = 0;  // in the earlier (indexed) article
  uint32_t other_end = 0;
};

struct PassageMatch {
  std::size_t doc = 0;             // the earlier article (the id given to Add)
  std::vector<Passage> passages;   // ordered by `begin`; their new-side ranges do not overlap
  std::size_t chars = 0;           // bytes of the new article inside passages (= characters
                                   // for ASCII; see CountPassageCodePoints for other scripts)
};

// Sharpens the ends of `match` (from Query) using the two texts: each passage grows over bytes
// that are identical on both sides (up to max_extend_bytes each way, never into the next
// passage) and is cut back to whole words, so the winnowing blur at the ends disappears and a
// verbatim copied sentence comes out with its final period. `text` is the new article's
// analysed text, `other_text` the earlier one's (match.doc). `chars` is recomputed. Passages
// whose offsets do not fit the texts are left as they are. Pure function.
PassageMatch RefinePassages(std::string_view text, std::string_view other_text,
                            PassageMatch match, std::size_t max_extend_bytes = 256);

// Code points of `text` (the new article's analysed text) inside `passages`.
std::size_t CountPassageCodePoints(std::string_view text, const std::vector<Passage>& passages);

// Thread safety: Query is const and may run concurrently with other Queries; Add needs
// exclusive access. Memory: a 20-byte posting per kept window and a 16-byte table entry per
// distinct hash (load ≤ 0.7), plus vector growth slack: 10–13 KB per 3 KB article measured with
// the defaults (741 DUC articles: 12.7 KB each). A larger winnow_window shrinks it.
class PassageIndex {
 public:
  // Invalid options (see ValidatePassageOptions) are clamped to the nearest working values.
  explicit PassageIndex(PassageOptions options = {});

  // Remembers the sketch of `doc` (the caller's id, returned in PassageMatch::doc). The index
  // copies what it needs; the sketch may be freed afterwards.
  void Add(std::size_t doc, const PassageSketch& sketch);

  // Earlier articles sharing at least one passage with `sketch`, most shared bytes first, ties
  // by lower doc; at most max_matches. Empty for an empty sketch or index. Cost: at most
  // max_doc_freq postings per query hash, whatever the index size.
  std::vector<PassageMatch> Query(const PassageSketch& sketch) const;

  std::size_t size() const { return ids_.size(); }
  std::size_t MemoryBytes() const;

 private:
  struct Posting {
    uint32_t slot;  // position in ids_
    PassageWindow window;
    uint32_t next;  // next posting of the same hash, kNone at the end
  };
  struct Key {
    uint64_t hash;  // 0: empty table slot (real hashes are never 0)
    uint32_t head;  // newest posting
    uint32_t docs;  // documents that had this hash (keeps counting past max_doc_freq)
  };
  struct Hit;

  PassageOptions options_;
  std::vector<std::size_t> ids_;
  std::vector<Posting> postings_;
  std::vector<Key> table_;  // open addressing, linear probing, power-of-two size
  std::size_t keys_ = 0;

  const Key* Find(uint64_t hash) const;
  Key& FindOrInsert(uint64_t hash);
  void Grow();
  std::vector<Hit> CollectHits(const PassageSketch& sketch) const;
  std::vector<Passage> ChainHits(const Hit* first, const Hit* last) const;
};

}  // namespace storyline
