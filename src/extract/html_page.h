// The main text's first walk (internal to the extract stage): what each element of a page
// holds — its text, its link text, whether it looks like furniture — and the tag and class-name
// tests both the walk and the root choice (html_text.cc) use.
#pragma once

#include <myhtml/api.h>

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "extract/html_dom.h"

namespace storyline::main_text {

using Id = DomIndex::Id;

// Tags that never hold article prose.
bool IsNonContentTag(myhtml_tag_id_t tag);

// Tags that usually hold page furniture, but that some sites wrap around the whole page.
bool IsChromeTag(myhtml_tag_id_t tag);

// Elements a browser lays out as blocks (<br> and <hr> included): they end a paragraph.
bool IsBlockTag(myhtml_tag_id_t tag);

// Blocks whose text is scored as prose when they hold no other block (a <div> used as a <p>).
bool IsProseTag(myhtml_tag_id_t tag);

// Blocks that can hold other blocks or loose text (all but <br> and <hr>).
bool IsContainerBlock(myhtml_tag_id_t tag);

// Structural containers are never judged by class: <body class="has-nav"> is still the page.
bool IsStructural(myhtml_tag_id_t tag);

// One scan of the (lower-case) class and id names: bit k set when kBoilerplateMarks[k] occurs.
// Marks are matched inside names ("mainmenu", "topnav"), so a word that only contains one is
// taken out first: "contextmenu" (a CMS's class on each paragraph of a story, wcxb-dev 0399).
uint32_t BoilerplateMarks(std::string_view name);

// Whether any mark occurs in the name.
bool HasBoilerplateName(std::string_view name);

// What the first walk learns about each element.
// Byte counts fit 32 bits: pages are read up to 64 MB.
struct NodeInfo {
  uint32_t text = 0;           // bytes of trimmed text below (script, style… excluded)
  uint32_t linked = 0;         // of which inside <a>
  uint32_t loose = 0;          // bytes of text not inside a block descendant (text beside <br>s)
  uint32_t loose_linked = 0;   // of which inside <a>
  bool has_block = false;      // a block element below (<br> and <hr> excepted)
  bool chrome = false;         // a chrome tag, a boilerplate class/id, or `hidden`
  bool proseless_name = false;  // chrome only by a kProselessMarks name
  bool nav_name = false;        // chrome only by a kNavigationMarks name
  bool away = false;           // chrome kept for its size, but found beside the story: skipped
  bool h1_wrapper = false;     // an <h1> used as a wrapper, not a headline (Page::IsH1Wrapper)
  double prose = 0;            // summed scores of the prose blocks below, chrome excluded
  double listed_prose = 0;     // of which in list items or teaser cards (teaser lists, link menus)
  double card_prose = 0;       // of which in teaser cards (a summary right after a headline link)
  uint32_t legal = 0;          // bytes of legal blocks below (IsLegalBlock), not prose
  Id prev = DomIndex::kNone;   // the element before it among its parent's children (text skipped)
};

// The body and what each element holds. Chrome tags and boilerplate class names are only
// trusted on elements holding less than half the page's text: ASP.NET pages wrap everything in
// a <form>, themes wrap it in <div class="off-canvas-menu-pusher">.
class Page {
 public:
  Page(const DomIndex& dom, Id body) : dom_(dom), body_(body), info_(dom.size()) {
    CountText();
    half_ = info_[body_].text / 2;
  }
  const DomIndex& dom() const { return dom_; }
  Id body() const { return body_; }
  const NodeInfo& Info(Id n) const { return info_[n]; }
  NodeInfo& MutableInfo(Id n) { return info_[n]; }
  const std::vector<Id>& CommentNamed() const { return comment_named_; }
  // Forgets the scores of a ScoreBlocks pass, to score again.
  void ClearScores() {
    for (NodeInfo& info : info_) info.prose = info.listed_prose = info.card_prose = 0, info.legal = 0;
  }

  // Whether the walks below `root` leave `node` out: non-content tags, furniture holding less
  // than half the page (or under kMinWrapperText), furniture set aside as `away`; never `root`.
  bool IsSkipped(Id node, Id root) const;

 private:
  void CountText();
  // Non-content tags (IsNonContentTag) are skipped whole, but an <h1> holding blocks and more
  // text than a headline (kMaxHeadlineText) is a wrapper some sites use for every section
  // (sina.com.hk: <h1><div class="content">…), not the headline.
  bool IsNonContent(Id n, myhtml_tag_id_t tag) const {
    return tag == MyHTML_TAG_H1 ? !info_[n].h1_wrapper : IsNonContentTag(tag);
  }
  bool IsH1Wrapper(Id h1) const;

  // `hidden` is trusted like a chrome tag, only on elements holding little text: React
  // streaming puts the whole server-rendered page in <div hidden id="S:0"> until a script moves
  // it (our parser moves it, html_tree_rules.cc; myhtml does not).
  bool LooksLikeChrome(Id n, myhtml_tag_id_t tag) const;
  // A <figure> around a table or a code listing (<figure class="wp-block-table">) is content;
  // around an image, a video or a chart it is furniture with a caption.
  bool HoldsTableOrCode(Id n) const;

  const DomIndex& dom_;
  Id body_;
  std::vector<NodeInfo> info_;
  std::vector<Id> comment_named_;  // chrome elements with a kCommentMarks name, in document order
  std::size_t half_ = 0;
};

}  // namespace storyline::main_text
