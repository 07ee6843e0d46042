#include "extract/html_paragraphs.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <span>
#include <unordered_set>

#include "extract/html_dom.h"
#include "extract/text_cleanup.h"
#include "extract/text_scrape.h"

namespace storyline {
namespace {

// A line at the end of the text shorter than this (code points) that does not end a sentence is
// furniture after the story (see IsTrailingFurniture).
constexpr std::size_t kMaxTrailingLine = 80;
// A line at the start of the text shorter than this (code points), with a digit, that does not
// end a sentence is a date or a dateline (see IsLeadingFurniture).
constexpr std::size_t kMaxLeadingLine = 50;


// The text's last paragraph is the page's furniture after the story when it is a heading (it
// heads nothing that was kept: "Related articles", "Tags") or a short line that does not end a
// sentence ("Latest news", "Jane Doe", "Share", "3 min read"); list items and table cells are
// content that is short by nature.
bool IsTrailingFurniture(const Paragraph& p) {
  if (p.heading) return true;
  return !p.item && CodePointCount(p.text) < kMaxTrailingLine && !EndsSentence(p.text);
}

// The text's first paragraph is a date, a dateline or a byline with a date ("Updated 12:40",
// "By Jo Marsh | 3 May 2024", "2011-12-06 11:06:19 Health") when it is a short line with a digit
// that does not end a sentence.
bool IsLeadingFurniture(const Paragraph& p) {
  return CodePointCount(p.text) < kMaxLeadingLine && !EndsSentence(p.text) &&
         std::any_of(p.text.begin(), p.text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A label over the date at the start ("Business", "Last updated"): a short line without a digit
// that does not end a sentence.
constexpr std::size_t kMaxLeadingLabel = 30;

bool IsLabel(const Paragraph& p) {
  return CodePointCount(p.text) < kMaxLeadingLabel && !EndsSentence(p.text) &&
         std::none_of(p.text.begin(), p.text.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// Readers' comments that share the story's element (no markup tells them apart) begin at a
// line that opens them (OpensComments: "Leave a Reply", "Комментарии", the comment rules) or at
// the first of three or more comment stamps (IsCommentStamp); the
// text is cut there when at least kMinParagraphsBeforeComments paragraphs and
// kMinShareBeforeComments of the text come before it (a story with many comments is a small
// share of its page: DAnIEL ctv.ca, under a fifth; tune parts: 0–0.1 cut the same pages).
constexpr std::size_t kMinParagraphsBeforeComments = 2;
constexpr double kMinShareBeforeComments = 0.05;

// A paragraph of nothing visible: zero-width joiners and spaces, word joiners, a BOM, no-break
// spaces (a lone "\u200d" that page builders leave between blocks; 11 wcxb-dev sites), or of
// separators and rules alone ("|" left between two dropped links, "* * *", "-----", the "·"
// between a reading time and a date); "$$$" (a price level) and "#" say something and stay.
bool IsInvisible(std::string_view text) {
  constexpr std::string_view kSeparators = " \t\n|-_=*.~/\\,:;";
  // Zero-width and no-break spaces, and separators outside ASCII: a middle dot "·", a bullet,
  // dashes, a dot operator, a black circle.
  static constexpr std::array<std::string_view, 14> kInvisible = {
      "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00a0", "\u00b7", "\u2022",
      "\u2013", "\u2014", "\u2027", "\u2219", "\u22c5", "\u25cf"};
  while (!text.empty()) {
    if (kSeparators.find(text.front()) != std::string_view::npos) {
      text.remove_prefix(1);
      continue;
    }
    auto it = std::find_if(kInvisible.begin(), kInvisible.end(), [&](std::string_view c) { return text.starts_with(c); });
    if (it == kInvisible.end()) return false;
    text.remove_prefix(it->size());
  }
  return true;
}

// A thread of comments from the start: its first kMinCommentStamps stamps each come within
// this many paragraphs of the one before (a comment is a paragraph or two), the first with too
// little before it to cut there, and each stamp names someone (a line that is only a date,
// IsDateOnlyLine, is a feed's or the story's). A story between a dated line at its top and
// stamped items after it is no thread, nor is a list of dates over the story.
constexpr std::size_t kMaxParagraphsPerComment = 4;

// Returns true when the text is readers' comments from its start (see kMaxParagraphsPerComment).
bool CutAtComments(std::vector<const Paragraph*>& kept) {
  std::size_t total = 0;
  for (const Paragraph* p : kept) total += p->text.size();
  std::size_t stamps = 0;
  std::size_t first_stamp = kept.size();
  bool thread = true;  // so far, the stamps come as a thread from the start
  std::size_t last_stamp = 0, before_first = 0, named = 0;
  for (std::size_t i = 0; i < kept.size(); ++i) {
    if (!IsCommentStamp(kept[i]->text)) {
      if (stamps == 0) before_first += kept[i]->text.size();
      continue;
    }
    if (named < kMinCommentStamps) {
      const bool near = named == 0 ? i < kMinParagraphsBeforeComments ||
                                         static_cast<double>(before_first) < kMinShareBeforeComments * static_cast<double>(total)
                                   : i <= last_stamp + kMaxParagraphsPerComment;
      thread = thread && near && !IsDateOnlyLine(kept[i]->text);
      ++named;
    }
    last_stamp = i;
    if (stamps++ == 0) first_stamp = i;
  }
  std::size_t before = 0;
  for (std::size_t i = 0; i < kept.size(); ++i) {
    const bool opens = OpensComments(kept[i]->text) != CommentsLine::kNo ||
                       (i == first_stamp && stamps >= kMinCommentStamps);
    if (i >= kMinParagraphsBeforeComments && static_cast<double>(before) >= kMinShareBeforeComments * static_cast<double>(total) &&
        opens) {
      kept.resize(i);
      return false;
    }
    before += kept[i]->text.size();
  }
  return thread && stamps >= kMinCommentStamps;
}

}  // namespace

bool EndsSentence(std::string_view line) {
  static constexpr std::array<std::string_view, 14> kEnds = {
      ".", "!", "?", "\"", ")", "\u2026", "\u00bb", "\u201d", "\u3002", "\uff01", "\uff1f", "\uff09", "\u300d", "\u300f"};
  line = Trim(line);
  return std::any_of(kEnds.begin(), kEnds.end(), [&](std::string_view e) { return line.ends_with(e); });
}

// A paragraph already kept is dropped when it comes again: pages that carry the story twice (a
// print or mobile copy, a second rendering for another layout) would otherwise give it twice.
// Readers' comments after the story are cut (CutAtComments); furniture at either end is trimmed
// (IsLeadingFurniture, IsTrailingFurniture, a line that is only a date, a label over a date at
// the start), never the last paragraph left.
std::string JoinKept(const std::vector<Paragraph>& paragraphs, std::string_view title, bool* only_comments) {
  std::vector<const Paragraph*> kept;
  std::unordered_set<std::string_view> seen;
  for (const Paragraph& p : paragraphs) {
    if (p.text == title || IsInvisible(p.text) || IsChromeLine(p.text) || IsCaptionLine(p.text)) continue;
    if (!seen.insert(p.text).second) continue;
    kept.push_back(&p);
  }
  const bool comments = CutAtComments(kept);
  if (only_comments != nullptr) *only_comments = comments;
  while (kept.size() > 1 && (IsTrailingFurniture(*kept.back()) || IsDateOnlyLine(kept.back()->text) ||
                             IsSiteNotice(kept.back()->text))) {
    kept.pop_back();
  }
  std::size_t first = 0;
  while (kept.size() - first > 1) {
    if (IsLeadingFurniture(*kept[first]) || IsDateOnlyLine(kept[first]->text)) {
      ++first;
    } else if (kept.size() - first > 2 && IsLabel(*kept[first]) && IsDateOnlyLine(kept[first + 1]->text)) {
      first += 2;  // "Business" or "Last updated" over the date
    } else {
      break;
    }
  }
  std::string text;
  for (const Paragraph* p : std::span(kept).subspan(first)) {
    if (!text.empty()) text += "\n\n";
    text += p->text;
  }
  return text;
}

namespace {
// A bio box: at most this many bytes, in at most kMaxBioParagraphs paragraphs at the end.
constexpr std::size_t kMaxBio = 1000;
constexpr int kMaxBioParagraphs = 3;

bool OpensWithName(std::string_view paragraph, std::string_view author) {
  while (!paragraph.empty() && (paragraph.front() == '(' || paragraph.front() == ' ')) paragraph.remove_prefix(1);
  if (!paragraph.starts_with(author) || paragraph.size() == author.size()) return false;
  const auto next = static_cast<unsigned char>(paragraph[author.size()]);
  return next < 0x80 && std::isalnum(next) == 0 && next != ':';
}
}  // namespace

void TrimAuthorBio(std::string& text, std::string_view author) {
  author = Trim(author);
  if (author.find(' ') == std::string_view::npos) return;  // one word: too common to start a sentence
  std::size_t cut = std::string::npos;
  std::size_t at = text.size();
  for (int k = 0; k < kMaxBioParagraphs; ++k) {
    const std::size_t sep = text.rfind("\n\n", at == 0 ? 0 : at - 1);
    if (sep == std::string::npos || sep >= at) break;  // never the first paragraph
    if (text.size() - sep > kMaxBio + 2) break;
    if (OpensWithName(std::string_view(text).substr(sep + 2, at - sep - 2), author)) cut = sep;
    at = sep;
  }
  if (cut != std::string::npos) text.resize(cut);
}

}  // namespace storyline
