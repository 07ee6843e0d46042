// Cost of the clustering stage as the index grows (issue 4): the time of one StoryAssigner::Add
// when the assigner already holds N articles, N = 1k, 10k, 100k, 1M, and of one Consolidate
// over N articles. It must stay flat in N for Add (candidates come from a bounded inverted-index
// probe) and grow about linearly for Consolidate (bounded work per story).
//
// Articles are synthetic growth from real text: the bundled sample corpus (data/sample: Wikinews
// CC BY, FactRuEval MIT) analysed once; article k takes a third of each of three samples of one
// language (fixed-seed choice), keeps half their tokens at random, and carries six made-up names
// shared by the four articles k/4 (the story it belongs to); its time is k minutes after the start.
// So articles differ, share real vocabulary, and the number of stories grows with the stream, as
// in a real one, instead of every article joining one of the 180 samples' stories.
//
//   build/bench/storyline_cluster_bench --benchmark_filter=Add    # about 2-4 min, 4 GB for 1M
#include <benchmark/benchmark.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <random>
#include <sstream>

#include "cluster/story_assigner.h"
#include "text/analyzer.h"

namespace storyline {
namespace {

constexpr int64_t kT0 = 1700000000;

struct Sample {
  AnalyzedText title, body;
  std::string lang;
};

std::string Slurp(const std::filesystem::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

// The sample corpus's .txt articles, analysed (first line as title).
const std::vector<Sample>& Samples() {
  static const std::vector<Sample> samples = [] {
    std::vector<Sample> out;
    auto analyzer = Analyzer::Create(STORYLINE_DATA_DIR);
    if (!analyzer.ok()) return out;
    const std::filesystem::path root = std::filesystem::path(STORYLINE_DATA_DIR) / "sample";
    std::vector<std::filesystem::path> files;
    for (const auto& e : std::filesystem::recursive_directory_iterator(root)) {
      if (e.is_regular_file() && e.path().extension() == ".txt") files.push_back(e.path());
    }
    std::sort(files.begin(), files.end());
    for (const auto& f : files) {
      const std::string text = Slurp(f);
      const std::size_t nl = text.find('\n');
      const std::string lang = f.string().find("/ru/") != std::string::npos ? "ru" : "en";
      out.push_back({(*analyzer)->Analyze(text.substr(0, nl), lang),
                     (*analyzer)->Analyze(nl == std::string::npos ? "" : text.substr(nl + 1), lang), lang});
    }
    return out;
  }();
  return samples;
}

// A made-up name for group g ("Qa7k"-like, capitalised): unique to the group.
Token GroupName(std::size_t g, int i) {
  std::string w = "q";
  for (std::size_t x = g * 8 + static_cast<std::size_t>(i) + 1; x > 0; x /= 26) w += static_cast<char>('a' + x % 26);
  Token t;
  t.folded = t.stem = w;
  t.is_capitalized = true;
  return t;
}

// Synthetic article k (see the file comment). Deterministic in k.
Sample MakeArticle(std::size_t k) {
  const std::vector<Sample>& s = Samples();
  std::mt19937_64 rng(k * 0x9e3779b97f4a7c15ULL + 1);
  const Sample& first = s[rng() % s.size()];
  Sample out;
  out.lang = first.lang;
  out.title = first.title;
  std::bernoulli_distribution keep(0.5);
  // A third of each of three samples of the same language, half the tokens kept.
  for (int part = 0; part < 3; ++part) {
    const Sample* src = &first;
    for (int tries = 0; part > 0 && tries < 8; ++tries) {
      src = &s[rng() % s.size()];
      if (src->lang == first.lang) break;
    }
    const std::size_t n = src->body.tokens.size();
    for (std::size_t i = part * n / 3; i < (part + 1) * n / 3; ++i) {
      if (keep(rng)) out.body.tokens.push_back(src->body.tokens[i]);
    }
  }
  // Articles come in groups of four that share six made-up names: the stories of the stream.
  for (int i = 0; i < 6; ++i) {
    for (int rep = 0; rep < 2; ++rep) out.body.tokens.push_back(GroupName(k / 4, i));
  }
  return out;
}

// One assigner per size, filled once with that many articles (streaming mode: Add counts idf).
struct Filled {
  std::unique_ptr<StoryAssigner> assigner = std::make_unique<StoryAssigner>();
  std::size_t next = 0;  // index of the next synthetic article
};

Filled& FilledAt(std::size_t n) {
  static std::map<std::size_t, Filled> cache;
  Filled& f = cache[n];
  while (f.next < n) {
    Sample a = MakeArticle(f.next);
    f.assigner->Add({f.next, kT0 + static_cast<int64_t>(f.next) * 60, a.lang, &a.title, &a.body});
    ++f.next;
  }
  return f;
}

void BM_AddAtIndexSize(benchmark::State& state) {
  if (Samples().empty()) {
    state.SkipWithError("no sample corpus under STORYLINE_DATA_DIR/sample");
    return;
  }
  Filled& f = FilledAt(static_cast<std::size_t>(state.range(0)));
  const StoryAssigner::Work before = f.assigner->work();
  for (auto _ : state) {
    state.PauseTiming();
    Sample a = MakeArticle(f.next);
    state.ResumeTiming();
    benchmark::DoNotOptimize(
        f.assigner->Add({f.next, kT0 + static_cast<int64_t>(f.next) * 60, a.lang, &a.title, &a.body}));
    ++f.next;
  }
  state.counters["stories"] = static_cast<double>(f.assigner->NumStories());
  const auto per = [&](uint64_t now, uint64_t then) {
    return static_cast<double>(now - then) / static_cast<double>(state.iterations());
  };
  state.counters["postings/art"] = per(f.assigner->work().postings_scanned, before.postings_scanned);
  state.counters["scored/art"] = per(f.assigner->work().candidates_scored, before.candidates_scored);
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_AddAtIndexSize)->Arg(1000)->Arg(10000)->Arg(100000)->Arg(1000000)->Iterations(2000)
    ->Unit(benchmark::kMicrosecond);

// One consolidation over N freshly streamed articles, per article.
void BM_ConsolidatePerArticle(benchmark::State& state) {
  if (Samples().empty()) {
    state.SkipWithError("no sample corpus under STORYLINE_DATA_DIR/sample");
    return;
  }
  const auto n = static_cast<std::size_t>(state.range(0));
  for (auto _ : state) {
    state.PauseTiming();
    StoryAssigner assigner;
    for (std::size_t k = 0; k < n; ++k) {
      Sample a = MakeArticle(k);
      assigner.Add({k, kT0 + static_cast<int64_t>(k) * 60, a.lang, &a.title, &a.body});
    }
    state.ResumeTiming();
    benchmark::DoNotOptimize(assigner.Consolidate());
  }
  state.SetItemsProcessed(state.iterations() * static_cast<int64_t>(n));
}
BENCHMARK(BM_ConsolidatePerArticle)->Arg(1000)->Arg(10000)->Arg(100000)->Iterations(1)
    ->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace storyline

BENCHMARK_MAIN();
