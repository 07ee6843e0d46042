#include "rank/category.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <system_error>
#include <unordered_set>
#include <utility>
#include <vector>

namespace storyline {
namespace {

constexpr std::array<const char*, kScoredCategories + 1> kCategoryNames = {
    "society", "economy", "technology", "sports", "entertainment", "science", "other"};

// Splits "a<TAB>b<TAB>c" into exactly three fields; false otherwise.
bool SplitThree(std::string_view line, std::array<std::string_view, 3>& fields) {
  for (std::size_t i = 0; i < 2; ++i) {
    const std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos) return false;
    fields[i] = line.substr(0, tab);
    line.remove_prefix(tab + 1);
  }
  fields[2] = line;
  return line.find('\t') == std::string_view::npos && !fields[1].empty();
}

std::optional<double> ParseWeight(std::string_view text) {
  double value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || !std::isfinite(value)) {
    return std::nullopt;
  }
  return value;
}

// Adds one "category<TAB>stem<TAB>weight" line to `weights`, or says what is wrong with it.
Status AddLexiconLine(std::string_view line,
                      std::unordered_map<std::string, std::array<float, kScoredCategories>>& weights) {
  std::array<std::string_view, 3> fields;
  if (!SplitThree(line, fields)) {
    return Status::InvalidArgument("expected category<TAB>stem<TAB>weight");
  }
  const std::optional<Category> category = ParseCategory(fields[0]);
  if (!category || *category == Category::kOther) {
    return Status::InvalidArgument("unknown category '" + std::string(fields[0]) + "'");
  }
  const std::optional<double> weight = ParseWeight(fields[2]);
  if (!weight) return Status::InvalidArgument("bad weight '" + std::string(fields[2]) + "'");
  float& slot = weights[std::string(fields[1])][static_cast<std::size_t>(*category)];
  if (slot != 0.0f) {
    return Status::InvalidArgument("repeated " + std::string(fields[0]) + "/" +
                                   std::string(fields[1]));
  }
  slot = static_cast<float>(*weight);
  return Status::Ok();
}

Status ValidateOptions(const CategoryOptions& options) {
  if (!(options.title_weight >= 0) || !(options.length_prior >= 0) || !(options.min_score >= 0)) {
    return Status::InvalidArgument(
        "category options: title_weight, length_prior and min_score must be >= 0");
  }
  return Status::Ok();
}

// The lexicon files in `dir`, sorted so that load order (and the first error) is stable.
Result<std::vector<std::filesystem::path>> ListLexiconFiles(const std::filesystem::path& dir) {
  std::error_code error;
  if (!std::filesystem::is_directory(dir, error)) {
    return Status::NotFound(dir.string() + ": no lexicons folder");
  }
  std::vector<std::filesystem::path> files;
  for (std::filesystem::directory_iterator it(dir, error), end; !error && it != end;
       it.increment(error)) {
    if (it->path().extension() == ".tsv") files.push_back(it->path());
  }
  if (error) return Status::IoError(dir.string() + ": " + error.message());
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

const char* CategoryName(Category category) {
  return kCategoryNames[static_cast<std::size_t>(category)];
}

std::optional<Category> ParseCategory(std::string_view name) {
  for (std::size_t i = 0; i < kCategoryNames.size(); ++i) {
    if (name == kCategoryNames[i]) return static_cast<Category>(i);
  }
  return std::nullopt;
}

CategoryClassifier::CategoryClassifier(std::unordered_map<std::string, Lexicon> lexicons,
                                       CategoryOptions options)
    : lexicons_(std::move(lexicons)), options_(options) {}

Result<CategoryClassifier::Lexicon> CategoryClassifier::LoadLexicon(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(path + ": cannot open");
  Lexicon lexicon;
  std::string line;
  for (int line_number = 1; std::getline(in, line); ++line_number) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    Status status = AddLexiconLine(line, lexicon);
    if (!status.ok()) return status.WithPrefix(path + ":" + std::to_string(line_number));
  }
  if (in.bad()) return Status::IoError(path + ": read failed");
  return lexicon;
}

Result<CategoryClassifier> CategoryClassifier::Load(const std::string& data_dir,
                                                    CategoryOptions options) {
  if (Status status = ValidateOptions(options); !status.ok()) return status;
  Result<std::vector<std::filesystem::path>> files =
      ListLexiconFiles(std::filesystem::path(data_dir) / "lexicons");
  if (!files.ok()) return files.status();
  std::unordered_map<std::string, Lexicon> lexicons;
  for (const std::filesystem::path& file : *files) {
    Result<Lexicon> lexicon = LoadLexicon(file.string());
    if (!lexicon.ok()) return lexicon.status();
    lexicons[file.stem().string()] = std::move(lexicon).value();
  }
  return CategoryClassifier(std::move(lexicons), options);
}

const CategoryClassifier::Lexicon* CategoryClassifier::FindLexicon(std::string_view lang) const {
  const auto it = lexicons_.find(std::string(lang));
  return it == lexicons_.end() ? nullptr : &it->second;
}

bool CategoryClassifier::HasLanguage(std::string_view lang) const {
  return FindLexicon(lang) != nullptr;
}

CategoryClassifier::Tally CategoryClassifier::Count(const AnalyzedText& title,
                                                    const AnalyzedText& body,
                                                    std::string_view lang) const {
  Tally tally;
  const Lexicon* lexicon = FindLexicon(lang);
  if (lexicon == nullptr) return tally;
  double total_weight = options_.length_prior;
  std::unordered_set<const Weights*> seen;  // lexicon entries already hit
  // Stop words and numbers carry no topic; counting them would only dilute the density.
  auto add = [&](const Token& token, double weight) {
    if (token.is_stop || token.is_number) return;
    total_weight += weight;
    const auto it = lexicon->find(token.stem);
    if (it == lexicon->end()) return;
    const bool first_hit = seen.insert(&it->second).second;
    for (std::size_t c = 0; c < kScoredCategories; ++c) {
      tally.scores[c] += weight * it->second[c];
      if (first_hit && it->second[c] != 0.0f) ++tally.distinct[c];
    }
  };
  for (const Token& token : title.tokens) add(token, options_.title_weight);
  const std::size_t body_end = std::min(body.tokens.size(), options_.max_body_tokens);
  for (std::size_t i = 0; i < body_end; ++i) add(body.tokens[i], 1.0);
  for (double& score : tally.scores) score /= total_weight;
  return tally;
}

CategoryScores CategoryClassifier::Score(const AnalyzedText& title, const AnalyzedText& body,
                                         std::string_view lang) const {
  return Count(title, body, lang).scores;
}

Category CategoryClassifier::ClassifyCategory(const AnalyzedText& title, const AnalyzedText& body,
                                              std::string_view lang) const {
  const Tally tally = Count(title, body, lang);
  // max_element keeps the first of equal scores, so ties resolve in enum order.
  const auto best = std::max_element(tally.scores.begin(), tally.scores.end());
  const std::size_t index = static_cast<std::size_t>(best - tally.scores.begin());
  if (*best <= 0 || *best < options_.min_score ||
      tally.distinct[index] < options_.min_distinct_stems) {
    return Category::kOther;
  }
  return static_cast<Category>(index);
}

std::string CategoryClassifier::Classify(const AnalyzedText& title, const AnalyzedText& body,
                                         std::string_view lang) const {
  return CategoryName(ClassifyCategory(title, body, lang));
}

}  // namespace storyline
