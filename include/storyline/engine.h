// Engine: the facade over the pipeline (ingest → extract → text → dedup → cluster → rank).
//
// Batch use: Create(), RunBatch(paths), then read articles() and Stories(). Articles are read
// and analysed in parallel (EngineOptions::threads), then assigned to stories one by one in
// publication order, so that the result is what a stream in that order would have produced.
// One bad input never stops the batch: it is reported through BatchCallbacks::on_error and
// counted in the summary. Two engines can live in one process; there are no globals.
// Thread safety: an Engine is used from one thread; it runs its own worker threads inside.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "storyline/article.h"
#include "storyline/status.h"
#include "storyline/story.h"

namespace storyline {

class Clock;
class Progress;
class CancelToken;

struct EngineOptions {
  // Folder with models/lid.176.ftz, stopwords/, lexicons/. Default: the source tree's data/
  // (baked in at build time), overridden by STORYLINE_DATA_DIR or --data-dir.
  std::string data_dir;
  // Worker threads for reading and analysis (>= 1). Story assignment is sequential.
  int threads = 1;
  // Input files larger than this (bytes, after decompression) are reported and skipped.
  std::size_t max_file_bytes = 64u << 20;
  // Story similarity threshold override; < 0 keeps the clusterer's tuned default.
  double story_threshold = -1.0;
  // Expert overrides of the clusterer's options by field name ("window_days", 14), applied in
  // order after story_threshold. Unknown names and out-of-range values fail Create().
  std::vector<std::pair<std::string, double>> cluster_settings;
  // Record why each article joined or started its story (ArticleRecord::explanation).
  bool explain = false;
  // An HTML page that marks no publication date gets the date its markup writes most often
  // (published_source "fallback:page"): a guess, right on about half such pages. Off by
  // default: a wrong date can keep an article out of its story, an undated one may join any.
  bool date_fallback = false;
};

// A passage one article shares with an earlier one: byte offsets into both texts.
struct CopiedPassage {
  uint32_t begin = 0, end = 0;              // in this article's text
  uint32_t other_begin = 0, other_end = 0;  // in the earlier article's text
};

// An earlier article this one copies (whole, or passages of it).
struct CopyLink {
  std::size_t of = 0;       // index of the earlier article
  bool exact = false;       // same text up to case and punctuation
  double similarity = 0.0;  // estimated shingle Jaccard of the whole texts, 0..1
  std::size_t chars = 0;    // characters of this article inside copied passages
  // Who published first: "earlier" (`of` strictly before this one), "same time", or "unknown"
  // (either has no publication time; `of` was merely read or sorted first).
  std::string order;
  std::vector<CopiedPassage> passages;  // in this article's order
};

// Why an article joined its story, or started one (filled when EngineOptions::explain is set).
struct Explanation {
  bool joined = false;          // false: it started a story (the best candidate was too far)
  double best_candidate = 0.0;  // similarity to the most similar earlier story (0: none)
  double threshold = 0.0;       // what joining needed
  std::vector<std::pair<std::string, double>> shared_terms;  // strongest shared features first
  std::vector<uint64_t> merged;  // stories merged into its story right after it arrived
  // Set when the story the stream put it in was later merged into an older one by the
  // average-link consolidation at the end of the batch: that story's id, and the
  // group-average similarity of the merge against consolidate_threshold.
  uint64_t consolidated_from = 0;
  double consolidation_similarity = 0.0;
  double consolidation_threshold = 0.0;
};

struct ArticleRecord {
  Article article;
  uint64_t story = 0;        // id of its story
  double story_similarity = 0.0;  // similarity to the story when it joined (0: founded it)
  std::string category;      // society | economy | technology | sports | entertainment | science | other
  bool is_news = true;       // the news filter's verdict
  std::vector<CopyLink> copies;  // earlier articles this one copies, best first
  Explanation explanation;       // empty unless EngineOptions::explain
};

struct BatchSummary {
  std::size_t files = 0;     // input files found
  std::size_t articles = 0;  // articles processed
  std::size_t errors = 0;    // inputs reported and skipped
  std::size_t stories = 0;
  double seconds = 0.0;      // wall time of RunBatch
  bool cancelled = false;
};

struct BatchCallbacks {
  std::function<void(const Status&)> on_error;  // one call per bad input; may be empty
  Progress* progress = nullptr;                 // not owned; may be null
  const CancelToken* cancel = nullptr;          // not owned; may be null
};

class Engine {
 public:
  // Loads models and word lists. Errors name the missing file and the option to change.
  static Result<std::unique_ptr<Engine>> Create(const EngineOptions& options, const Clock* clock);
  ~Engine();
  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;

  // Reads every path (files or directories), then assigns stories; results of an earlier call
  // are replaced. Returns OK when the batch ran
  // (even if some inputs were bad), kCancelled when interrupted (work done so far is kept).
  Status RunBatch(const std::vector<std::string>& paths, const BatchCallbacks& callbacks);

  // Reads and extracts one file (the first article of a JSONL file), with language identified.
  Result<Article> ExtractFile(const std::string& path) const;

  const std::vector<ArticleRecord>& articles() const;
  // Stories sorted by score, best first.
  std::vector<Story> Stories() const;
  // One timeline over every article of the batch, whatever story it is in (a topic timeline:
  // the input is taken to be one topic), built as a story's timeline is, with at most
  // `max_dates` dates. `TimelineEvent::articles` index articles().
  std::vector<TimelineEvent> TopicTimeline(std::size_t max_dates) const;
  const BatchSummary& summary() const;

 private:
  struct Impl;
  explicit Engine(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace storyline
