#include "rank/news_filter.h"

#include <string>
#include <string_view>
#include <vector>

#include "base/utf8.h"

namespace storyline {
namespace {

struct TitlePattern {
  NotNewsReason reason;
  bool anchored;           // must match at the first title word
  std::string_view words;  // space-separated; "#" = a number, "foo*" = a word starting "foo"
};

constexpr TitlePattern kTitlePatterns[] = {
    {NotNewsReason::kHowTo, true, "how to"},
    {NotNewsReason::kHowTo, true, "how do i"},
    {NotNewsReason::kHowTo, true, "how do you"},
    {NotNewsReason::kHowTo, true, "how can you"},
    {NotNewsReason::kHowTo, true, "как сделать"},
    {NotNewsReason::kHowTo, true, "как выбрать"},
    {NotNewsReason::kHowTo, true, "как приготовить"},
    {NotNewsReason::kHowTo, true, "как правильно"},
    {NotNewsReason::kHowTo, true, "как избавиться"},
    {NotNewsReason::kHowTo, true, "как похудеть"},
    {NotNewsReason::kHowTo, true, "как научиться"},
    {NotNewsReason::kHowTo, true, "как сэкономить"},
    {NotNewsReason::kHowTo, true, "что такое"},
    {NotNewsReason::kHowTo, false, "step by step"},
    {NotNewsReason::kHowTo, false, "lifehack*"},
    {NotNewsReason::kHowTo, false, "лайфхак*"},
    {NotNewsReason::kListicle, true, "# best"},
    {NotNewsReason::kListicle, true, "# ways"},
    {NotNewsReason::kListicle, true, "# things"},
    {NotNewsReason::kListicle, true, "# tips"},
    {NotNewsReason::kListicle, true, "# reasons"},
    {NotNewsReason::kListicle, true, "# signs"},
    {NotNewsReason::kListicle, true, "# easy"},
    {NotNewsReason::kListicle, true, "# simple"},
    {NotNewsReason::kListicle, true, "# must"},
    {NotNewsReason::kListicle, true, "top #"},
    {NotNewsReason::kListicle, true, "the # best"},
    {NotNewsReason::kListicle, true, "# лучших"},
    {NotNewsReason::kListicle, true, "# способ*"},
    {NotNewsReason::kListicle, true, "# причин*"},
    {NotNewsReason::kListicle, true, "# вещей"},
    {NotNewsReason::kListicle, true, "# признак*"},
    {NotNewsReason::kListicle, true, "# совет*"},
    {NotNewsReason::kListicle, true, "# простых"},
    {NotNewsReason::kListicle, true, "топ #"},
    {NotNewsReason::kListicle, true, "# rules"},
    {NotNewsReason::kListicle, true, "# habits"},
    {NotNewsReason::kListicle, true, "# mistakes"},
    {NotNewsReason::kListicle, true, "# movies"},
    {NotNewsReason::kListicle, true, "# books"},
    {NotNewsReason::kListicle, true, "# games"},
    {NotNewsReason::kListicle, true, "# правил*"},
    {NotNewsReason::kListicle, true, "# мелоч*"},
    {NotNewsReason::kListicle, true, "# привыч*"},
    {NotNewsReason::kListicle, true, "# ошибок"},
    {NotNewsReason::kListicle, true, "# фильмов"},
    {NotNewsReason::kListicle, true, "# книг"},
    {NotNewsReason::kListicle, true, "# продуктов"},
    {NotNewsReason::kRecipe, false, "recipe*"},
    {NotNewsReason::kRecipe, false, "рецепт*"},
    {NotNewsReason::kHoroscope, false, "horoscope*"},
    {NotNewsReason::kHoroscope, false, "zodiac*"},
    {NotNewsReason::kHoroscope, false, "гороскоп*"},
    {NotNewsReason::kHoroscope, false, "знак* зодиака"},
    {NotNewsReason::kHoroscope, false, "астролог*"},
    {NotNewsReason::kHoroscope, false, "astrolog*"},
    {NotNewsReason::kPuzzle, false, "sudoku"},
    {NotNewsReason::kPuzzle, false, "судоку"},
    {NotNewsReason::kPuzzle, false, "crossword*"},
    {NotNewsReason::kPuzzle, false, "кроссворд*"},
    {NotNewsReason::kAdvert, false, "купить"},
    {NotNewsReason::kAdvert, false, "купите"},
    {NotNewsReason::kAdvert, false, "скидк*"},
    {NotNewsReason::kAdvert, false, "промокод*"},
    {NotNewsReason::kAdvert, false, "распродаж*"},
    {NotNewsReason::kAdvert, false, "promo code*"},
    {NotNewsReason::kAdvert, false, "promocode*"},
    {NotNewsReason::kAdvert, false, "coupon*"},
    {NotNewsReason::kAdvert, false, "buy now"},
    {NotNewsReason::kAdvert, false, "sponsored"},
    {NotNewsReason::kAdvert, false, "на правах рекламы"},
    {NotNewsReason::kAdvert, false, "free shipping"},
    {NotNewsReason::kAdvert, false, "бесплатная доставка"},
    {NotNewsReason::kAdvert, false, "limited offer"},
    {NotNewsReason::kAdvert, false, "special offer"},
    {NotNewsReason::kAdvert, false, "спецпредложени*"},
    {NotNewsReason::kAdvert, false, "best deals"},
    {NotNewsReason::kAdvert, false, "лучшие цены"},
    {NotNewsReason::kAdvert, false, "shop now"},
};

// Decodes one UTF-8 code point at `pos`; returns 0 and advances one byte on invalid input.
char32_t DecodeUtf8(std::string_view s, std::size_t& pos) {
  const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
  const unsigned char lead = byte(pos);
  const std::size_t length = lead < 0x80 ? 1 : (lead >> 5) == 0x6 ? 2 : (lead >> 4) == 0xE ? 3
                                         : (lead >> 3) == 0x1E    ? 4 : 0;
  if (length == 0 || pos + length > s.size()) return ++pos, 0;
  char32_t cp = length == 1 ? lead : lead & (0x7F >> length);
  for (std::size_t i = 1; i < length; ++i) {
    if ((byte(pos + i) & 0xC0) != 0x80) return ++pos, 0;
    cp = (cp << 6) | (byte(pos + i) & 0x3F);
  }
  pos += length;
  return cp;
}


// Lower case for ASCII and Russian Cyrillic, "ё" → "е"; other letters are kept as they are.
char32_t FoldLetter(char32_t cp) {
  if (cp >= 'A' && cp <= 'Z') return cp + 0x20;
  if (cp >= 0x410 && cp <= 0x42F) return cp + 0x20;  // А..Я
  if (cp == 0x401 || cp == 0x451) return 0x435;      // Ё, ё → е
  return cp;
}

// Letters and digits; ASCII punctuation, Latin-1 symbols («», nbsp) and the General
// Punctuation block (dashes, quotes, ellipsis) separate words.
bool IsWordChar(char32_t cp) {
  if (cp < 0x80) return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
  if (cp >= 0xA0 && cp <= 0xBF) return false;
  if (cp >= 0x2000 && cp <= 0x206F) return false;
  return cp != 0 && cp != 0xD7 && cp != 0xF7;
}

std::vector<std::string> TitleWords(std::string_view title) {
  std::vector<std::string> words(1);
  for (std::size_t pos = 0; pos < title.size();) {
    const char32_t cp = DecodeUtf8(title, pos);
    if (IsWordChar(cp)) {
      AppendUtf8(words.back(), FoldLetter(cp));
    } else if (!words.back().empty()) {
      words.emplace_back();
    }
  }
  if (words.back().empty()) words.pop_back();
  return words;
}

bool IsNumber(std::string_view word) {
  return !word.empty() && word.find_first_not_of("0123456789") == std::string_view::npos;
}

bool WordMatches(std::string_view pattern, std::string_view word) {
  if (pattern == "#") return IsNumber(word);
  if (!pattern.empty() && pattern.back() == '*') {
    pattern.remove_suffix(1);
    return word.substr(0, pattern.size()) == pattern;
  }
  return word == pattern;
}

// True when the pattern's words match words[start...].
bool MatchesAt(std::string_view pattern, const std::vector<std::string>& words, std::size_t start) {
  std::size_t i = start;
  while (!pattern.empty()) {
    const std::size_t space = pattern.find(' ');
    if (i >= words.size() || !WordMatches(pattern.substr(0, space), words[i])) return false;
    pattern.remove_prefix(space == std::string_view::npos ? pattern.size() : space + 1);
    ++i;
  }
  return true;
}

bool Matches(const TitlePattern& pattern, const std::vector<std::string>& words) {
  const std::size_t last_start = pattern.anchored ? 0 : words.size();
  for (std::size_t start = 0; start <= last_start && start < words.size(); ++start) {
    if (MatchesAt(pattern.words, words, start)) return true;
  }
  return false;
}

std::size_t CountWords(const AnalyzedText& body) {
  std::size_t words = 0;
  for (const Token& token : body.tokens) words += token.is_number ? 0 : 1;
  return words;
}

}  // namespace

const char* NotNewsReasonName(NotNewsReason reason) {
  switch (reason) {
    case NotNewsReason::kNone: return "none";
    case NotNewsReason::kTooShort: return "too short";
    case NotNewsReason::kHowTo: return "how-to";
    case NotNewsReason::kListicle: return "listicle";
    case NotNewsReason::kRecipe: return "recipe";
    case NotNewsReason::kHoroscope: return "horoscope";
    case NotNewsReason::kPuzzle: return "puzzle";
    case NotNewsReason::kAdvert: return "advert";
  }
  return "none";
}

NotNewsReason CheckNews(const Article& article, const AnalyzedText& body,
                        const NewsFilterOptions& options) {
  if (CountWords(body) < options.min_words) return NotNewsReason::kTooShort;
  const std::vector<std::string> words = TitleWords(article.title);
  for (const TitlePattern& pattern : kTitlePatterns) {
    if (Matches(pattern, words)) return pattern.reason;
  }
  return NotNewsReason::kNone;
}

bool IsNews(const Article& article, const AnalyzedText& body, const NewsFilterOptions& options) {
  return CheckNews(article, body, options) == NotNewsReason::kNone;
}

}  // namespace storyline
