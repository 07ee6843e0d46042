#include "text/analyzer.h"

#include <libstemmer.h>
#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <array>
#include <climits>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "text/case_fold.h"
#include "text/name_key.h"
#include "text/stop_words.h"
#include "base/utf8.h"

namespace storyline {
namespace {

using text_internal::StopWordLists;

// Snowball algorithm names by ISO 639-1 code (libstemmer 2.2). uk, bg, pl, cs have none.
const char* SnowballName(std::string_view lang) {
  static constexpr std::pair<std::string_view, const char*> kNames[] = {
      {"en", "english"},    {"ru", "russian"},  {"de", "german"},     {"fr", "french"},
      {"es", "spanish"},    {"it", "italian"},  {"pt", "portuguese"}, {"nl", "dutch"},
      {"sv", "swedish"},    {"no", "norwegian"}, {"da", "danish"},    {"fi", "finnish"},
      {"hu", "hungarian"},  {"ro", "romanian"}, {"tr", "turkish"},    {"ar", "arabic"},
      {"el", "greek"},      {"id", "indonesian"}, {"ga", "irish"},    {"lt", "lithuanian"},
      {"ne", "nepali"},     {"sr", "serbian"},  {"ta", "tamil"},      {"hy", "armenian"},
      {"eu", "basque"},     {"ca", "catalan"},  {"hi", "hindi"},      {"yi", "yiddish"}};
  for (const auto& [code, name] : kNames) {
    if (code == lang) return name;
  }
  return nullptr;
}

struct StemmerDeleter {
  void operator()(sb_stemmer* stemmer) const { sb_stemmer_delete(stemmer); }
};
using StemmerPtr = std::unique_ptr<sb_stemmer, StemmerDeleter>;

// What Analyze needs to know about the language of one call.
struct LanguageContext {
  sb_stemmer* stemmer = nullptr;                          // null: stem == folded
  const std::unordered_set<std::string>* stops = nullptr;  // null: no stop words
  bool fold_yo = false;                                   // Russian: ё → е
  std::string lang;                                       // base language code
};

// ICU gives "G7" the number status of its last character; a number here has no letters.
bool HasLetter(std::string_view surface) {
  int32_t i = 0;
  const auto n = static_cast<int32_t>(surface.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(surface.data(), i, n, c);
    if (u_isalpha(c)) return true;
  }
  return false;
}

bool StartsWithUpper(std::string_view surface) {
  int32_t i = 0;
  const auto n = static_cast<int32_t>(surface.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(surface.data(), i, n, c);
    if (u_isalpha(c)) return u_isupper(c) || u_istitle(c);
  }
  return false;
}

// A '.' after these does not end a sentence ("С. Рябков", "Mr. Smith").
bool IsInitialOrTitle(std::string_view surface, const Token& token) {
  static const std::unordered_set<std::string_view> kTitles = {
      "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "gen", "gov", "sen", "rep", "lt", "col",
      "sgt", "capt", "vs", "им", "ул", "г", "гг"};
  if (token.is_capitalized && CountCodePoints(surface) == 1) return true;
  return kTitles.count(token.folded) > 0;
}

enum class GapBreak { kNone, kDot, kStrong };

// What separates two tokens: nothing sentence-like, a plain '.', or ! ? … 。 or a newline.
GapBreak ClassifyGap(std::string_view gap) {
  GapBreak result = GapBreak::kNone;
  for (size_t i = 0; i < gap.size(); ++i) {
    const char c = gap[i];
    if (c == '\n' || c == '!' || c == '?') return GapBreak::kStrong;
    if (c == '.') result = GapBreak::kDot;
    const std::string_view rest = gap.substr(i);
    if (rest.starts_with("\xE2\x80\xA6") || rest.starts_with("\xE3\x80\x82") ||
        rest.starts_with("\xEF\xBC\x81") || rest.starts_with("\xEF\xBC\x9F")) {
      return GapBreak::kStrong;  // … 。 ！ ？
    }
  }
  return result;
}

// "U.S", "e.g": every dot-separated piece is one character.
bool IsDottedAbbreviation(std::string_view word) {
  size_t start = 0;
  while (true) {
    const size_t dot = word.find('.', start);
    const std::string_view piece = word.substr(start, dot == std::string_view::npos ? dot : dot - start);
    if (CountCodePoints(piece) != 1) return false;
    if (dot == std::string_view::npos) return true;
    start = dot + 1;
  }
}

class IcuAnalyzer : public Analyzer {
 public:
  IcuAnalyzer(std::shared_ptr<const StopWordLists> stop_lists, std::unique_ptr<icu::BreakIterator> breaker)
      : stop_lists_(std::move(stop_lists)), breaker_(std::move(breaker)) {}
  ~IcuAnalyzer() override { utext_close(utext_); }

  AnalyzedText Analyze(std::string_view text, std::string_view lang) override;

 private:
  LanguageContext ContextFor(std::string_view lang);
  void EmitWordSpan(uint32_t begin, uint32_t end, bool is_number);
  void Emit(uint32_t begin, uint32_t end, bool is_number, bool stem);
  bool IsSentenceStart(uint32_t begin) const;
  std::string Stem(const std::string& folded) const;

  std::shared_ptr<const StopWordLists> stop_lists_;
  std::unique_ptr<icu::BreakIterator> breaker_;
  UText* utext_ = nullptr;
  std::unordered_map<std::string, StemmerPtr> stemmers_;  // by language; null where none
  NameKeyer name_keyer_;
  // State of the current Analyze call.
  std::string_view text_;
  LanguageContext context_;
  AnalyzedText* out_ = nullptr;
};

LanguageContext IcuAnalyzer::ContextFor(std::string_view lang) {
  const std::string base = text_internal::BaseLanguage(lang);
  auto it = stemmers_.find(base);
  if (it == stemmers_.end()) {
    const char* name = SnowballName(base);
    it = stemmers_.emplace(base, StemmerPtr(name ? sb_stemmer_new(name, "UTF_8") : nullptr)).first;
  }
  return {it->second.get(), stop_lists_->Find(base), base == "ru", base};
}

AnalyzedText IcuAnalyzer::Analyze(std::string_view text, std::string_view lang) {
  AnalyzedText result;
  if (text.size() > static_cast<size_t>(INT32_MAX)) text = Utf8Prefix(text, INT32_MAX);
  if (text.empty()) return result;
  UErrorCode status = U_ZERO_ERROR;
  utext_ = utext_openUTF8(utext_, text.data(), static_cast<int64_t>(text.size()), &status);
  breaker_->setText(utext_, status);
  if (U_FAILURE(status)) return result;
  text_ = text;
  context_ = ContextFor(lang);
  out_ = &result;
  result.tokens.reserve(text.size() / 6 + 1);
  int32_t begin = breaker_->first();
  for (int32_t end = breaker_->next(); end != icu::BreakIterator::DONE; begin = end, end = breaker_->next()) {
    const int32_t rule = breaker_->getRuleStatus();
    if (rule < UBRK_WORD_NONE_LIMIT) continue;
    if (!result.tokens.empty() && static_cast<uint32_t>(begin) < result.tokens.back().end) continue;
    const bool number_rule = rule >= UBRK_WORD_NUMBER && rule < UBRK_WORD_NUMBER_LIMIT;
    EmitWordSpan(begin, end, number_rule && !HasLetter(text.substr(begin, end - begin)));
  }
  out_ = nullptr;
  text_ = {};
  return result;
}

// ICU keeps letters joined by '.' as one word: "U.S" (final dot dropped) and "С.Рябков".
// Abbreviations become one token with their final dot; initials are split from the surname.
void IcuAnalyzer::EmitWordSpan(uint32_t begin, uint32_t end, bool is_number) {
  const std::string_view word = text_.substr(begin, end - begin);
  if (is_number || word.find('.') == std::string_view::npos) return Emit(begin, end, is_number, true);
  if (IsDottedAbbreviation(word)) {
    if (end < text_.size() && text_[end] == '.') ++end;
    return Emit(begin, end, false, false);
  }
  uint32_t piece_begin = begin;
  for (uint32_t i = begin; i <= end; ++i) {
    if (i < end && text_[i] != '.') continue;
    if (i > piece_begin) Emit(piece_begin, i, false, true);
    piece_begin = i + 1;
  }
}

void IcuAnalyzer::Emit(uint32_t begin, uint32_t end, bool is_number, bool stem) {
  const std::string_view surface = text_.substr(begin, end - begin);
  Token token;
  token.begin = begin;
  token.end = end;
  token.is_number = is_number;
  token.is_capitalized = !is_number && StartsWithUpper(surface);
  token.sentence_start = IsSentenceStart(begin);
  text_internal::AppendFolded(surface, context_.fold_yo, &token.folded);
  token.stem = (is_number || !stem) ? token.folded : Stem(token.folded);
  token.is_stop = !is_number && context_.stops != nullptr && context_.stops->count(token.folded) > 0;
  if (token.is_capitalized && !token.is_stop) token.name_key = name_keyer_.Key(surface, context_.lang);
  out_->tokens.push_back(std::move(token));
}

bool IcuAnalyzer::IsSentenceStart(uint32_t begin) const {
  if (out_->tokens.empty()) return true;
  const Token& prev = out_->tokens.back();
  switch (ClassifyGap(text_.substr(prev.end, begin - prev.end))) {
    case GapBreak::kNone: return false;
    case GapBreak::kStrong: return true;
    case GapBreak::kDot: return !IsInitialOrTitle(text_.substr(prev.begin, prev.end - prev.begin), prev);
  }
  return false;
}

std::string IcuAnalyzer::Stem(const std::string& folded) const {
  if (context_.stemmer == nullptr) return folded;
  const sb_symbol* stem = sb_stemmer_stem(context_.stemmer, reinterpret_cast<const sb_symbol*>(folded.data()),
                                          static_cast<int>(folded.size()));
  if (stem == nullptr) return folded;
  return std::string(reinterpret_cast<const char*>(stem), sb_stemmer_length(context_.stemmer));
}

}  // namespace

Result<std::unique_ptr<Analyzer>> Analyzer::Create(const std::string& data_dir) {
  Result<std::shared_ptr<const StopWordLists>> stop_lists = StopWordLists::Load(data_dir);
  if (!stop_lists.ok()) return stop_lists.status();
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> breaker(icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
  if (U_FAILURE(status) || breaker == nullptr) {
    return Status::Internal(std::string("ICU word break iterator: ") + u_errorName(status));
  }
  return std::unique_ptr<Analyzer>(std::make_unique<IcuAnalyzer>(std::move(*stop_lists), std::move(breaker)));
}

}  // namespace storyline
