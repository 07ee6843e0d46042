#include "extract/text_scrape.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <unordered_map>

#include "extract/html_dom.h"
#include "extract/text_words.h"

namespace storyline {
namespace {

// Line weight: code points, a CJK character counting as kWideWeight (it carries about a word).
constexpr std::size_t kWideWeight = 3;
constexpr std::size_t kProseWeight = 80;       // a line ending like a sentence from here on is prose
constexpr std::size_t kUnpunctuatedProse = 200;  // a line this long is prose whatever its end
constexpr long kLineCost = 60;                 // a kept line's score is its weight minus this
constexpr long kShortLineScore = -20;          // a short line that does not end like a sentence
constexpr long kChromeScore = -80;             // a line that is chrome by its signals
constexpr std::size_t kChromeMaxWeight = 300;  // longer lines are prose whatever their signals
constexpr std::size_t kHeadlineLookback = 6;   // non-blank lines above the article searched
constexpr std::size_t kMaxHeadlineWeight = 200;
constexpr std::size_t kOutsideRunChrome = 3;   // this many lines beside the article are chrome

constexpr std::size_t kWordsPerSeparator = 6;  // "A | B | C …": a separator every few words is a menu
constexpr std::size_t kWeightPerPunctuation = 400;  // a long line needs a , . ; ! ? this often to be prose
constexpr double kTailDiscount = 0.8;  // see PositionFactor
constexpr std::size_t kBridgeLines = 2;  // see BridgeGaps
// A line is in another script when fewer than 1/kForeignShare of its letters are in the script
// of the page ("Hewlett-Packard берёт пример с Google" is Russian).
constexpr std::size_t kForeignShare = 5;

// Letters by script (the first eight scripts met), digits and clause punctuation of one line.
struct CharCounts {
  std::size_t code_points = 0, wide = 0, digits = 0, punctuation = 0, non_space = 0, letters = 0;
  std::array<std::size_t, 8> script_letters{};
  std::array<UScriptCode, 8> scripts{};
  std::size_t script_kinds = 0;
};

// What the scorer needs to know about one line.
struct LineInfo {
  bool blank = true;
  std::size_t weight = 0;   // code points, CJK counted kWideWeight each
  std::size_t words = 0;    // whitespace tokens, or CJK characters / 2 when more
  bool sentence = false;    // ends like a sentence
  bool chrome = false;      // page furniture by one of the signals
  bool label = false;       // a listicle's repeated label ("Pros", "Cons"; also chrome)
  bool headline_ok = false; // could be a headline by its shape
  CharCounts chars;         // letters by script, digits, punctuation
};


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

bool HasClockTime(std::string_view line) {
  for (std::size_t i = 1; i + 2 < line.size(); ++i) {
    auto digit = [&](std::size_t k) { return line[k] >= '0' && line[k] <= '9'; };
    if (line[i] == ':' && digit(i - 1) && digit(i + 1) && digit(i + 2)) return true;
  }
  return false;
}

// Dates, times, counters and prices on their own: "16.01", "вчера, 17:17", "3 March 2021".
bool IsNumberLine(const CharCounts& n, std::size_t words, std::string_view line) {
  if (words > 6) return false;
  if (HasClockTime(line)) return true;
  return n.non_space > 0 && n.digits * 4 >= n.non_space;
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

// A page that carries its story twice (a second rendering for another layout, a print copy)
// repeats it as a run of lines holding at least kMinCopiedProse prose lines; the first copy's
// lines are marked here, so that being repeated does not make them chrome (the later copy
// stays chrome). A menu or a contact form repeated at the foot holds less prose than that.
constexpr std::size_t kMinCopiedProse = 3;
// Lines compared per run (bounds the work on a scrape that repeats itself many times).
constexpr std::size_t kMaxCopiedRun = 4000;

// The previous and next occurrence of each non-blank line (lines.size() for none): one hash
// pass serves the repeat test, the copied-story test and the dedup of kept lines.
struct RepeatLinks {
  std::vector<std::size_t> prev, next;
};

RepeatLinks LinkRepeats(const std::vector<std::string_view>& lines) {
  const std::size_t n = lines.size();
  RepeatLinks links{std::vector<std::size_t>(n, n), std::vector<std::size_t>(n, n)};
  std::unordered_map<std::string_view, std::size_t> last;
  last.reserve(n);
  for (std::size_t i = 0; i < n; ++i) {
    if (lines[i].empty()) continue;
    auto [it, fresh] = last.try_emplace(lines[i], i);
    if (!fresh) {
      links.prev[i] = it->second;
      links.next[it->second] = i;
      it->second = i;
    }
  }
  return links;
}

std::vector<bool> FirstCopyOfRepeatedStory(const std::vector<std::string_view>& lines,
                                           const std::vector<LineInfo>& info, const RepeatLinks& links) {
  const std::size_t n = lines.size();
  std::vector<bool> marked(n, false);
  const std::vector<std::size_t>& next = links.next;
  for (std::size_t i = 0; i < n; ++i) {
    if (marked[i] || next[i] == n || !IsProse(info[i])) continue;
    const std::size_t j = next[i];
    std::size_t k = 0, prose = 0;
    while (i + k < j && j + k < n && k < kMaxCopiedRun && lines[i + k] == lines[j + k]) {
      prose += IsProse(info[i + k]);
      ++k;
    }
    if (prose >= kMinCopiedProse) std::fill(marked.begin() + static_cast<std::ptrdiff_t>(i), marked.begin() + static_cast<std::ptrdiff_t>(i + k), true);
  }
  return marked;
}

// A short line seen again is chrome (a menu at the head and the foot); it is a listicle's label
// as well ("Pros", "Fast Facts": it costs less between the story's sections, see GapCost) when it
// has at most kMaxLabelWords words and comes alone each time (IsolatedRepeat) or at least
// kMinLabelCopies times.
constexpr std::size_t kMaxLabelWords = 5;
constexpr std::size_t kMinLabelCopies = 3;

// How many times line i occurs (counting at most 8).
std::size_t Copies(const RepeatLinks& links, std::size_t i, std::size_t n) {
  std::size_t count = 1;
  for (std::size_t k = links.prev[i]; k != n && count < 8; k = links.prev[k]) ++count;
  for (std::size_t k = links.next[i]; k != n && count < 8; k = links.next[k]) ++count;
  return count;
}

// The nearest non-blank line before (step -1) or after (step +1) line i; lines.size() for none.
std::size_t Neighbour(const std::vector<std::string_view>& lines, std::size_t i, int step) {
  for (std::size_t k = i + static_cast<std::size_t>(step); k < lines.size(); k += static_cast<std::size_t>(step)) {
    if (!lines[k].empty()) return k;
  }
  return lines.size();
}

// A line repeated alone: no copy of it has the same line just before or just after it as this
// one has (a listicle's "Pros" under each item), unlike a menu repeated as a whole at the foot.
bool IsolatedRepeat(const std::vector<std::string_view>& lines, const RepeatLinks& links, std::size_t i) {
  const std::size_t n = lines.size();
  const std::size_t before = Neighbour(lines, i, -1), after = Neighbour(lines, i, 1);
  for (std::size_t other : {links.prev[i], links.next[i]}) {
    if (other == n) continue;
    const std::size_t ob = Neighbour(lines, other, -1), oa = Neighbour(lines, other, 1);
    if (before != n && ob != n && lines[before] == lines[ob]) return false;
    if (after != n && oa != n && lines[after] == lines[oa]) return false;
  }
  return true;
}

// Lines seen more than once (menus repeated at the foot, teasers, the title twice) are chrome
// unless they are long; lines in a script other than the page's are not the article's.
void MarkRepeatsAndForeignScript(const std::vector<std::string_view>& lines, const RepeatLinks& links,
                                 std::vector<LineInfo>& info) {
  const std::size_t n = lines.size();
  const std::vector<bool> first_copy = FirstCopyOfRepeatedStory(lines, info, links);
  // The text's script is that of most letters on the whole page, menus included: a Russian
  // page's English terms of use can outweigh the short story beside them in prose, never the
  // page (DAnIEL tune, russian-bazaar.com).
  std::unordered_map<int, std::size_t> letters_by_script;
  for (const LineInfo& l : info) {
    if (l.blank) continue;
    for (std::size_t k = 0; k < l.chars.script_kinds; ++k) letters_by_script[l.chars.scripts[k]] += l.chars.script_letters[k];
  }
  int main_script = USCRIPT_COMMON;
  std::size_t best = 0;
  for (const auto& [script, letters] : letters_by_script) {
    if (letters > best) {
      best = letters;
      main_script = script;
    }
  }
  for (std::size_t i = 0; i < lines.size(); ++i) {
    LineInfo& l = info[i];
    if (l.blank) continue;
    const bool seen_twice = links.prev[i] != n || links.next[i] != n;
    bool repeated = seen_twice && l.weight < kChromeMaxWeight && !first_copy[i];
    bool foreign = best > 0 && l.chars.letters >= 3 &&
                   LettersIn(l.chars, static_cast<UScriptCode>(main_script)) * kForeignShare < l.chars.letters;
    if (repeated && !foreign && !l.chrome && l.words <= kMaxLabelWords &&
        (IsolatedRepeat(lines, links, i) || Copies(links, i, n) >= kMinLabelCopies)) {
      l.label = true;
    }
    if (repeated || foreign) l.chrome = true;
    if (foreign) l.headline_ok = false;
  }
}

struct Block {
  std::size_t begin = 0, end = 0;  // [begin, end) in line indices
};

// Teaser cards: other stories listed as a scrape saves them, each card a headline, a one-line
// summary and its time stamp ("Сегодня, 10:20"), in either order, maybe with a line more; and
// readers' comments, each its text, "- Name, Town, 17/1/2012 15:54" and "Report abuse". A run
// of at least kMinCards cards of one shape (kMinCardLines to kMaxCardLines non-blank lines each,
// the first not prose, exactly one prose and one a time stamp of at most kMaxStampWords words)
// makes their prose chrome: summaries are prose, and enough of them outweigh a short story
// (DAnIEL rus.ruvr.ru). In the tune scrapes such runs held 436 prose lines on 55 pages, none of
// them in the gold body (counted with a script that approximates these line shapes). With stamps
// of at most 6 words part of a comment thread was left (its stamps name the town), and won over
// the story it had been cut from.
constexpr std::size_t kMinCards = 3;
constexpr std::size_t kMinCardLines = 2;
constexpr std::size_t kMaxCardLines = 4;
constexpr std::size_t kMaxStampWords = 10;

// Teasers under a heading that opens other content ("Latest news", "Related", see
// OpensOtherContent; the heading alone, at most kMaxOpenerWords words: "Related: <a title>"
// is a link inside a story): at least kMinCards pairs of a headline and a prose summary right
// after it are chrome, whatever the summaries weigh (a one-paragraph story beside them).
constexpr std::size_t kMaxOpenerWords = 3;

void MarkHeadedTeasers(const std::vector<std::string_view>& lines, std::vector<LineInfo>& info) {
  std::vector<std::size_t> at;  // non-blank lines
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (!info[i].blank) at.push_back(i);
  }
  for (std::size_t k = 0; k < at.size(); ++k) {
    // Cheap tests first: OpensOtherContent case-folds the line.
    if (info[at[k]].words > kMaxOpenerWords || k + 2 >= at.size() || IsProse(info[at[k + 1]]) ||
        !IsProse(info[at[k + 2]]) || !OpensOtherContent(lines[at[k]])) {
      continue;
    }
    std::size_t end = k + 1;
    while (end + 1 < at.size() && !IsProse(info[at[end]]) && IsProse(info[at[end + 1]])) end += 2;
    if ((end - k - 1) / 2 < kMinCards) continue;
    for (std::size_t q = k + 1; q < end; ++q) {
      if (IsProse(info[at[q]])) info[at[q]].chrome = true;
      info[at[q]].headline_ok = false;
    }
    k = end - 1;
  }
}

void MarkTeaserCards(const std::vector<std::string_view>& lines, std::vector<LineInfo>& info) {
  enum Shape : char { kProseLine, kStampLine, kOtherLine };
  std::vector<std::size_t> at;  // non-blank lines
  std::vector<Shape> shape;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (info[i].blank) continue;
    at.push_back(i);
    shape.push_back(IsProse(info[i]) ? kProseLine
                    : info[i].words <= kMaxStampWords && HasClockTime(lines[i]) ? kStampLine
                                                                                 : kOtherLine);
  }
  const std::size_t n = at.size();
  // Per card length, where the last run found ends: a start inside it finds the same run again.
  std::array<std::size_t, kMaxCardLines + 1> covered{};
  for (std::size_t start = 0; start < n; ++start) {
    for (std::size_t period = kMinCardLines; period <= kMaxCardLines && start + period <= n; ++period) {
      if (start < covered[period]) continue;
      const auto first = shape.begin() + static_cast<std::ptrdiff_t>(start);
      const auto last = first + static_cast<std::ptrdiff_t>(period);
      // A card opens with its headline or stamp: a prose line where a run would open may be the
      // story's last ("…the port said." and then the first comment's stamp).
      if (*first == kProseLine || std::count(first, last, kProseLine) != 1 || std::count(first, last, kStampLine) != 1) {
        continue;
      }
      std::size_t end = start + period;
      while (end + period <= n && std::equal(first, last, shape.begin() + static_cast<std::ptrdiff_t>(end))) end += period;
      if ((end - start) / period < kMinCards) continue;
      for (std::size_t k = start; k < end; ++k) {
        if (shape[k] == kProseLine) info[at[k]].chrome = true;
        info[at[k]].headline_ok = false;  // a card's headline is not the story's
      }
      covered[period] = end;
    }
  }
}

// A thread of readers' comments: at least kMinCommentStamps comment stamps (IsCommentStamp: a
// name or nothing beside a date with its time), each within kMaxCommentGap non-blank lines of
// the one before. Its prose, from the first stamp to the last and the thread's median gap past
// the last, is chrome: a long thread outweighs a short story wherever it sits (DAnIEL
// guardian.co.uk), and CutAtComments only cuts a thread off a block that starts with the story.
// Stamps are the thread's when they stand about as far from each other as the rest do (see
// FindCommentThreads). All this only when the best block holds kMinCommentStamps stamps or
// more, or starts inside a thread of kMinLongThreadStamps or more (each comment a run of its
// own, cut off the next by "Recommend" and the next name): a story between dated teasers (its
// dateline 11 lines before the next teaser's stamp, as far as those stood from each other, three
// stamps in all) went with them when every page was marked.
constexpr std::size_t kMaxCommentGap = 12;
constexpr std::size_t kMinLongThreadStamps = 5;

bool IsCommentThread(const std::vector<std::string_view>& lines, const std::vector<LineInfo>& info, const Block& block) {
  std::size_t stamps = 0;
  for (std::size_t i = block.begin; i < block.end && stamps < kMinCommentStamps; ++i) {
    if (!info[i].blank && IsCommentStamp(lines[i])) ++stamps;
  }
  return stamps >= kMinCommentStamps;
}

struct Thread {
  std::size_t begin = 0, end = 0;  // lines [begin, end)
  std::size_t stamps = 0;
};

std::vector<Thread> FindCommentThreads(const std::vector<std::string_view>& lines, const std::vector<LineInfo>& info) {
  std::vector<std::size_t> at;  // non-blank lines
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (!info[i].blank) at.push_back(i);
  }
  std::vector<std::size_t> stamps;  // positions in `at`
  for (std::size_t k = 0; k < at.size(); ++k) {
    // A clock time first: IsCommentStamp reads the line's dates, which costs (every line is
    // looked at here).
    if (HasClockTime(lines[at[k]]) && IsCommentStamp(lines[at[k]])) stamps.push_back(k);
  }
  std::vector<Thread> out;
  auto add = [&](std::size_t first, std::size_t last, std::size_t median) {
    // The story's own dateline just before or after a list of dated teasers ("See also:
    // 29.09.2011 12:59 …") is no comment: it stands farther from its neighbour than the
    // thread's stamps stand from each other.
    if (last > first && stamps[first + 1] - stamps[first] > median + 2) ++first;
    if (last > first && stamps[last] - stamps[last - 1] > median + 2) --last;
    if (last - first + 1 < kMinCommentStamps) return;
    const std::size_t end = std::min(at.size(), stamps[last] + median);
    out.push_back({at[stamps[first]], at[end - 1] + 1, last - first + 1});
  };
  for (std::size_t next = 0; next < stamps.size();) {
    std::size_t first = next, last = next;
    while (last + 1 < stamps.size() && stamps[last + 1] - stamps[last] <= kMaxCommentGap) ++last;
    next = last + 1;
    if (last - first + 1 < kMinCommentStamps) continue;
    std::vector<std::size_t> gaps;
    for (std::size_t k = first; k < last; ++k) gaps.push_back(stamps[k + 1] - stamps[k]);
    std::nth_element(gaps.begin(), gaps.begin() + static_cast<std::ptrdiff_t>(gaps.size() / 2), gaps.end());
    const std::size_t median = gaps[gaps.size() / 2];
    // A gap much longer than the thread's usual one is a story between two lists of stamps.
    std::size_t part = first;
    for (std::size_t k = first; k < last; ++k) {
      if (stamps[k + 1] - stamps[k] > 2 * median + 1) {
        add(part, k, median);
        part = k + 1;
      }
    }
    add(part, last, median);
  }
  return out;
}

void MarkCommentThreads(const std::vector<Thread>& threads, std::vector<LineInfo>& info) {
  for (const Thread& t : threads) {
    for (std::size_t i = t.begin; i < t.end; ++i) {
      if (IsProse(info[i])) info[i].chrome = true;
      info[i].headline_ok = false;
    }
  }
}

// Legal notes, comment rules and footers close a page: a block in the second half counts for
// less, down to (1 - kTailDiscount) at the very end.
double PositionFactor(std::size_t begin, std::size_t end, std::size_t lines) {
  double middle = static_cast<double>(begin + end) / 2.0 / static_cast<double>(lines);
  return middle <= 0.5 ? 1.0 : 1.0 - kTailDiscount * (middle - 0.5) * 2.0;
}

// Kadane's runs: each maximal stretch whose running score stays positive, cut at its best end.
// The article is the run with the largest score after PositionFactor.
Block BestBlock(const std::vector<LineInfo>& info) {
  Block best, run_best;
  double best_value = 0;
  long sum = 0, run_sum = 0;
  std::size_t begin = 0;
  auto close_run = [&]() {
    double value = static_cast<double>(run_sum) * PositionFactor(run_best.begin, run_best.end, info.size());
    if (run_sum > 0 && value > best_value) {
      best_value = value;
      best = run_best;
    }
    run_sum = 0;
  };
  for (std::size_t i = 0; i < info.size(); ++i) {
    if (info[i].blank) continue;
    if (sum <= 0) {
      close_run();
      sum = 0;
      begin = i;
    }
    sum += Score(info[i]);
    if (sum > run_sum) {
      run_sum = sum;
      run_best = {begin, i + 1};
    }
  }
  close_run();
  return best;
}

// The end (exclusive) of the best-scoring stretch that starts at `from` and walks by `step`
// (+1 or -1 as index offsets), or `from` itself when it never gets positive.
std::size_t PositiveRunEnd(const std::vector<LineInfo>& info, std::size_t from, int step) {
  long sum = 0, best = 0;
  std::size_t best_end = from;
  for (std::size_t i = from; i < info.size(); i += static_cast<std::size_t>(step)) {
    if (info[i].blank) continue;
    sum += Score(info[i]);
    if (sum <= 0) break;
    if (sum > best) {
      best = sum;
      best_end = i;
    }
  }
  return best_end;
}

// A caption, an advertisement line or a teaser link inside the article splits its prose; the
// block takes in prose that resumes after at most kBridgeLines such lines, on either side.
// A story in sections (a listicle: each item's paragraphs under its name, a "Pros" / "Cons" box,
// a price) has more between its prose than a caption. Past the block, the next section (a run
// of at least kMinSectionLines prose lines with only blank lines between) joins the block when
// its score outweighs the cost of the lines before it; a section that does not, and a lone prose
// line, pay towards the next one (a running sum, as in BestBlock, but over a gap of any length).
// A line that opens other content (OpensOtherContent, OpensComments) or a share bar's word
// (IsChromeWordLine: "Print", "Email") ends the search, and no bridge crosses it: what follows
// is the page's, not the story's. (A caption or a "Read also" box does not: the story goes on.)
constexpr std::size_t kMinSectionLines = 2;
// The search gives up once the lines it crossed cost this much, or after this many lines (each
// step of the block's growth scans at most that far: linear in the scrape's length).
constexpr long kMaxSectionGapCost = 4000;
constexpr std::size_t kMaxSectionScan = 400;

// Cost of a line between two sections: a listicle's repeated label ("Pros", see
// MarkRepeatsAndForeignScript) costs what any short line does, not what chrome does.
long GapCost(const LineInfo& l) {
  if (l.blank) return 0;
  if (l.label) return -kShortLineScore;
  return -Score(l);
}

// Whether a line ends the section search (see above), each line tested at most once (the tests
// case-fold the line).
class SectionStops {
 public:
  explicit SectionStops(const std::vector<std::string_view>& lines) : lines_(lines), known_(lines.size(), -1) {}
  bool operator()(std::size_t i) {
    if (known_[i] < 0) {
      const std::string_view line = lines_[i];
      known_[i] = OpensOtherContent(line) || OpensComments(line) != CommentsLine::kNo || IsChromeWordLine(line);
    }
    return known_[i] == 1;
  }

 private:
  const std::vector<std::string_view>& lines_;
  std::vector<int8_t> known_;
};

// The new begin or end of the block (`edge`, walking by `step`: +1 from its end, -1 from just
// before its begin) when a section is found that way; nullopt when none.
std::optional<std::size_t> NextSection(SectionStops& stops, const std::vector<LineInfo>& info, std::size_t edge,
                                       int step) {
  const std::size_t n = info.size();
  long cost = 0;
  std::size_t scanned = 0;
  for (std::size_t i = edge; i < n && cost <= kMaxSectionGapCost; i += static_cast<std::size_t>(step)) {
    if (info[i].blank) continue;
    if (++scanned > kMaxSectionScan) return std::nullopt;
    if (!IsProse(info[i])) {
      cost += GapCost(info[i]);
      continue;
    }
    long score = 0;
    std::size_t count = 0, last = i, k = i;
    bool sentences = true;
    for (; k < n && (info[k].blank || IsProse(info[k])); k += static_cast<std::size_t>(step)) {
      if (info[k].blank) continue;
      score += Score(info[k]);
      sentences = sentences && info[k].sentence;
      ++count;
      last = k;
    }
    if (count >= kMinSectionLines && sentences && score > cost) {
      // Only now the lines crossed are tested for a stop (most searches find nothing, and the
      // test case-folds each line).
      for (std::size_t g = edge; g != i; g += static_cast<std::size_t>(step)) {
        if (!info[g].blank && !IsProse(info[g]) && stops(g)) return std::nullopt;
      }
      return step > 0 ? last + 1 : last;
    }
    cost -= score;
    i = k - static_cast<std::size_t>(step);
  }
  return std::nullopt;
}

void BridgeGaps(const std::vector<std::string_view>& lines, const std::vector<LineInfo>& info, Block& block) {
  SectionStops stops(lines);
  for (bool grew = true; grew;) {
    grew = false;
    std::size_t gap = 0, i = block.end;
    bool ends = false;
    for (; i < info.size() && !IsProse(info[i]) && gap <= kBridgeLines; ++i) {
      gap += !info[i].blank;
      ends = ends || (!info[i].blank && stops(i));
    }
    if (i < info.size() && IsProse(info[i]) && gap <= kBridgeLines && !ends) {
      block.end = PositiveRunEnd(info, i, 1) + 1;
      grew = true;
    } else if (std::optional<std::size_t> end = NextSection(stops, info, block.end, 1)) {
      block.end = *end;
      grew = true;
    }
  }
  for (bool grew = true; grew;) {
    grew = false;
    std::size_t gap = 0, i = block.begin;
    while (i > 0 && !IsProse(info[i - 1]) && gap <= kBridgeLines) gap += !info[--i].blank;
    if (i > 0 && IsProse(info[i - 1]) && gap <= kBridgeLines) {
      block.begin = PositiveRunEnd(info, i - 1, -1);
      grew = true;
    } else if (block.begin > 0) {
      if (std::optional<std::size_t> begin = NextSection(stops, info, block.begin - 1, -1)) {
        block.begin = *begin;
        grew = true;
      }
    }
  }
}

// Lines beside the article are chrome when any of them is, or when there are several of them.
bool OutsideIsChrome(const std::vector<LineInfo>& info, std::size_t begin, std::size_t end) {
  std::size_t lines = 0;
  for (std::size_t i = begin; i < end; ++i) {
    if (info[i].blank) continue;
    if (info[i].chrome) return true;
    ++lines;
  }
  return lines >= kOutsideRunChrome;
}

std::optional<std::size_t> FindHeadline(const std::vector<LineInfo>& info, std::size_t article_begin) {
  std::optional<std::size_t> best;
  std::size_t seen = 0;
  for (std::size_t i = article_begin; i > 0 && seen < kHeadlineLookback;) {
    --i;
    if (info[i].blank) continue;
    ++seen;
    if (info[i].headline_ok && (!best || info[i].words > info[*best].words)) best = i;
  }
  return best;
}

}  // namespace

// Readers' comments that follow the story in the scrape: the block ends at a line that opens
// them (OpensComments, or the first of several comment stamps) after at least two lines of the
// block. A scrape keeps no links, so a bare heading ("Comments") may be the share bar's link
// under the headline (washingtonpost.com): there it needs kMinShareBeforeCommentsHeading of the
// block's weight before it; the rules' line does not. Tune scrapes: 0.1–0.2 gave the same gains,
// 0.05 cut that page after its headline. The first of kMinCommentStamps comment stamps or more
// counts as such a heading.
constexpr double kMinShareBeforeCommentsHeading = 0.15;

void CutAtComments(const std::vector<std::string_view>& lines, const std::vector<LineInfo>& info, Block& block) {
  long total = 0;
  std::size_t stamps = 0, first_stamp = block.end;
  for (std::size_t i = block.begin; i < block.end; ++i) {
    if (info[i].blank) continue;
    total += static_cast<long>(info[i].weight);
    if (IsCommentStamp(lines[i]) && stamps++ == 0) first_stamp = i;
  }
  std::size_t seen = 0;
  long before = 0;
  for (std::size_t i = block.begin; i < block.end; ++i) {
    if (info[i].blank) continue;
    if (seen >= 2) {
      CommentsLine kind = OpensComments(lines[i]);
      if (kind == CommentsLine::kNo && i == first_stamp && stamps >= kMinCommentStamps) kind = CommentsLine::kHeading;
      if (kind == CommentsLine::kRules ||
          (kind == CommentsLine::kHeading && static_cast<double>(before) >= kMinShareBeforeCommentsHeading * static_cast<double>(total))) {
        block.end = i;
        return;
      }
    }
    ++seen;
    before += static_cast<long>(info[i].weight);
  }
}

// The site's standing notices that end the block (IsSiteNotice: a disclaimer, the Ctrl+Enter
// error prompt) are cut off it and count as chrome, never the block's last line of prose.
void TrimTrailingNotices(const std::vector<std::string_view>& lines, std::vector<LineInfo>& info, Block& block) {
  for (std::size_t i = block.end; i-- > block.begin + 1;) {
    if (info[i].blank) continue;
    if (!IsSiteNotice(lines[i])) return;
    info[i].chrome = true;
    block.end = i;
  }
}

ScrapeSelection SelectArticleLines(const std::vector<std::string_view>& lines) {
  ScrapeSelection out;
  out.keep.assign(lines.size(), true);
  std::vector<LineInfo> info(lines.size());
  for (std::size_t i = 0; i < lines.size(); ++i) Describe(lines[i], info[i]);
  MarkTeaserCards(lines, info);
  MarkHeadedTeasers(lines, info);
  const RepeatLinks links = LinkRepeats(lines);
  MarkRepeatsAndForeignScript(lines, links, info);
  if (std::none_of(info.begin(), info.end(), IsProse)) return out;
  out.cleaned = true;
  Block block = BestBlock(info);
  {
    const std::vector<Thread> threads = FindCommentThreads(lines, info);
    const bool in_long = std::any_of(threads.begin(), threads.end(), [&](const Thread& t) {
      return t.stamps >= kMinLongThreadStamps && block.begin >= t.begin && block.begin < t.end;
    });
    if (in_long || IsCommentThread(lines, info, block)) {
      MarkCommentThreads(threads, info);
      block = BestBlock(info);
    }
  }
  BridgeGaps(lines, info, block);
  CutAtComments(lines, info, block);
  TrimTrailingNotices(lines, info, block);
  out.headline = FindHeadline(info, block.begin);
  bool drop_before = OutsideIsChrome(info, 0, block.begin);
  bool drop_after = OutsideIsChrome(info, block.end, lines.size());
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (info[i].blank) continue;
    bool inside = i >= block.begin && i < block.end;
    bool outside_kept = (i < block.begin && !drop_before) || (i >= block.end && !drop_after);
    out.keep[i] = (inside && !info[i].chrome) || outside_kept;
  }
  // A line kept once is not kept again: the later copy of a story carried twice.
  // kept_so_far[i]: line i or an earlier occurrence of it was kept (before this dedup).
  std::vector<bool> kept_so_far(lines.size(), false);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (info[i].blank) continue;
    const std::size_t p = links.prev[i];
    const bool earlier = p != lines.size() && kept_so_far[p];
    kept_so_far[i] = out.keep[i] || earlier;
    if (earlier) out.keep[i] = false;
  }
  if (out.headline) out.keep[*out.headline] = false;
  return out;
}

}  // namespace storyline
