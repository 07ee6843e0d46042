#include "storyline/engine.h"

#include <algorithm>
#include <atomic>
#include <cstdlib>
#include <limits>
#include <numeric>
#include <unordered_map>
#include <thread>

#include "base/cancel.h"
#include "base/clock.h"
#include "extract/date_text.h"
#include "base/progress.h"
#include "cluster/cluster_options.h"
#include "cluster/story_assigner.h"
#include "dedup/near_dup_index.h"
#include "dedup/passages.h"
#include "engine/pipeline.h"
#include "engine/story_builder.h"
#include "ingest/reader.h"

namespace storyline {
namespace {

// Documents are analysed in chunks so that memory holds one chunk of raw bytes at a time.
constexpr std::size_t kChunkSize = 1024;
// Shared terms listed per article by --explain.
constexpr std::size_t kExplainTerms = 8;

bool Cancelled(const CancelToken* cancel) { return cancel != nullptr && cancel->cancelled(); }

bool EndsWith(const std::string& s, const std::string& suffix) {
  return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Lines of an uncompressed JSONL file (an upper bound on its articles), by a raw byte scan.
std::size_t CountLines(const std::string& path) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) return 0;
  std::vector<char> buf(1 << 20);
  std::size_t lines = 0, n = 0;
  while ((n = std::fread(buf.data(), 1, buf.size(), f)) > 0) {
    lines += static_cast<std::size_t>(std::count(buf.data(), buf.data() + n, '\n'));
  }
  std::fclose(f);
  return lines;
}

// Expected number of articles, for the progress ETA; 0 when unknown (compressed JSONL).
std::size_t EstimateArticleCount(const std::vector<InputFile>& files) {
  std::size_t total = 0;
  for (const InputFile& f : files) {
    if (EndsWith(f.path, ".jsonl.gz")) return 0;
    total += EndsWith(f.path, ".jsonl") ? CountLines(f.path) : 1;
  }
  return total;
}

}  // namespace

struct Engine::Impl {
  EngineOptions options;
  const Clock* clock = nullptr;
  PipelineModels models;
  std::vector<std::unique_ptr<Analyzer>> analyzers;  // one per worker thread
  std::vector<AnalyzedArticle> analyzed;
  ClusterOptions cluster_options;
  std::unique_ptr<StoryAssigner> assigner;  // per batch; sees every article's terms as it is read
  std::vector<ArticleRecord> records;
  std::vector<Story> stories;
  BatchSummary summary;

  void ReportError(const BatchCallbacks& cb, const Status& status) {
    ++summary.errors;
    if (cb.on_error) cb.on_error(status);
  }
  void Reset() {
    analyzed.clear();
    records.clear();
    stories.clear();
    summary = {};
    assigner = std::make_unique<StoryAssigner>(cluster_options);
  }
  void AnalyzeChunk(std::vector<Document>& docs, const BatchCallbacks& cb);
  ClusterDoc DocOf(std::size_t i) const;
  void AssignStories(const BatchCallbacks& cb);
  std::vector<CopyLink> FindCopies(std::size_t i, const NearDupIndex& dups,
                                   const PassageIndex& passages) const;
  std::string CopyOrder(std::size_t earlier, std::size_t later) const;
};

Engine::Engine(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Engine::~Engine() = default;

Result<std::unique_ptr<Engine>> Engine::Create(const EngineOptions& options, const Clock* clock) {
  if (options.threads < 1) {
    return Status::InvalidArgument("threads must be at least 1 (got " +
                                   std::to_string(options.threads) + ")");
  }
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  if (options.story_threshold >= 0) impl->cluster_options.threshold = options.story_threshold;
  for (const auto& [name, value] : options.cluster_settings) {
    Status s = SetClusterOption(impl->cluster_options, name, value);
    if (!s.ok()) return s;
  }
  if (options.explain) impl->cluster_options.explain_terms = kExplainTerms;
  if (Status s = ValidateClusterOptions(impl->cluster_options); !s.ok()) return s;
  impl->clock = clock;
  impl->models.extractor = Extractor(ExtractOptions{.date_fallback = options.date_fallback});
  auto language = MakeLanguageDetector(options.data_dir);
  if (!language.ok()) return language.status().WithPrefix("loading the language model");
  impl->models.language = std::move(language).value();
  auto categories = CategoryClassifier::Load(options.data_dir);
  if (!categories.ok()) return categories.status().WithPrefix("loading category lexicons");
  impl->models.categories = std::make_unique<CategoryClassifier>(std::move(categories).value());
  auto entities = EntityTaggers::Load(options.data_dir);
  if (!entities.ok()) return entities.status().WithPrefix("loading the entity tagger");
  impl->models.entities = std::make_unique<EntityTaggers>(std::move(entities).value());
  for (int i = 0; i < options.threads; ++i) {
    auto analyzer = Analyzer::Create(options.data_dir);
    if (!analyzer.ok()) return analyzer.status().WithPrefix("loading stop words");
    impl->analyzers.push_back(std::move(analyzer).value());
  }
  return std::unique_ptr<Engine>(new Engine(std::move(impl)));
}

ClusterDoc Engine::Impl::DocOf(std::size_t i) const {
  ClusterDoc d;
  d.index = i;
  d.time = analyzed[i].article.published;
  d.lang = analyzed[i].article.lang;
  d.title = &analyzed[i].title;
  d.body = &analyzed[i].body;
  return d;
}

void Engine::Impl::AnalyzeChunk(std::vector<Document>& docs, const BatchCallbacks& cb) {
  std::vector<std::optional<Result<AnalyzedArticle>>> results(docs.size());
  std::atomic<std::size_t> next{0};
  auto work = [&](Analyzer* analyzer) {
    for (std::size_t i = next++; i < docs.size(); i = next++) {
      if (Cancelled(cb.cancel)) return;
      results[i].emplace(AnalyzeDocument(docs[i], models, *analyzer));
      if (cb.progress) cb.progress->Advance();
    }
  };
  std::vector<std::thread> workers;
  for (std::size_t t = 1; t < analyzers.size(); ++t) workers.emplace_back(work, analyzers[t].get());
  work(analyzers[0].get());
  for (auto& w : workers) w.join();
  // Merged in input order so that the output does not depend on thread timing.
  for (auto& r : results) {
    if (!r) continue;
    if (!r->ok()) {
      ReportError(cb, r->status());
      continue;
    }
    analyzed.push_back(std::move(*r).value());
    // Count the terms for idf now and keep only the assigner's compact copy of the body.
    assigner->ObserveForIdf(DocOf(analyzed.size() - 1));
    AnalyzedText().tokens.swap(analyzed.back().body.tokens);
  }
  docs.clear();
}

std::string Engine::Impl::CopyOrder(std::size_t earlier, std::size_t later) const {
  const auto& a = analyzed[earlier].article.published;
  const auto& b = analyzed[later].article.published;
  if (!a || !b) return "unknown";
  return *a < *b ? "earlier" : "same time";
}

// Whole-text near-duplicates and copied passages of article i among the articles before it in
// publication order, one entry per earlier article, most copied characters first.
std::vector<CopyLink> Engine::Impl::FindCopies(std::size_t i, const NearDupIndex& dups,
                                               const PassageIndex& passages) const {
  std::vector<CopyLink> links;
  auto link_to = [&](std::size_t of) -> CopyLink& {
    for (CopyLink& l : links) {
      if (l.of == of) return l;
    }
    links.push_back(CopyLink{of, false, 0.0, 0, CopyOrder(of, i), {}});
    return links.back();
  };
  for (const DupMatch& m : dups.Query(analyzed[i].fingerprint)) {
    CopyLink& l = link_to(m.doc);
    l.exact = m.exact;
    l.similarity = m.similarity;
  }
  const std::string& text = analyzed[i].article.text;
  for (PassageMatch m : passages.Query(analyzed[i].passages)) {
    m = RefinePassages(text, analyzed[m.doc].article.text, std::move(m));
    CopyLink& l = link_to(m.doc);
    l.chars = CountPassageCodePoints(text, m.passages);
    for (const Passage& p : m.passages) {
      l.passages.push_back({p.begin, p.end, p.other_begin, p.other_end});
    }
  }
  std::stable_sort(links.begin(), links.end(), [](const CopyLink& a, const CopyLink& b) {
    return a.chars != b.chars ? a.chars > b.chars : a.similarity > b.similarity;
  });
  return links;
}

// An article without a publication time in a story with dated articles gets the median of
// their times (published_from "story"): reports of one story are published close together.
// Only the output record changes; the stages (ranking, timelines) keep using known dates only.
namespace {
void InferDatesFromStory(const StoryGroup& g, std::vector<ArticleRecord>& records) {
  std::vector<int64_t> times;
  for (std::size_t m : g.members) {
    if (records[m].article.published) times.push_back(*records[m].article.published);
  }
  if (times.empty() || times.size() == g.members.size()) return;
  std::sort(times.begin(), times.end());
  const int64_t median = times[(times.size() - 1) / 2];  // the lower median: a real article's time
  constexpr int kWeekdayDateDays = 31;  // "on Thursday, December 23" within a month of the story
  for (std::size_t m : g.members) {
    Article& a = records[m].article;
    if (a.published) continue;
    // The article's own weekday date, its year taken from the story; else the story's median.
    if (auto d = FindWeekdayDateInText(a.text, median, kWeekdayDateDays)) {
      a.published = ToUnixSeconds(*d);
      a.published_from = DateSource::kText;
      a.published_source = "text:weekday";
      a.published_local = FormatLocalDate(*d);
      continue;
    }
    a.published = median;
    a.published_from = DateSource::kStory;
    a.published_source = "story";
  }
}
}  // namespace

void Engine::Impl::AssignStories(const BatchCallbacks& cb) {
  // Publication order; undated articles keep their input order, after the dated ones.
  std::vector<std::size_t> order(analyzed.size());
  std::iota(order.begin(), order.end(), 0);
  auto time_of = [&](std::size_t i) {
    return analyzed[i].article.published.value_or(std::numeric_limits<int64_t>::max());
  };
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return time_of(a) < time_of(b); });
  StoryAssigner& assigner_ref = *assigner;  // idf already counted while reading
  NearDupIndex dups;
  PassageIndex passages;
  records.resize(analyzed.size());
  if (cb.progress) cb.progress->Start("assigning stories", order.size());
  for (std::size_t i : order) {
    if (Cancelled(cb.cancel)) break;
    if (cb.progress) cb.progress->Advance();
    ArticleRecord& rec = records[i];
    rec.copies = FindCopies(i, dups, passages);
    dups.Add(i, analyzed[i].fingerprint);
    passages.Add(i, analyzed[i].passages);
    analyzed[i].passages = PassageSketch();  // the index keeps what it needs
    Assignment a = assigner_ref.Add(DocOf(i));
    rec.story = a.story_id;
    rec.story_similarity = a.similarity;
    if (options.explain) {
      rec.explanation = {!a.new_story, a.best_candidate, cluster_options.threshold,
                         std::move(a.shared_terms), std::move(a.merged)};
    }
  }
  for (std::size_t i = 0; i < analyzed.size(); ++i) {
    records[i].article = analyzed[i].article;
    records[i].category = analyzed[i].category;
    records[i].is_news = analyzed[i].is_news;
  }
  if (cb.progress) cb.progress->Finish();
  if (!Cancelled(cb.cancel)) {
    const std::vector<StoryMerge> merges = assigner_ref.Consolidate(cb.cancel, cb.progress);
    if (options.explain && !merges.empty()) {
      std::unordered_map<uint64_t, const StoryMerge*> by_absorbed;
      for (const StoryMerge& m : merges) by_absorbed[m.absorbed] = &m;
      for (ArticleRecord& rec : records) {
        auto it = by_absorbed.find(rec.story);  // the stream's story of this article
        if (it == by_absorbed.end()) continue;
        rec.explanation.consolidated_from = rec.story;
        rec.explanation.consolidation_similarity = it->second->similarity;
        rec.explanation.consolidation_threshold = cluster_options.consolidate_threshold;
      }
    }
  }
  // Merges may have moved an article's story after it was assigned: the final groups decide.
  const std::vector<StoryGroup> groups = assigner_ref.Stories();
  for (const StoryGroup& g : groups) {
    for (std::size_t m : g.members) records[m].story = g.id;
    InferDatesFromStory(g, records);
  }
  if (Cancelled(cb.cancel)) return;  // no output is written after Ctrl-C: skip the digests
  stories = BuildStories(groups, analyzed, cb.progress, cb.cancel);
}

Status Engine::RunBatch(const std::vector<std::string>& paths, const BatchCallbacks& cb) {
  Impl& s = *impl_;
  s.Reset();  // a batch starts from nothing: results describe exactly these paths
  const double start = s.clock->MonotonicSeconds();
  auto on_error = [&](const Status& st) { s.ReportError(cb, st); };
  std::vector<InputFile> files = ListInputFiles(paths, on_error);
  s.summary.files = files.size();
  ReadOptions read_options;
  read_options.max_file_bytes = s.options.max_file_bytes;
  if (cb.progress) cb.progress->Start("analysing", EstimateArticleCount(files));
  std::vector<Document> chunk;
  for (std::size_t f = 0; f < files.size() && !Cancelled(cb.cancel); ++f) {
    ReadInputFile(files[f], read_options, [&](Document&& d) {
      if (Cancelled(cb.cancel)) return;  // drain the reader quickly
      chunk.push_back(std::move(d));
      if (chunk.size() >= kChunkSize) s.AnalyzeChunk(chunk, cb);
    }, on_error);
  }
  if (!chunk.empty() && !Cancelled(cb.cancel)) s.AnalyzeChunk(chunk, cb);
  if (cb.progress) cb.progress->Finish();
  if (!Cancelled(cb.cancel)) s.AssignStories(cb);
  s.summary.articles = s.analyzed.size();
  s.summary.stories = s.stories.size();
  s.summary.seconds = s.clock->MonotonicSeconds() - start;
  s.summary.cancelled = Cancelled(cb.cancel);
  if (s.summary.cancelled) return Status::Cancelled("interrupted");
  return Status::Ok();
}

Result<Article> Engine::ExtractFile(const std::string& path) const {
  std::optional<Result<Article>> out;
  Status first_error;
  auto on_error = [&](const Status& st) {
    if (first_error.ok()) first_error = st;
  };
  for (const InputFile& f : ListInputFiles({path}, on_error)) {
    ReadOptions read_options;
    read_options.max_file_bytes = impl_->options.max_file_bytes;
    ReadInputFile(f, read_options, [&](Document&& d) {
      if (!out) out.emplace(ExtractArticle(d, impl_->models));
    }, on_error);
    if (out) break;
  }
  if (out) return *out;
  if (!first_error.ok()) return first_error;
  return Status::NotFound(path + ": no article found");
}

const std::vector<ArticleRecord>& Engine::articles() const { return impl_->records; }
std::vector<Story> Engine::Stories() const { return impl_->stories; }
std::vector<TimelineEvent> Engine::TopicTimeline(std::size_t max_dates) const {
  std::vector<std::size_t> all(impl_->analyzed.size());
  for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;
  TimelineOptions options;
  options.max_dates = max_dates;
  return BuildStoryTimeline(all, impl_->analyzed, options);
}
const BatchSummary& Engine::summary() const { return impl_->summary; }

}  // namespace storyline
