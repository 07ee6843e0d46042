// Throughput probe for the text stage (not a test; timings vary by machine).
// Usage: storyline_text_speed [data_dir]. Prints tokens/s, MB/s and detections/s.
#include <chrono>
#include <cstdio>
#include <string>

#include "text/analyzer.h"
#include "text/language.h"
#include "text/normalize.h"

namespace {

using Clock = std::chrono::steady_clock;

const char kEnglish[] =
    "The city council approved a new budget on Tuesday after a long debate about schools, roads "
    "and public transport. Officials said the plan would take effect next month, and that the "
    "U.S. government had promised $3.5 million to repair bridges damaged in the 2019 floods. ";
const char kRussian[] =
    "Городской совет во вторник утвердил новый бюджет после долгих споров о школах, дорогах и "
    "общественном транспорте. Как заявил С.Рябков, план вступит в силу в следующем месяце, а на "
    "ремонт мостов, пострадавших от наводнения 2019 года, выделят 3,5 млн рублей. ";

std::string About3Kb(const char* paragraph) {
  std::string text;
  while (text.size() < 3000) text += paragraph;
  return text;
}

double Seconds(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

void MeasureText(const char* name, const std::string& text, const char* lang, storyline::Analyzer& analyzer,
                 const storyline::LanguageDetector& detector) {
  constexpr int kRounds = 2000;
  size_t tokens = 0;
  auto start = Clock::now();
  for (int i = 0; i < kRounds; ++i) tokens += analyzer.Analyze(text, lang).tokens.size();
  const double analyze_s = Seconds(start);
  size_t bytes = 0;
  start = Clock::now();
  for (int i = 0; i < kRounds; ++i) bytes += storyline::NormalizeText(text).size();
  const double normalize_s = Seconds(start);
  start = Clock::now();
  for (int i = 0; i < kRounds; ++i) bytes += detector.Detect("", text).code.size();
  const double detect_s = Seconds(start);
  std::printf("%s (%zu bytes, %zu tokens): analyze %.2f M tokens/s (%.1f MB/s); normalize %.0f MB/s; "
              "detect %.0f texts/s\n",
              name, text.size(), tokens / kRounds, tokens / analyze_s / 1e6,
              text.size() * kRounds / analyze_s / 1e6, text.size() * kRounds / normalize_s / 1e6,
              kRounds / detect_s);
}

}  // namespace

int main(int argc, char** argv) {
  const std::string data_dir = argc > 1 ? argv[1] : STORYLINE_DATA_DIR;
  auto analyzer = storyline::Analyzer::Create(data_dir);
  auto detector = storyline::MakeLanguageDetector(data_dir);
  if (!analyzer.ok() || !detector.ok()) {
    std::fprintf(stderr, "cannot load data from %s\n", data_dir.c_str());
    return 1;
  }
  MeasureText("English", About3Kb(kEnglish), "en", **analyzer, **detector);
  MeasureText("Russian", About3Kb(kRussian), "ru", **analyzer, **detector);
  return 0;
}
