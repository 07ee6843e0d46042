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
#include "extract/text_cards.h"
#include "extract/text_lines.h"
#include "extract/text_words.h"

namespace storyline {
namespace {

using namespace scrape;  // NOLINT: the line model (text_lines.h) and the card markers (text_cards.h)

constexpr std::size_t kHeadlineLookback = 6;   // non-blank lines above the article searched
constexpr std::size_t kOutsideRunChrome = 3;   // this many lines beside the article are chrome
constexpr double kTailDiscount = 0.8;  // see PositionFactor
constexpr std::size_t kBridgeLines = 2;  // see BridgeGaps


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
  if (MarkCommentThreadsAround(lines, info, block)) block = BestBlock(info);
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
