// Google Benchmark programs for the per-article stages, on fixture articles from the repository
// (so the benchmark runs anywhere, without ../shared). Whole-run throughput on real corpora is
// measured by bench/scripts/throughput.py.
//
//   build/bench/storyline_bench --benchmark_min_time=0.2
#include <benchmark/benchmark.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "dedup/fingerprint.h"
#include "extract/extractor.h"
#include "extract/html_prescan.h"
#include "text/analyzer.h"
#include "text/language.h"
#include "text/normalize.h"

namespace storyline {
namespace {

std::string Slurp(const std::string& rel) {
  std::ifstream f(std::filesystem::path(STORYLINE_FIXTURES_DIR) / rel, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

// An English and a Russian news text of a few KB (fixtures written for the project).
const std::string& EnglishText() {
  static const std::string text = Slurp("e2e/events/quake-wire.txt") + "\n\n" +
                                   Slurp("e2e/events/rates-business.txt") + "\n\n" +
                                   Slurp("e2e/events/final-sport.txt");
  return text;
}

const std::string& RussianText() {
  static const std::string text = [] {
    std::string html = Slurp("e2e/tgnews/ru-key-rate.html");
    Document d;
    d.format = DocFormat::kHtml;
    d.content = html;
    auto a = Extractor().Extract(d);
    return a.ok() ? a->text : std::string();
  }();
  return text;
}

void SetBytes(benchmark::State& state, std::size_t bytes) {
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.SetItemsProcessed(state.iterations());
}

// Extract on the boilerplate fixture page, with the given options.
void ExtractBoilerplatePage(benchmark::State& state, const ExtractOptions& options) {
  Document d;
  d.origin = "boilerplate.html";
  d.format = DocFormat::kHtml;
  d.content = Slurp("extract/boilerplate.html");
  Extractor extractor(options);
  for (auto _ : state) benchmark::DoNotOptimize(extractor.Extract(d));
  SetBytes(state, d.content.size());
}

void BM_ExtractHtml(benchmark::State& state) { ExtractBoilerplatePage(state, ExtractOptions()); }
BENCHMARK(BM_ExtractHtml);

// The same without the pre-parse scan (ExtractOptions::prescan), and the scan alone.
void BM_ExtractHtmlWithoutPrescan(benchmark::State& state) {
  ExtractOptions options;
  options.prescan = false;
  ExtractBoilerplatePage(state, options);
}
BENCHMARK(BM_ExtractHtmlWithoutPrescan);

void BM_PrescanHtml(benchmark::State& state) {
  const std::string html = Slurp("extract/boilerplate.html");
  std::string kept;
  for (auto _ : state) benchmark::DoNotOptimize(DropUnreadHtml(html, kept));
  SetBytes(state, html.size());
}
BENCHMARK(BM_PrescanHtml);

// A hostile page: n unclosed "<h1><div>" pairs (the parser nests each <h1> in the <div> before
// it). Reported with its complexity over n: linear since the metadata step skips the <h1>s
// inside one already read (it read each subtree again before: 1.8 s at n = 10^5).
void BM_ExtractNestedHeadings(benchmark::State& state) {
  Document d;
  d.origin = "nested-h1.html";
  d.format = DocFormat::kHtml;
  d.content = "<html><body>";
  for (int64_t k = 0; k < state.range(0); ++k) d.content += "<h1><div>w" + std::to_string(k % 10);
  Extractor extractor;
  for (auto _ : state) benchmark::DoNotOptimize(extractor.Extract(d));
  SetBytes(state, d.content.size());
  state.SetComplexityN(state.range(0));
}
BENCHMARK(BM_ExtractNestedHeadings)->RangeMultiplier(4)->Range(1 << 12, 1 << 16)->Complexity()->Unit(benchmark::kMillisecond);

void BM_NormalizeEnglish(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(NormalizeText(EnglishText()));
  SetBytes(state, EnglishText().size());
}
BENCHMARK(BM_NormalizeEnglish);

void BM_NormalizeRussian(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(NormalizeText(RussianText()));
  SetBytes(state, RussianText().size());
}
BENCHMARK(BM_NormalizeRussian);

void BM_DetectLanguage(benchmark::State& state) {
  auto detector = MakeLanguageDetector(STORYLINE_DATA_DIR);
  if (!detector.ok()) return state.SkipWithError(detector.status().ToString().c_str());
  for (auto _ : state) benchmark::DoNotOptimize((*detector)->Detect("", EnglishText()));
  SetBytes(state, EnglishText().size());
}
BENCHMARK(BM_DetectLanguage);

void BM_AnalyzeEnglish(benchmark::State& state) {
  auto analyzer = Analyzer::Create(STORYLINE_DATA_DIR);
  if (!analyzer.ok()) return state.SkipWithError(analyzer.status().ToString().c_str());
  for (auto _ : state) benchmark::DoNotOptimize((*analyzer)->Analyze(EnglishText(), "en"));
  SetBytes(state, EnglishText().size());
}
BENCHMARK(BM_AnalyzeEnglish);

void BM_AnalyzeRussian(benchmark::State& state) {
  auto analyzer = Analyzer::Create(STORYLINE_DATA_DIR);
  if (!analyzer.ok()) return state.SkipWithError(analyzer.status().ToString().c_str());
  for (auto _ : state) benchmark::DoNotOptimize((*analyzer)->Analyze(RussianText(), "ru"));
  SetBytes(state, RussianText().size());
}
BENCHMARK(BM_AnalyzeRussian);

void BM_Fingerprint(benchmark::State& state) {
  auto analyzer = Analyzer::Create(STORYLINE_DATA_DIR);
  if (!analyzer.ok()) return state.SkipWithError(analyzer.status().ToString().c_str());
  AnalyzedText tokens = (*analyzer)->Analyze(EnglishText(), "en");
  for (auto _ : state) benchmark::DoNotOptimize(ComputeFingerprint(tokens));
  SetBytes(state, EnglishText().size());
}
BENCHMARK(BM_Fingerprint);

}  // namespace
}  // namespace storyline

BENCHMARK_MAIN();
