#include "extract/html_text.h"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "extract/html_dom.h"
#include "extract/html_page.h"
#include "extract/html_paragraphs.h"
#include "extract/html_siblings.h"
#include "extract/text_cleanup.h"

namespace storyline {
namespace {

using namespace main_text;  // NOLINT: the root choice reads the first walk throughout

// A semantic container (itemprop=articleBody, <article>) is believed when it holds at least this
// share of the prose that the densest container holds: a teaser card is an <article> too.
constexpr double kSemanticShare = 0.5;

// Weight of a teaser's vote (prose in a list item that holds a link, or right after a headline
// link) for the root.
constexpr double kTeaserVote = 0.3;
// Bytes of a teaser's headline link (see IsHeadlineLink).
constexpr uint32_t kMinHeadlineLink = 15;
constexpr uint32_t kMaxHeadlineLink = 200;
// ... beside at most this much text of its own, without letters (a time stamp " 10:15 ").
constexpr uint32_t kMaxHeadlineLabel = 12;
// Share of link text in what a climb would add above which listed prose reads as teasers (teaser
// cards, a summary right after a headline link, read so whatever their links' share).
constexpr double kTeaserLinkShare = 0.25;
// ... and only when that prose is more than this share of the story's so far (wcxb-dev: 0.1–0.2
// chose the same pages, 0.05 none, 0.3 let a Polish sidebar in).
constexpr double kMinTeaserColumnShare = 0.15;

// A root grows to its parent while the parent holds at least this many times the root's prose:
// list articles put each item in its own <section> or <article>.
constexpr double kClimbRatio = 1.5;
// ... looking through an ancestor that adds at most this share of the prose (a section's
// heading), and then on to one whose added prose is mostly (this share) in siblings of the same
// kind, with at most this share of link text (see Climb).
constexpr double kClimbLabelShare = 0.3;
constexpr double kSameKindShare = 0.5;
constexpr double kMaxSectionLinkShare = 0.2;
// ... or on to one that adds at least this many times the branch's prose with at most this share
// of link text, whatever its kind: the story's body around a labelled box of its own (a
// "How we rated" accordion inside a review's entry-content; wcxb-dev, one page). A related-posts
// column is headlines, so links.
constexpr double kPlainStoryRatio = 2.0;
constexpr double kMaxPlainStoryLinkShare = 0.05;
// No climb takes an ancestor whose added text is more than this share links, however much prose
// it adds: "Today's top stories" teasers around a short story (news.com.au). DAnIEL tune: 0.4–0.5
// moved the same pages (9 up, 2 that were wrong either way down), 0.35 and below cost wcxb-dev.
constexpr double kMaxClimbLinkShare = 0.45;

// A rendered paragraph with more of its text in links than this is a teaser, menu or tag list.
constexpr double kMaxLinkDensity = 0.5;





// A prose block's weight: its text minus the part inside links, so link lists score nothing.
double BlockScore(std::size_t text, std::size_t linked) {
  if (text < kMinScoredBlock) return 0.0;
  return static_cast<double>(text - std::min(linked, text));
}

// True when `n`'s text has fewer than `limit` code points (Readability's 25 characters; a byte
// count lets a Cyrillic or Greek cell of 13 letters pass for a sentence).
bool CodePointsBelow(const DomIndex& dom, Id n, std::size_t limit) {
  std::size_t count = 0;
  for (Id t = n + 1; t < dom.End(n); ++t) {
    if (dom.Tag(t) != MyHTML_TAG__TEXT) continue;
    for (char ch : Trim(dom.Text(t))) {
      const auto c = static_cast<unsigned char>(ch);
      count += c < 0x80 ? 1 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
    }
    if (count >= limit) return false;
  }
  return true;
}

// Scores kept in first-seen order so that ties go to the earlier element, run after run.
class ScoreTable {
 public:
  explicit ScoreTable(Id size) : slot_(size, DomIndex::kNone) {}
  void Add(Id node, double score) {
    if (slot_[node] == DomIndex::kNone) {
      slot_[node] = static_cast<Id>(entries_.size());
      entries_.push_back({node, 0.0});
    }
    entries_[slot_[node]].second += score;
  }
  Id Best() const {
    Id best = DomIndex::kNone;
    double best_score = 0;
    for (const auto& [node, score] : entries_) {
      if (score > best_score) best = node, best_score = score;
    }
    return best;
  }

 private:
  std::vector<Id> slot_;  // per node: its place in entries_, or kNone
  std::vector<std::pair<Id, double>> entries_;
};

// Candidates found in one walk over the unskipped page.
struct Candidates {
  explicit Candidates(Id size) : container(size) {}
  ScoreTable container;  // parents (full score) and grandparents (half) of prose blocks
};

// True when a letter (of any script) is written in `n`'s text outside its links (or, with
// `in_links`, anywhere in it): a "Step 1 -" label beside a link is a heading of the page's own, a
// time stamp " 10:15 " or a bullet is not.
bool HasLetter(const DomIndex& dom, Id n, bool in_links) {
  Id link_end = n;
  for (Id t = n + 1; t < dom.End(n); ++t) {
    if (!in_links && dom.IsLink(t)) link_end = std::max(link_end, dom.End(t));
    if (dom.Tag(t) != MyHTML_TAG__TEXT || t < link_end) continue;
    const std::string_view text = dom.Text(t);
    for (std::size_t i = 0; i < text.size(); ++i) {
      const auto c = static_cast<unsigned char>(text[i]);
      const auto next = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0;
      if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') return true;
      // Lead bytes of letters: U+00C0 and up, past the punctuation and symbol blocks
      // U+2000–U+2FFF (0xE2) and U+3000–U+303F (0xE3 0x80).
      if (c >= 0xC3 && c != 0xE2 && !(c == 0xE3 && next == 0x80) && (c & 0xC0) == 0xC0) return true;
    }
  }
  return false;
}

bool HasUnlinkedLetter(const DomIndex& dom, Id n) { return HasLetter(dom, n, false); }

// An element whose text is all (90 %) a link of headline length, or a link beside a short
// label without letters (a time stamp): a teaser's title.
bool IsHeadlineLink(const DomIndex& dom, Id n, const NodeInfo& info) {
  if (info.text < kMinHeadlineLink || info.text > kMaxHeadlineLink) return false;
  const uint32_t unlinked = info.text - std::min(info.linked, info.text);
  if (unlinked * 10 <= info.text) return true;
  return unlinked <= kMaxHeadlineLabel && info.linked >= 2 * unlinked && !HasUnlinkedLetter(dom, n);
}

// True when the element after `block` among `parent`'s children (blank text skipped) is a
// paragraph's worth of mostly unlinked text: the summary of a teaser card ends its card (the next
// card's headline link, a date, nothing), while a story's paragraph after an in-story link line
// ("<p><a>>>> Read also: …</a></p>") is followed by more of the story.
bool FollowedByProse(const Page& page, Id block, Id parent) {
  const DomIndex& dom = page.dom();
  for (Id s = dom.End(block); s < dom.End(parent); s = dom.End(s)) {
    if (dom.Tag(s) == MyHTML_TAG__TEXT && Trim(dom.Text(s)).empty()) continue;
    const NodeInfo& info = page.Info(s);
    return info.text >= kMinLeadParagraph && 2 * info.linked < info.text;
  }
  return false;
}

// What a teaser card may hold between its headline link and its summary: an image, or an element
// without text around one (a thumbnail's link, a <figure>); a time stamp or a comment count, short
// and without letters ("<span>05/04, 12:30</span>", "<a>1</a>").
bool IsCardFiller(const Page& page, Id n) {
  const DomIndex& dom = page.dom();
  const NodeInfo& info = page.Info(n);
  if (info.text == 0) {
    for (Id t = n; t < dom.End(n); ++t) {
      if (dom.Tag(t) == MyHTML_TAG_IMG) return true;
    }
    return false;
  }
  return info.text <= kMaxHeadlineLabel && !HasLetter(dom, n, true);
}

// Adds a prose block's score to its parent and grandparent (where prose is written) and to every
// ancestor's subtree total (how much prose a candidate root would keep). Text written loose in a
// container (old table layouts: text and <br>s in a <td> that also holds a <div>) counts as a
// block whose parent is the container itself.
void AddBlock(Page& page, Id block, Id parent, double score, Candidates& c) {
  if (parent == DomIndex::kNone || score <= 0) return;
  const DomIndex& dom = page.dom();
  // A summary in a list item that also holds a link is a teaser: it votes for its list less.
  double vote = score;
  for (Id a = parent, up = 0; a != DomIndex::kNone && up < 2; a = dom.Parent(a), ++up) {
    if (dom.Tag(a) == MyHTML_TAG_LI && page.Info(a).linked > 0) {
      vote *= kTeaserVote;
      break;
    }
  }
  // So does a summary right after a headline link (<h3><a>Title</a></h3><p>Summary</p>,
  // <dt><a>…</a></dt><dd>…</dd>): a teaser card, wherever it sits, unless more prose follows it
  // (a story's paragraph after an in-story "Read also" link line).
  // A thumbnail or a time stamp between the two (<h4><a>Title</a></h4><a><img></a><p>Summary</p>)
  // is looked past (IsCardFiller); a <br> or a script is not (a story's text after a player's
  // script is no summary).
  Id prev = page.Info(block).prev;
  while (prev != DomIndex::kNone && IsCardFiller(page, prev)) prev = page.Info(prev).prev;
  const bool card = prev != DomIndex::kNone && IsHeadlineLink(dom, prev, page.Info(prev)) && !FollowedByProse(page, block, parent);
  if (card && vote == score) vote *= kTeaserVote;
  c.container.Add(parent, vote);
  // A teaser votes for its own list only: a column of teaser cards beside a short story must not
  // lift the column's parent, which holds both, over the story itself.
  if (Id grand = dom.Parent(parent); grand != DomIndex::kNone && vote == score) c.container.Add(grand, vote / 2);
  bool listed = false;
  for (Id a = block; a != DomIndex::kNone; a = dom.Parent(a)) {
    listed = listed || card || dom.Tag(a) == MyHTML_TAG_LI;
    page.MutableInfo(a).prose += score;
    if (listed) page.MutableInfo(a).listed_prose += score;
    if (card) page.MutableInfo(a).card_prose += score;
    if (a == page.body()) break;
  }
}

// A block of legal text: "©" in its own texts. Such a block of at least kMinLegalBlock bytes
// is no prose (a caption's "© AFP" is shorter): a site's legal notice can be longer than a short
// story and win the root (DAnIEL nr2.ru). ("All rights reserved" and its kin come with a "©"
// nearly always; looking for them too changed no tune page and cost 3 % of Extract.)
constexpr uint32_t kMinLegalBlock = 100;

bool IsLegalBlock(const DomIndex& dom, Id n) {
  for (Id t = n + 1; t < dom.End(n); ++t) {
    if (dom.Tag(t) == MyHTML_TAG__TEXT && dom.Text(t).find("\u00a9") != std::string_view::npos) return true;
  }
  return false;
}

bool IsProseBlock(const Page& page, Id n) {
  return IsProseTag(page.dom().Tag(n)) && !page.Info(n).has_block;
}

void ScoreBlocks(Page& page, Candidates& c, std::vector<Id>& semantic) {
  const DomIndex& dom = page.dom();
  Id body = page.body();
  WalkIndex(
      dom, body,
      [&](Id n) {
        if (page.IsSkipped(n, body)) return false;
        myhtml_tag_id_t tag = dom.Tag(n);
        if (tag == MyHTML_TAG__TEXT) return false;
        if (tag == MyHTML_TAG_ARTICLE || dom.Has(n, DomIndex::kItempropArticleBody)) semantic.push_back(n);
        const NodeInfo& info = page.Info(n);
        if (IsProseBlock(page, n)) {
          if (info.text >= kMinLegalBlock && IsLegalBlock(dom, n)) {
            for (Id a = n; a != DomIndex::kNone; a = dom.Parent(a)) {
              page.MutableInfo(a).legal += info.text;
              if (a == body) break;
            }
            return false;
          }
          const bool too_short = info.text < 4 * kMinScoredBlock && CodePointsBelow(dom, n, kMinScoredBlock);
          AddBlock(page, n, dom.Parent(n), too_short ? 0.0 : BlockScore(info.text, info.linked), c);
          return false;
        }
        if (IsContainerBlock(tag)) AddBlock(page, n, n, BlockScore(info.loose, info.loose_linked), c);
        return true;
      },
      [](Id) {});
}

bool Contains(const DomIndex& dom, Id ancestor, Id node) {
  return ancestor <= node && node < dom.End(ancestor);
}

// Share of the prose `parent` adds to `child` that sits in siblings of the same kind as `child`
// (same tag, same SectionKind).
double SameKindShare(const Page& page, Id parent, Id child) {
  const DomIndex& dom = page.dom();
  const std::string kind = SectionKind(dom.Name(child));
  const double added = page.Info(parent).prose - page.Info(child).prose;
  if (kind.empty() || added <= 0) return 0.0;
  double same = 0;
  for (Id s = parent + 1; s < dom.End(parent); s = dom.End(s)) {
    if (s != child && dom.Tag(s) == dom.Tag(child) && SectionKind(dom.Name(s)) == kind) same += page.Info(s).prose;
  }
  return same / added;
}

// Grows the root to an ancestor holding kClimbRatio times its prose, looking through wrappers
// that add no prose; stops at the first ancestor that adds some prose, but not that much, unless
// it adds only a label (a heading, a caption: at most kClimbLabelShare of the prose so far), as
// page builders wrap each section of a story with its heading. Past such a label, the climb only
// goes on to an ancestor whose added prose is mostly in sections of the same kind as the branch
// it comes from, with few links: the story's next sections, not a related-posts column; or to
// one that adds much more prose with almost no links (kPlainStoryRatio): the story around a box.
Id Climb(const Page& page, Id root) {
  bool past_label = false;
  for (Id cur = root; cur != page.body();) {
    Id parent = page.dom().Parent(cur);
    if (parent == DomIndex::kNone) break;
    double prose = page.Info(parent).prose;
    // Prose the parent adds mostly in list items or teaser cards, among many links, is a teaser
    // column beside the story (headline links with summaries); a list in the story has few links,
    // and a short one (a product box's pros and cons beside its "buy" links) is no column.
    const double added = prose - page.Info(cur).prose;
    const double added_listed = page.Info(parent).listed_prose - page.Info(cur).listed_prose;
    const double added_text = static_cast<double>(page.Info(parent).text) - page.Info(cur).text;
    const double added_linked = static_cast<double>(page.Info(parent).linked) - page.Info(cur).linked;
    const double added_cards = page.Info(parent).card_prose - page.Info(cur).card_prose;
    if (added > kMinTeaserColumnShare * page.Info(cur).prose && added_listed > kMaxListedSiblingShare * added &&
        (added_linked >= kTeaserLinkShare * added_text || added_cards > kMaxListedSiblingShare * added)) {
      break;
    }
    if (prose >= kClimbRatio * page.Info(root).prose) {
      if (added_linked > kMaxClimbLinkShare * added_text) break;  // a block of teasers around the story
      const double added_legal = static_cast<double>(page.Info(parent).legal) - page.Info(cur).legal;
      if (2 * added_legal > added_text) break;  // the site's legal notice beside it
      const bool plain_story = added >= kPlainStoryRatio * page.Info(cur).prose &&
                               added_linked <= kMaxPlainStoryLinkShare * added_text;
      if (past_label && !plain_story &&
          (SameKindShare(page, parent, cur) < kSameKindShare || added_linked > kMaxSectionLinkShare * added_text)) {
        break;
      }
      root = cur = parent;
      past_label = false;
      continue;
    }
    if (added > kClimbLabelShare * page.Info(cur).prose) break;
    past_label = past_label || added > 0;
    cur = parent;
  }
  return root;
}

// A comment section holding half the page's text is kept as a possible wrapper of the whole page
// (see IsSkipped); when it does not hold the densest container, it is the readers' comments
// beside a shorter story, and is skipped after all. True when any is.
bool SetAsideCommentsBeside(Page& page, Id dense) {
  bool any = false;
  for (Id n : page.CommentNamed()) {
    if (!page.IsSkipped(n, page.body()) && !Contains(page.dom(), n, dense)) {
      page.MutableInfo(n).away = true;
      any = true;
    }
  }
  return any;
}

// The roots to render, in document order: usually one element; the densest container plus its
// prose-rich siblings when no semantic container holds the article.
std::vector<Id> FindRoots(Page& page) {
  const DomIndex& dom = page.dom();
  Candidates c(dom.size());
  std::vector<Id> semantic;
  ScoreBlocks(page, c, semantic);
  Id dense = c.container.Best();
  if (dense != DomIndex::kNone && SetAsideCommentsBeside(page, dense)) {
    page.ClearScores();
    c = Candidates(dom.size());
    semantic.clear();
    ScoreBlocks(page, c, semantic);
    dense = c.container.Best();
  }
  double dense_prose = dense == DomIndex::kNone ? 0.0 : page.Info(dense).prose;
  // itemprop=articleBody first, then the <article> with the most prose; each only when it holds
  // enough of the page's best prose (or contains the densest container).
  Id best_semantic = DomIndex::kNone;
  double best_prose = 0;
  for (int pass = 0; pass < 2 && best_semantic == DomIndex::kNone; ++pass) {
    for (Id n : semantic) {
      bool is_body = dom.Has(n, DomIndex::kItempropArticleBody);
      if (is_body != (pass == 0)) continue;
      double prose = page.Info(n).prose;
      bool believed = prose >= kSemanticShare * dense_prose || (dense != DomIndex::kNone && Contains(dom, n, dense));
      if (believed && prose > best_prose) best_semantic = n, best_prose = prose;
    }
  }
  if (best_semantic != DomIndex::kNone && dom.Has(best_semantic, DomIndex::kItempropArticleBody)) return {best_semantic};
  Id root = best_semantic != DomIndex::kNone ? best_semantic : dense;
  if (root == DomIndex::kNone) return {page.body()};
  root = Climb(page, root);
  std::vector<Id> roots = WithSiblings(page, root);
  return roots.size() == 1 ? WithSameKindColumns(page, root) : roots;
}

bool IsHeadingTag(myhtml_tag_id_t tag) {
  return tag == MyHTML_TAG_H2 || tag == MyHTML_TAG_H3 || tag == MyHTML_TAG_H4 || tag == MyHTML_TAG_H5 ||
         tag == MyHTML_TAG_H6;
}

bool IsItemTag(myhtml_tag_id_t tag) {
  return tag == MyHTML_TAG_LI || tag == MyHTML_TAG_TD || tag == MyHTML_TAG_TH || tag == MyHTML_TAG_DD ||
         tag == MyHTML_TAG_DT;
}

// Appends a line of text from inside a <pre> (see RenderParagraphs): spaces at its end dropped,
// indentation kept; `out` ends with a line break after it unless the line is the text's last.
void AppendPreformattedLine(std::string& out, std::string_view line, bool ends) {
  out.append(line);
  if (!ends) return;
  while (!out.empty() && (out.back() == ' ' || out.back() == '\t' || out.back() == '\r')) out.pop_back();
  if (!out.empty() && out.back() != '\n') out.push_back('\n');
}

// True when a line holds only spaces.
bool IsBlankLine(std::string_view line) {
  return line.find_first_not_of(" \t\r\f\v") == std::string_view::npos;
}

// Renders a subtree into paragraphs: block boundaries end the paragraph being built. A paragraph
// mostly made of link text (a teaser, a tag list, "Read more →") is dropped.
void RenderParagraphs(const Page& page, Id root, std::vector<Paragraph>& paragraphs) {
  const DomIndex& dom = page.dom();
  std::string current;
  std::size_t linked = 0;
  int in_link = 0, in_heading = 0, in_item = 0, in_pre = 0;
  bool heading_text = false, plain_text = false, item_text = false;
  auto flush = [&] {
    std::string_view trimmed = Trim(current);
    if (!trimmed.empty() && static_cast<double>(linked) <= kMaxLinkDensity * static_cast<double>(current.size())) {
      paragraphs.push_back({std::string(trimmed), heading_text && !plain_text, item_text});
    }
    current.clear();
    linked = 0;
    heading_text = plain_text = item_text = false;
  };
  WalkIndex(
      dom, root,
      [&](Id n) {
        myhtml_tag_id_t tag = dom.Tag(n);
        if (tag == MyHTML_TAG__TEXT) {
          auto append = [&](std::string_view piece, bool pre_line_ends) {
            const std::size_t before = current.size();
            if (in_pre > 0) {
              AppendPreformattedLine(current, piece, pre_line_ends);
            } else {
              AppendCollapsed(current, piece);
            }
            if (current.size() > before) {
              if (in_link > 0) linked += current.size() - before;
              (in_heading > 0 ? heading_text : plain_text) = true;
              item_text = item_text || in_item > 0;
            }
          };
          if (in_pre == 0) {
            append(dom.Text(n), false);
            return false;
          }
          // Inside a <pre> the lines stay lines (code, a poem, a table drawn in text), and a run
          // of blank lines is one. The block stays one paragraph: a snippet that a tutorial
          // repeats is no repeated page furniture.
          std::string_view text = dom.Text(n);
          for (std::size_t start = 0; start <= text.size();) {
            const std::size_t eol = std::min(text.find('\n', start), text.size());
            const std::string_view line = text.substr(start, eol - start);
            if (eol < text.size() && IsBlankLine(line) && (current.empty() || current.back() == '\n')) {
              if (!current.empty() && !current.ends_with("\n\n")) current.push_back('\n');
            } else {
              append(line, eol < text.size());
            }
            start = eol + 1;
          }
          return false;
        }
        if (page.IsSkipped(n, root)) return false;
        if (IsBlockTag(tag)) flush();
        if (dom.IsLink(n)) ++in_link;
        if (tag == MyHTML_TAG_PRE) ++in_pre;
        if (IsHeadingTag(tag)) ++in_heading;
        if (IsItemTag(tag)) ++in_item;
        return true;
      },
      [&](Id n) {
        myhtml_tag_id_t tag = dom.Tag(n);
        if (dom.IsLink(n)) --in_link;
        if (tag == MyHTML_TAG_PRE) --in_pre;
        if (IsHeadingTag(tag)) --in_heading;
        if (IsBlockTag(tag)) flush();
        if (IsItemTag(tag)) --in_item;
      });
  flush();
}

std::string Render(const Page& page, const std::vector<Id>& roots, std::string_view title,
                   bool* only_comments = nullptr) {
  std::vector<Paragraph> paragraphs;
  for (Id root : roots) RenderParagraphs(page, root, paragraphs);
  return JoinKept(paragraphs, title, only_comments);
}

}  // namespace

std::string ExtractMainText(const DomIndex& dom, std::string_view title) {
  Id body = dom.body();
  if (body == DomIndex::kNone) return {};
  Page page(dom, body);
  std::vector<Id> roots = FindRoots(page);
  bool only_comments = false;
  std::string text = Render(page, roots, title, &only_comments);
  // A thread of readers' comments outweighed a short story (wiadomosci.wp.pl): it is set aside
  // and the roots are chosen again, once; the comments stay when nothing else has text.
  if (only_comments && !(roots.size() == 1 && roots[0] == body)) {
    for (Id r : roots) page.MutableInfo(r).away = true;
    page.ClearScores();
    const std::vector<Id> again = FindRoots(page);
    std::string other = Render(page, again, title);
    if (!other.empty() && !(again.size() == 1 && again[0] == body)) return other;
    for (Id r : roots) page.MutableInfo(r).away = false;
  }
  // Roots that render to nothing (an empty <article> shell) must not hide the rest of the page.
  if (text.empty() && !(roots.size() == 1 && roots[0] == body)) text = Render(page, {body}, title);
  return text;
}

std::string ExtractMainText(myhtml_tree_t* tree, std::string_view title) {
  DomIndex dom;
  dom.Build(tree);
  return ExtractMainText(dom, title);
}

}  // namespace storyline
