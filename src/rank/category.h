// CategoryClassifier: assigns a story topic from the Telegram Data Clustering Contest taxonomy
// (society, economy, technology, sports, entertainment, science, other) with weighted stem
// lexicons, one per language.
//
// Lexicons are read once from `<data_dir>/lexicons/<lang>.tsv` (format in data/lexicons/README.md:
// lines `category<TAB>stem<TAB>weight`, stems as the Analyzer's Snowball stemmer writes them).
// A category's score is the weighted sum of lexicon hits over the content tokens (not stop words,
// not numbers) of the title (each hit counted `title_weight` times) and the lead of the body,
// divided by the weighted number of those tokens plus `length_prior`. The best category wins
// unless its score is below `min_score` or fewer than `min_distinct_stems` different stems hit
// it, in which case the answer is "other" (ties go to the first in enum order). A language
// without a lexicon file always gets "other".
// Thread safety: immutable after Load; all const methods may be called from any thread.
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "storyline/status.h"
#include "text/analyzer.h"

namespace storyline {

enum class Category { kSociety, kEconomy, kTechnology, kSports, kEntertainment, kScience, kOther };
inline constexpr std::size_t kScoredCategories = 6;  // all but kOther

// "society" | "economy" | "technology" | "sports" | "entertainment" | "science" | "other".
const char* CategoryName(Category category);
// The inverse of CategoryName; nullopt for an unknown name.
std::optional<Category> ParseCategory(std::string_view name);

struct CategoryOptions {
  // A title token counts as this many body tokens (titles name the topic more reliably). Default 2.
  double title_weight = 2.0;
  // Only the first this-many body tokens are read: the lead carries the topic, and long texts
  // drift into background. Default 400.
  std::size_t max_body_tokens = 400;
  // Added to the weighted token count before dividing, so that one hit in a tiny text does not
  // score like a dense article. Default 10 (tokens).
  double length_prior = 10.0;
  // Best normalised score below this → "other". Raising it trades recall for precision.
  // Default 0.04 (about one weight-1 hit per 25 content tokens).
  double min_score = 0.04;
  // The winning category needs hits from at least this many distinct stems, so that one
  // ambiguous word ("apple", "match") repeated cannot decide. Default 2.
  std::size_t min_distinct_stems = 2;
};

// Normalised score per category, indexed by static_cast<size_t>(Category); kOther excluded.
using CategoryScores = std::array<double, kScoredCategories>;

class CategoryClassifier {
 public:
  // Reads every `<data_dir>/lexicons/*.tsv`; the file name (without .tsv) is the language code.
  // Errors: kNotFound when the lexicons folder is missing; kInvalidArgument (naming file and
  // line) for a malformed line, an unknown category, a bad weight or a repeated category/stem;
  // kIoError when a file cannot be read; kInvalidArgument for invalid options.
  static Result<CategoryClassifier> Load(const std::string& data_dir, CategoryOptions options = {});

  // The category name (see CategoryName) of an article with this analysed title and body.
  std::string Classify(const AnalyzedText& title, const AnalyzedText& body,
                       std::string_view lang) const;
  // Same, as an enum.
  Category ClassifyCategory(const AnalyzedText& title, const AnalyzedText& body,
                            std::string_view lang) const;
  // The normalised scores behind Classify (all zero for a language without a lexicon).
  CategoryScores Score(const AnalyzedText& title, const AnalyzedText& body,
                       std::string_view lang) const;
  // True when a lexicon was loaded for `lang`.
  bool HasLanguage(std::string_view lang) const;

 private:
  using Weights = std::array<float, kScoredCategories>;
  using Lexicon = std::unordered_map<std::string, Weights>;  // stem → weight per category

  struct Tally {
    CategoryScores scores{};                                 // normalised, as Score returns
    std::array<std::size_t, kScoredCategories> distinct{};  // distinct stems that hit each
  };

  CategoryClassifier(std::unordered_map<std::string, Lexicon> lexicons, CategoryOptions options);
  Tally Count(const AnalyzedText& title, const AnalyzedText& body, std::string_view lang) const;
  static Result<Lexicon> LoadLexicon(const std::string& path);
  const Lexicon* FindLexicon(std::string_view lang) const;

  std::unordered_map<std::string, Lexicon> lexicons_;  // language code → lexicon
  CategoryOptions options_;
};

}  // namespace storyline
