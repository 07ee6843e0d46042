#include "extract/text_cards.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <string_view>
#include <vector>

#include "extract/text_scrape.h"

namespace storyline::scrape {
namespace {

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

}  // namespace

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

bool MarkCommentThreadsAround(const std::vector<std::string_view>& lines, std::vector<LineInfo>& info, const Block& block) {
  const std::vector<Thread> threads = FindCommentThreads(lines, info);
  const bool in_long = std::any_of(threads.begin(), threads.end(), [&](const Thread& t) {
    return t.stamps >= kMinLongThreadStamps && block.begin >= t.begin && block.begin < t.end;
  });
  if (!in_long && !IsCommentThread(lines, info, block)) return false;
  MarkCommentThreads(threads, info);
  return true;
}

}  // namespace storyline::scrape
