#include "extract/text_lines.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <string_view>

#include "extract/text_scrape.h"
#include "extract/text_words.h"

namespace storyline::scrape {
namespace {

UScriptCode ScriptGroup(UChar32 c) {
  UErrorCode err = U_ZERO_ERROR;
  UScriptCode s = uscript_getScript(c, &err);
  if (U_FAILURE(err)) return USCRIPT_COMMON;
  // Japanese and Korean text mixes these with Han; treat them as one writing system.
  if (s == USCRIPT_HIRAGANA || s == USCRIPT_KATAKANA || s == USCRIPT_HANGUL) return USCRIPT_HAN;
  return s;
}

void CountLetter(CharCounts& n, UChar32 c) {
  ++n.letters;
  UScriptCode s = ScriptGroup(c);
  if (s == USCRIPT_HAN) ++n.wide;
  for (std::size_t i = 0; i < n.script_kinds; ++i) {
    if (n.scripts[i] == s) {
      ++n.script_letters[i];
      return;
    }
  }
  if (n.script_kinds < n.scripts.size()) {
    n.scripts[n.script_kinds] = s;
    n.script_letters[n.script_kinds++] = 1;
  }
}

bool IsClausePunctuation(UChar32 c) {
  return c == '.' || c == ',' || c == ';' || c == '!' || c == '?' || c == 0x3002 || c == 0xff0c || c == 0x3001 ||
         c == 0xff01 || c == 0xff1f || c == 0x060c;
}

CharCounts CountChars(std::string_view line) {
  CharCounts n;
  int32_t i = 0, size = static_cast<int32_t>(line.size());
  while (i < size) {
    UChar32 c;
    U8_NEXT(line.data(), i, size, c);
    if (c < 0) continue;
    ++n.code_points;
    if (!u_isUWhiteSpace(c)) ++n.non_space;
    if (u_isdigit(c)) ++n.digits;
    if (IsClausePunctuation(c)) ++n.punctuation;
    if (u_isalpha(c)) CountLetter(n, c);
  }
  return n;
}

bool EndsLikeSentence(std::string_view line) {
  static constexpr std::array<std::string_view, 8> kClosers = {"\"", "'", ")", "»", "”", "’", "）", "」"};
  static constexpr std::array<std::string_view, 9> kEnds = {".", "!", "?", "…", ":", ";", "。", "！", "？"};
  for (bool stripped = true; stripped && !line.empty();) {
    stripped = false;
    for (std::string_view c : kClosers) {
      if (line.ends_with(c)) {
        line.remove_suffix(c.size());
        stripped = true;
      }
    }
  }
  return std::any_of(kEnds.begin(), kEnds.end(), [&](std::string_view e) { return line.ends_with(e); });
}

// Menus and breadcrumbs: "Home | News | Sport", "главная / общество", "A • B • C".
std::size_t SeparatorCount(std::string_view line) {
  static constexpr std::array<std::string_view, 7> kSeparators = {" | ", "•", "·", " / ", "›", " » ", " :: "};
  std::size_t count = 0;
  for (std::string_view sep : kSeparators) {
    for (std::size_t at = line.find(sep); at != std::string_view::npos; at = line.find(sep, at + sep.size())) ++count;
  }
  return count;
}

// Dates, times, counters and prices on their own: "16.01", "вчера, 17:17", "3 March 2021".
bool IsNumberLine(const CharCounts& n, std::size_t words, std::string_view line) {
  if (words > 6) return false;
  if (HasClockTime(line)) return true;
  return n.non_space > 0 && n.digits * 4 >= n.non_space;
}

}  // namespace

bool HasClockTime(std::string_view line) {
  for (std::size_t i = 1; i + 2 < line.size(); ++i) {
    auto digit = [&](std::size_t k) { return line[k] >= '0' && line[k] <= '9'; };
    if (line[i] == ':' && digit(i - 1) && digit(i + 1) && digit(i + 2)) return true;
  }
  return false;
}

void Describe(std::string_view line, LineInfo& info) {
  info.blank = line.empty();
  if (info.blank) return;
  CharCounts n = CountChars(line);
  info.weight = n.code_points + n.wide * (kWideWeight - 1);
  info.words = std::max(WordCount(line), n.wide / 2);
  info.sentence = EndsLikeSentence(line);
  info.chars = n;
  bool short_line = info.weight < kChromeMaxWeight;
  bool number = IsNumberLine(n, info.words, line);
  std::size_t separators = SeparatorCount(line);
  bool menu = (short_line && separators >= 2 && !info.sentence) || separators * kWordsPerSeparator >= info.words ||
              n.letters == 0;
  // Prose has commas and full stops; a long line without them is a tag cloud or a list of links.
  bool unpunctuated = !short_line && n.punctuation * kWeightPerPunctuation < info.weight;
  info.chrome = menu || unpunctuated || (short_line && (number || IsChromePhraseLine(line)));
  info.headline_ok = !info.chrome && !line.ends_with(".") && info.words >= 2 && info.weight <= kMaxHeadlineWeight;
}

bool IsProse(const LineInfo& info) {
  if (info.blank || info.chrome) return false;
  return (info.sentence && info.weight >= kProseWeight) || info.weight >= kUnpunctuatedProse;
}

long Score(const LineInfo& info) {
  if (info.chrome) return kChromeScore;
  if (info.sentence || info.weight >= kUnpunctuatedProse) return static_cast<long>(info.weight) - kLineCost;
  return kShortLineScore;
}

std::size_t LettersIn(const CharCounts& n, UScriptCode script) {
  for (std::size_t i = 0; i < n.script_kinds; ++i) {
    if (n.scripts[i] == script) return n.script_letters[i];
  }
  return 0;
}

}  // namespace storyline::scrape
