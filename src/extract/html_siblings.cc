#include "extract/html_siblings.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "extract/html_dom.h"
#include "extract/html_paragraphs.h"

namespace storyline::main_text {
namespace {

// An element's first class name ("" when it has none): what page builders repeat on each
// section of a story.
std::string_view FirstClass(std::string_view name) { return name.substr(0, name.find(' ')); }

// Siblings of `root`: those holding a good share of its prose anywhere, and paragraphs of prose
// (few links, no list) in the unbroken run of siblings just before it: a story whose lead
// paragraphs each sit in an element of their own ahead of the body
// (<div class="firstPar">…<div class="body">). After the root, such paragraphs are more often
// promotions and bios than the story's end, so only the share rule applies there.
// When nothing but such paragraphs and empty or skipped elements comes before the root in its
// parent, and the parent adds little prose beyond what is kept, the run goes on before the parent,
// up to kLeadLevels levels: the lead in <div class="head"> beside <div id="tab"><div
// class="body">…</div></div> (wnp.pl) or <div id="gazeta_article_lead"> beside the body's
// wrapper, three levels above the paragraphs (wyborcza.pl; DAnIEL tune: 3 moved one page more
// than 2, 4 the same as 3).
constexpr int kLeadLevels = 3;
// "Nearly all": the parent's prose beyond what is kept is at most this share of the kept prose.
constexpr double kLeadParentSlack = 0.2;

// The last non-blank text below `n`, trimmed; "" when none.
std::string_view LastText(const DomIndex& dom, Id n) {
  for (Id i = dom.End(n); i-- > n;) {
    if (dom.Tag(i) != MyHTML_TAG__TEXT) continue;
    std::string_view t = Trim(dom.Text(i));
    if (!t.empty()) return t;
  }
  return {};
}

// Whether an element holds a heading (<h1>..<h6>): a promotion's boxes have theirs.
bool HoldsHeading(const DomIndex& dom, Id n) {
  for (Id i = n + 1; i < dom.End(n); ++i) {
    if (dom.Tag(i) >= MyHTML_TAG_H1 && dom.Tag(i) <= MyHTML_TAG_H6) return true;
  }
  return false;
}

// How a child of `node`'s parent counts for the roots (see WithSiblings).
enum class SiblingKind : uint8_t { kOther, kKeep, kParagraph, kNeutral };

struct Siblings {
  std::vector<std::pair<Id, SiblingKind>> list;  // the parent's children in document order
  std::size_t at = 0;                            // `node`'s place in it
  std::vector<bool> in_run;  // `node` and the unbroken run of non-kOther siblings just before it
  bool run_reaches_start = false;  // nothing but such siblings comes before `node`
};

// Whether a sibling of the story may join it for its prose: no teaser list, few links, and no
// legal notice (mostly legal blocks).
bool MayJoin(const NodeInfo& si) {
  return si.listed_prose <= kMaxListedSiblingShare * si.prose && si.linked <= kMaxSiblingLinkShare * si.text &&
         2 * si.legal < si.text;
}

// A bar of links (a share toolbar, a row of tags): at least three quarters of its text inside
// links. It sits between a story's lead and its body as often as around them, so it neither
// joins nor breaks a run of lead paragraphs.
bool IsLinkBar(const NodeInfo& si) { return 4 * si.linked >= 3 * si.text; }

// An element named for a picture (photo, foto, gallery, image, img, picture): a picture with
// its caption set in the story, between the story's paragraphs as often as beside them, so it
// neither joins nor breaks a run of lead paragraphs.
bool NamesPicture(std::string_view name) {
  static constexpr std::string_view kNames[] = {"photo", "foto", "gallery", "image", "img", "picture"};
  return std::ranges::any_of(kNames, [&](std::string_view k) { return name.find(k) != std::string_view::npos; });
}

Siblings ClassifySiblings(const Page& page, Id parent, Id node, double root_prose) {
  const DomIndex& dom = page.dom();
  Siblings out;
  for (Id s = parent + 1; s < dom.End(parent); s = dom.End(s)) {
    if (s == node) out.at = out.list.size();
    if (dom.Tag(s) == MyHTML_TAG__TEXT) {
      out.list.emplace_back(s, Trim(dom.Text(s)).empty() ? SiblingKind::kNeutral : SiblingKind::kOther);
      continue;
    }
    const NodeInfo& si = page.Info(s);
    const bool skipped = page.IsSkipped(s, page.body());
    const bool usable = !skipped && MayJoin(si);
    SiblingKind kind = SiblingKind::kOther;
    if (s == node || (usable && si.prose >= kSiblingShare * root_prose)) kind = SiblingKind::kKeep;
    else if (usable && si.prose > 0 && si.text >= kMinLeadParagraph && si.listed_prose == 0) kind = SiblingKind::kParagraph;
    else if (skipped || si.text < kMinScoredBlock || IsLinkBar(si) || NamesPicture(dom.Name(s))) kind = SiblingKind::kNeutral;
    out.list.emplace_back(s, kind);
  }
  out.in_run.assign(out.list.size(), false);
  out.in_run[out.at] = true;  // the run goes backwards from the node only
  std::size_t i = out.at + 1;
  while (i-- > 0 && out.list[i].second != SiblingKind::kOther) out.in_run[i] = true;
  out.run_reaches_start = i == static_cast<std::size_t>(-1);
  return out;
}

}  // namespace

// What a page builder repeats on each section of a story: the element's first class name, or
// for an element with an id and no class, the id's shape with each run of digits as one '0'
// (id="183515", id="section-2": "#0", "#section-0"); "" for neither.
std::string SectionKind(std::string_view name) {
  if (name.empty()) return {};
  if (name.front() != ' ') return std::string(FirstClass(name));
  std::string kind = "#";
  bool digits = false;
  for (const char c : name.substr(1)) {
    const bool digit = c >= '0' && c <= '9';
    if (!digit || !digits) kind += digit ? '0' : c;
    digits = digit;
  }
  return kind;
}

std::vector<Id> WithSiblings(const Page& page, Id root) {
  const DomIndex& dom = page.dom();
  const double root_prose = page.Info(root).prose;
  std::vector<Id> before;  // lead paragraphs found above the root's level, in document order
  std::vector<Id> roots;
  Id node = root;
  for (int level = 0; level <= kLeadLevels; ++level) {
    Id parent = dom.Parent(node);
    if (parent == DomIndex::kNone || node == page.body()) {
      if (level == 0) return {root};
      break;
    }
    const Siblings sib = ClassifySiblings(page, parent, node, root_prose);
    auto kept = [&](std::size_t k) {
      return sib.list[k].second == SiblingKind::kKeep || (sib.list[k].second == SiblingKind::kParagraph && sib.in_run[k]);
    };
    if (level == 0) {
      for (std::size_t k = 0; k < sib.list.size(); ++k) {
        if (kept(k)) roots.push_back(sib.list[k].first);
      }
    } else {
      // Above the root's level, a lead is one paragraph that ends a sentence (not a promotion
      // with its own headings, not a "Posted … Updated …" box), short or long (a long one holds
      // a good share of the story's prose); or the story's first paragraphs in an element of the
      // same kind as the one that holds the rest (<div class="article_body"> twice, a comment
      // rail between; washingtonpost.com).
      const std::string node_kind = SectionKind(dom.Name(node));
      std::vector<Id> found;
      for (std::size_t k = 0; k < sib.at; ++k) {
        const Id s = sib.list[k].first;
        const SiblingKind kind = sib.list[k].second;
        const bool same_kind = !node_kind.empty() && dom.Tag(s) == dom.Tag(node) &&
                               SectionKind(dom.Name(s)) == node_kind && !HoldsHeading(dom, s);
        if ((kind == SiblingKind::kParagraph || kind == SiblingKind::kKeep) && sib.in_run[k] &&
            (!page.Info(s).has_block || same_kind) && EndsSentence(LastText(dom, s))) {
          found.push_back(s);
        }
      }
      before.insert(before.begin(), found.begin(), found.end());
    }
    // Going up only past a parent whose prose is nearly all in what is kept.
    if (!sib.run_reaches_start) break;
    double kept_prose = 0;
    for (std::size_t k = 0; k < sib.list.size(); ++k) {
      if (kept(k)) kept_prose += page.Info(sib.list[k].first).prose;
    }
    if (page.Info(parent).prose > (1.0 + kLeadParentSlack) * kept_prose) break;
    node = parent;
  }
  before.insert(before.end(), roots.begin(), roots.end());
  return before;
}

// When the root has no siblings of its own to join but sits alone in wrappers (each holding no
// more text than it), the wrapper's siblings of the same kind (tag and SectionKind) that hold a
// good share of its prose (kSiblingShare, few links, no teaser list) are the story's other
// columns: a page builder's grid puts the article's first part and the rest in two
// <div class="col-span-16 …"> with a promotion box between (wcxb-dev). Other kinds of
// siblings at that level are bylines, captions and disclaimers as often as story.
std::vector<Id> WithSameKindColumns(const Page& page, Id root) {
  const DomIndex& dom = page.dom();
  Id wrapper = root;
  for (Id up = dom.Parent(wrapper); up != DomIndex::kNone && wrapper != page.body() && up != page.body() &&
                                 page.Info(up).text == page.Info(wrapper).text;
       up = dom.Parent(up)) {
    wrapper = up;
  }
  const Id parent = dom.Parent(wrapper);
  const std::string kind = SectionKind(dom.Name(wrapper));
  if (wrapper == root || parent == DomIndex::kNone || kind.empty()) return {root};
  const double root_prose = page.Info(root).prose;
  std::vector<Id> roots;
  for (Id s = parent + 1; s < dom.End(parent); s = dom.End(s)) {
    if (s == wrapper) {
      roots.push_back(root);
      continue;
    }
    if (dom.Tag(s) != dom.Tag(wrapper) || SectionKind(dom.Name(s)) != kind || page.IsSkipped(s, page.body())) continue;
    if (page.Info(s).prose >= kSiblingShare * root_prose && MayJoin(page.Info(s))) roots.push_back(s);
  }
  return roots;
}

}  // namespace storyline::main_text
