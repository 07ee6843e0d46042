// StoryAssigner: incremental (single-pass) story clustering.
//
// Articles arrive in publication order. Each one is compared with the stories that share its
// rarest terms (an inverted index, so the cost per article does not grow with the number of
// stories) and joins the best one if the similarity clears the threshold, else starts a story.
// Story ids are stable: assigned at creation, never reused or renumbered.
//
// Features (see cluster/features.h): stems, names (a separate, heavier channel) and long
// numbers; title terms weigh more. Weights are sublinear tf (1 + ln tf) × idf, where
// idf = 1 + ln((1 + N) / (1 + df)) over the articles counted so far; article vectors are
// L2-normalised. A story keeps a centroid (the sum of its articles' vectors, truncated to the
// heaviest terms) and a few member vectors (its first and latest articles).
// Similarity of an article to a story = max(cosine to the centroid, link_weight × best cosine
// to a remembered member), the latter only when the centroid cosine is at least
// link_centroid_floor × threshold (no chaining), times a time decay for the part of the gap
// (article time to the story's time span) beyond decay_grace_days. Candidates: stories with
// a compatible language ("und" matches anything) whose time span lies within window_days.
// Cost per article is bounded by the options (probe_terms × max_postings_scan + max_candidates
// comparisons), independent of the number of stories; memory is linear in the articles.
// Deterministic: the same calls in the same order give the same ids and similarities.
// Thread safety: not thread safe; one writer. Const methods may run concurrently with each
// other but not with Add/ObserveForIdf.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <utility>
#include <vector>

#include "base/cancel.h"
#include "base/progress.h"
#include "cluster/cluster_options.h"
#include "cluster/features.h"
#include "cluster/term_vector.h"
#include "text/analyzer.h"

namespace storyline {

// What the assigner sees of one article.
struct ClusterDoc {
  std::size_t index = 0;                // the engine's article index
  std::optional<int64_t> time;          // publication time, Unix seconds; nullopt: unknown
  std::string lang;                     // ISO 639-1 or "und"
  const AnalyzedText* title = nullptr;  // may be empty, never null
  const AnalyzedText* body = nullptr;   // never null
};

struct Assignment {
  uint64_t story_id = 0;     // the article's story after any merge (the surviving id)
  bool new_story = false;    // the article started a story (which may then have merged)
  double similarity = 0.0;   // to the chosen story (0 when new)
  std::vector<uint64_t> merged;  // story ids absorbed into story_id by this call (merge pass)
  // Explanation: similarity to the best candidate story (joined or not; 0 when none shared a
  // term), and with options.explain_terms > 0 the terms it shared with it, heaviest first.
  double best_candidate = 0.0;
  std::vector<std::pair<std::string, double>> shared_terms;
};

struct StoryMerge {
  uint64_t absorbed = 0;    // the younger story, gone after the merge
  uint64_t into = 0;        // the older story, which takes its articles
  double similarity = 0.0;  // their group-average similarity (with the time decay)
};

struct StoryGroup {
  uint64_t id = 0;
  std::vector<std::size_t> members;  // article indices in arrival order
};

class StoryAssigner {
 public:
  // `options` should have passed ValidateClusterOptions; zero counts are treated as 1.
  explicit StoryAssigner(ClusterOptions options = {});

  // Batch mode: counts the article's terms into the document frequencies without assigning
  // it, so that idf is good from the first Add. Call it for every article first, then Add
  // them in publication order; Add does not count an article (by ClusterDoc::index) again.
  // The article's features are kept (interned, a few KB) until its Add, which then does not
  // read doc.title/doc.body: the caller may free the analysed texts in between.
  // Streaming mode: skip it; Add counts each article as it arrives.
  void ObserveForIdf(const ClusterDoc& doc);

  // Assigns the article to the most similar candidate story if the similarity reaches
  // options.threshold, else starts a new story. An article with no features always starts a
  // new story. A null title counts as empty.
  Assignment Add(const ClusterDoc& doc);

  // Average-link consolidation of the stories built so far (options.consolidate_threshold;
  // nothing when it is 0): repeatedly merges the compatible pair of live stories with the
  // highest group-average similarity (mean cosine between their articles, times the time decay
  // of the gap between their spans) while it reaches the threshold; the older id survives.
  // Candidate pairs come from the inverted index, so the cost is bounded per story. Returns the
  // merges in the order they happened. Later Adds see the merged stories.
  // `progress` (optional) counts the stories scanned for candidate pairs; a set `cancel` stops it
  // between merges, leaving the stories merged so far (each merge is complete).
  std::vector<StoryMerge> Consolidate(const CancelToken* cancel = nullptr,
                                      Progress* progress = nullptr);

  // All live stories in id (= creation) order, members in arrival order. A copy: O(articles).
  // A story absorbed by a merge is gone; its articles are listed under the surviving story.
  std::vector<StoryGroup> Stories() const;
  std::size_t NumStories() const { return live_stories_; }

  // For "explain": the terms that `doc` shares with story `story_id`'s centroid, heaviest
  // contribution to the cosine first, at most k, without channel prefixes (a name and its
  // word are merged). Empty for an unknown story id. Uses the current idf.
  std::vector<std::pair<std::string, double>> TopSharedTerms(uint64_t story_id,
                                                             const ClusterDoc& doc,
                                                             std::size_t k = 10) const;

  const ClusterOptions& options() const { return options_; }

  // Work done so far, for benchmarks: posting entries read while looking for candidates (in
  // the main and the cross-language index), and stories scored against an article (a
  // cross-language candidate counts when its shared bridge terms are counted). Both are bounded
  // per Add by the options, whatever the number of stories.
  struct Work {
    uint64_t postings_scanned = 0;
    uint64_t candidates_scored = 0;
  };
  const Work& work() const { return work_; }

 private:
  struct Story {
    uint64_t id = 0;
    std::string lang;                   // first known language of its articles; "und" until then
    std::vector<std::string> langs;     // every known language of its articles
    TermVector bridge;                  // sum of member bridge vectors (names across scripts, numbers)
    double bridge_norm = 0.0;
    std::vector<uint32_t> bridge_indexed;  // sorted terms this story has in bridge_postings_
    std::optional<int64_t> first_time;  // earliest known article time
    std::optional<int64_t> last_time;   // latest known article time
    TermVector centroid;                // sum of member vectors, heaviest centroid_terms kept
    double centroid_norm = 0.0;
    std::vector<TermVector> linked;  // [0]: first member; then the latest ones
    std::vector<uint32_t> indexed;   // sorted terms this story currently has in postings_
    std::vector<std::size_t> members;
    std::vector<uint64_t> arrivals;  // arrival number of each member (members stay in this order)
    std::vector<uint32_t> title_names;  // sorted name terms of its members' titles
    bool alive = true;               // false once merged into an older story
  };
  // A RawFeature with its key interned (term id into term_keys_).
  struct Feature {
    uint32_t term = 0;
    float count = 0.f;
    float channel_weight = 1.f;
    bool in_title = false;
  };
  enum class TermKind : uint8_t { kMain, kBoth, kBridge };  // which vectors a term goes to
  struct Candidate {
    uint32_t story = 0;  // position in stories_
    double score = 0.0;
  };

  ClusterOptions options_;
  std::unordered_map<std::string, uint32_t> term_ids_;
  std::vector<std::string> term_keys_;           // term id → key
  std::vector<TermKind> term_kinds_;             // term id → main, bridge or both
  std::vector<uint32_t> df_;                     // term id → articles counted that contain it
  uint64_t num_docs_ = 0;                        // articles counted into df_
  std::unordered_map<std::size_t, std::vector<Feature>> observed_;  // counted, not yet added
  std::vector<Story> stories_;                   // position = id - first_story_id
  std::vector<std::vector<uint32_t>> postings_;  // term id → story positions, oldest first
  std::vector<std::vector<uint32_t>> bridge_postings_;  // the same for bridge terms
  uint64_t arrivals_ = 0;                        // articles added so far
  mutable Work work_;                            // counters only; no effect on results
  std::size_t live_stories_ = 0;                 // stories not merged away

  std::vector<Feature> Intern(const std::vector<RawFeature>& features);
  void CountDocument(const std::vector<Feature>& features);
  double Idf(uint32_t term) const;
  TermVector Vectorize(const std::vector<Feature>& features, bool bridge = false) const;
  static bool HasLang(const Story& story, const std::string& lang);
  static void AddLang(Story& story, const std::string& lang);
  Candidate BestAcrossLanguages(const TermVector& bridge, const ClusterDoc& doc) const;
  void Index(const TermVector& centroid, std::vector<uint32_t>& indexed,
             std::vector<std::vector<uint32_t>>& postings, uint32_t pos);
  TermVector VectorOf(const ClusterDoc& doc) const;
  std::optional<double> GapDays(const Story& story, const ClusterDoc& doc) const;
  bool IsCandidate(const Story& story, const ClusterDoc& doc) const;
  bool WithinWindow(const Story& story, const ClusterDoc& doc) const;
  std::vector<uint32_t> FindCandidates(const TermVector& v, const ClusterDoc& doc) const;
  double Similarity(const Story& story, const TermVector& v, const ClusterDoc& doc) const;
  Candidate Best(const TermVector& v, const ClusterDoc& doc) const;
  uint64_t StartStory(const ClusterDoc& doc, const TermVector& v, const TermVector& bridge);
  void Join(uint32_t pos, const ClusterDoc& doc, const TermVector& v, const TermVector& bridge);
  void RememberMember(Story& story, const TermVector& v) const;
  void Reindex(uint32_t pos);
  std::vector<uint32_t> FindMergeCandidates(uint32_t pos) const;
  std::vector<uint32_t> TopCandidates(const std::unordered_map<uint32_t, double>& shared) const;
  bool Compatible(const Story& a, const Story& b) const;
  std::vector<std::pair<std::string, double>> SharedTerms(const Story& s, const TermVector& v,
                                                          std::size_t k) const;
  uint32_t MergeIfClose(uint32_t pos, std::vector<uint64_t>& merged);
  double Decay(std::optional<double> gap_days) const;
  double StoryGap(const Story& a, const Story& b) const;  // days between spans; -1: unknown
  double GroupAverage(const Story& a, const Story& b) const;
  void Absorb(uint32_t keep, uint32_t gone);
  double TitleNameFactor(const Story& a, const Story& b) const;
  static void AddTitleNames(std::vector<uint32_t>& to, const std::vector<uint32_t>& from);
  std::vector<uint32_t> pending_title_names_;  // of the article being added
};

}  // namespace storyline
