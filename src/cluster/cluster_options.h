// ClusterOptions: every knob of the incremental story assigner, with defaults chosen for news
// articles (a few hundred words, a title, a publication time). Validate once at start-up.
// Thread safety: a plain value type.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "storyline/status.h"

namespace storyline {

struct ClusterOptions {
  // --- Decision ---------------------------------------------------------------------------
  // Minimum similarity (cosine of tf-idf vectors, after time decay, see below) for an article
  // to join an existing story; below it the article starts a new story. Higher: purer, smaller
  // stories (more splits); lower: bigger stories, more unrelated merges. Same-event articles
  // typically score 0.3–0.7 against their story, same-topic-other-event 0.1–0.25. 0.2 was
  // chosen on the tuning sets only (docs/TUNING.md).
  double threshold = 0.5;
  // Similarity to a story: 1 = group average (mean cosine to its members, as in average-link
  // clustering; robust to chaining), 0 = cosine to the story centroid.
  double group_average = 0;
  // Merge pass: after each article, its story is compared with the stories sharing its heaviest
  // terms, and merged into the older one when their group-average similarity (mean cosine
  // between the two stories' articles) reaches this value. Fixes stories split by arrival order
  // (the second report came before the one that links both). 0 disables merging.
  double merge_threshold = 0.0;
  // Consolidation (StoryAssigner::Consolidate, run by the engine after a batch and meant to be
  // run periodically by a long-lived server): average-link agglomeration over the stories the
  // stream built. The compatible pair with the highest group-average similarity (mean cosine
  // between their articles, times the time decay of the gap between them) is merged, the older
  // id surviving, until no pair reaches this value. 0 disables it.
  double consolidate_threshold = 0.15;
  // Across languages: an article that found no same-language story may join a story in
  // another language when the cosine of their bridge vectors (transliterated name keys and
  // numbers, the only features two languages share) reaches this value and they share at
  // least `cross_min_shared` bridge terms. 0 disables cross-language joins.
  double cross_threshold = 0.3;
  // See cross_threshold: name keys collide by chance, so one or two shared keys prove nothing.
  std::size_t cross_min_shared = 3;
  // Stories whose last article is more than this many days from the new article's time are
  // not candidates (the gap is measured from the story's time span, so a story that keeps
  // getting articles stays open). Ignored when either side has no known time. Long on
  // purpose: sampled or slow stories have gaps of weeks between articles (docs/TUNING.md);
  // the decay below already makes a long-quiet story hard to join.
  double window_days = 730.0;
  // Half-life, in days, of the similarity penalty for the part of the gap beyond
  // decay_grace_days: similarity × 0.5^((gap − grace) / half_life). 0 disables decay.
  // With 365: a story quiet for 4 months needs ~20% more similarity.
  double decay_half_life_days = 365.0;
  // Gaps up to this many days are not penalised at all: a story that pauses for a few weeks
  // (a trial between hearings, a sampled feed) is as joinable as a live one.
  double decay_grace_days = 30.0;

  // --- Features ---------------------------------------------------------------------------
  // Multiplier for terms that occur in the title (applied once, however often they occur).
  double title_weight = 1.5;
  // Weight of the "name" channel: capitalised words not at a sentence start (stemmed, keyed
  // apart from ordinary stems so both count). Names identify events better than words do.
  double name_weight = 0.75;
  // Weight of numbers with ≥ 3 characters (years, amounts, casualty counts): weak evidence.
  double number_weight = 0.5;
  // Consolidation multiplies the group average of two stories by this factor when both have
  // names in their titles (names channel) and neither story's articles mention any title name
  // of the other (in their centroid). 1 disables it. 0.3 lifted the tgcontest ru pair F1
  // (ru_train 0.741 → 0.800, honey 0.720 → 0.768) and left every clustering tune set as it was
  // (docs/TUNING.md); a plain "titles share no name" test cost wikinews_big 0.01–0.06.
  double title_name_mismatch = 0.3;
  // The first `lead_tokens` body tokens (the lead: who, what, where) count `lead_weight`
  // times; later background paragraphs count once. 1 (the default) disables the emphasis:
  // it did not help on the tuning sets (docs/TUNING.md), but stays for experiments.
  std::size_t lead_tokens = 60;
  double lead_weight = 1.0;
  // An article's vector keeps only its this-many heaviest terms (bounds cost on long texts).
  // 400 keeps nearly all terms of a typical 3,000-character article; 200 cut into the tail
  // that same-topic articles share and cost recall (docs/TUNING.md).
  std::size_t max_doc_terms = 400;

  // --- Story state ------------------------------------------------------------------------
  // A story's centroid (sum of its articles' unit vectors) keeps only this many heaviest
  // terms, so the cost of a comparison does not grow with the story's size.
  // 400: a truncated centroid loses the shared tail as the story grows (docs/TUNING.md).
  std::size_t centroid_terms = 400;
  // The heaviest this-many centroid terms of each story are put in the inverted index.
  std::size_t index_terms = 30;
  // Besides the centroid, each story remembers its first article and its last
  // `link_members - 1` articles (truncated to `member_terms`) for single-link evidence.
  std::size_t link_members = 4;
  // Terms kept per remembered member vector.
  std::size_t member_terms = 64;
  // Single-link evidence counts as link_weight × max cosine to a remembered member; it lets a
  // near-copy of one member join a broad story. Set 0 to use the centroid alone (average link).
  double link_weight = 0.85;
  // Guard against chaining: single-link evidence is used only when the centroid similarity is
  // at least this fraction of `threshold`, so a story cannot drift to a new topic one
  // borderline article at a time.
  double link_centroid_floor = 0.6;

  // --- Candidate search (bounds the cost per article) ------------------------------------
  // The article's heaviest this-many terms are looked up in the inverted index.
  std::size_t probe_terms = 15;
  // Per probed term, only the most recently indexed this-many stories are considered.
  std::size_t max_postings_scan = 256;
  // At most this many candidate stories (those sharing the most probe weight) are scored.
  std::size_t max_candidates = 32;

  // --- Ids --------------------------------------------------------------------------------
  // --- Output ----------------------------------------------------------------------------
  // With > 0, each Assignment lists up to this many terms the article shared with its best
  // candidate story (for `--explain`); costs one more pass over the article's terms.
  std::size_t explain_terms = 0;
  // Id of the first story; later ones count up by one (never reused). 0 is never an id.
  uint64_t first_story_id = 1;
};

// kInvalidArgument with a message naming the field and its allowed range, or OK.
Status ValidateClusterOptions(const ClusterOptions& options);

}  // namespace storyline

namespace storyline {

// Sets the field called `name` (as spelled in ClusterOptions, e.g. "window_days") to `value`.
// kInvalidArgument naming the field when it does not exist; the range is checked later by
// ValidateClusterOptions. Used by `--cluster-option name=value` for experiments.
Status SetClusterOption(ClusterOptions& options, std::string_view name, double value);

}  // namespace storyline
