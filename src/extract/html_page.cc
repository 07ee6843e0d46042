#include "extract/html_page.h"

#include <algorithm>
#include <array>
#include <string>

#include "extract/word_marks.h"

namespace storyline::main_text {
namespace {

// Class/id name parts of page furniture (bit k of BoilerplateMarks: the k-th). "koment" and
// "komment" are comments in Polish, Czech, German, Russian transliterated (komentarze,
// Kommentar, kommentarii). "disclaimer": affiliate-link notes, "not investment advice" boxes.
constexpr std::array<std::string_view, 20> kBoilerplateMarks = {
    "nav",    "menu",   "footer", "share",     "social", "comment", "related",    "promo",  "advert",  "cookie",
    "subscribe", "byline", "author", "copyright", "modal", "signup", "breadcrumb", "koment", "komment", "disclaimer"};

// A chrome-looking element is only kept as a page wrapper when it holds this much text too, so
// that a footer is not kept just because the rest of a tiny page is empty.
constexpr std::size_t kMinWrapperText = 200;

constexpr WordMarks kBoilerplateMarkWords(kBoilerplateMarks);

// Marks of furniture that never holds prose of its own (a share bar, a menu, a byline): an
// element so named that does hold a lot of unlinked text is a wrapper that a theme named after
// its decoration (<div class="socialicons-sticky"> around a whole post), not furniture.
// "comment", "related", "footer", "cookie", "subscribe", "author" (a bio box), "copyright",
// "modal", "signup", "koment", "komment" can hold prose and stay trusted.
// A "disclaimer" holding that much text may be the page itself (a legal page) and is kept too.
// nav menu share social promo advert byline breadcrumb disclaimer
constexpr uint32_t kProselessMarks = (1u << 0) | (1u << 1) | (1u << 3) | (1u << 4) | (1u << 7) | (1u << 8) |
                                     (1u << 11) | (1u << 16) | (1u << 19);
// nav menu share social breadcrumb: furniture made of links and buttons.
constexpr uint32_t kNavigationMarks = (1u << 0) | (1u << 1) | (1u << 3) | (1u << 4) | (1u << 16);
// comment koment komment: a section of readers' comments (see SetAsideCommentsBeside).
constexpr uint32_t kCommentMarks = (1u << 5) | (1u << 17) | (1u << 18);
// Unlinked text (bytes) above which a proseless-named element holding a quarter of the page's
// text is read as a wrapper (other chrome needs half, see IsSkipped).
constexpr std::size_t kProseInFurniture = 600;
// Link share (of its text) at or below which a kNavigationMarks-named element holding
// kProseInFurniture unlinked bytes is read as prose even below a quarter of the page: a theme's
// <div class="content-nav-section"> around each section of a post (wcxb-dev; 0.05–0.2 chose
// the same pages).
constexpr double kMaxNavProseLinkShare = 0.1;

// Bytes of text above which an <h1> holding blocks is no headline (see Page::IsNonContent).
constexpr uint32_t kMaxHeadlineText = 400;

}  // namespace

// Tags that never hold article prose.
bool IsNonContentTag(myhtml_tag_id_t tag) {
  switch (tag) {
    case MyHTML_TAG__COMMENT: case MyHTML_TAG_SCRIPT: case MyHTML_TAG_STYLE: case MyHTML_TAG_NOSCRIPT:
    case MyHTML_TAG_TEMPLATE: case MyHTML_TAG_IFRAME: case MyHTML_TAG_SVG: case MyHTML_TAG_BUTTON:
    case MyHTML_TAG_SELECT: case MyHTML_TAG_TEXTAREA: case MyHTML_TAG_OBJECT: case MyHTML_TAG_EMBED:
    case MyHTML_TAG_CANVAS: case MyHTML_TAG_VIDEO: case MyHTML_TAG_AUDIO: case MyHTML_TAG_H1:
      return true;
    default:
      return false;
  }
}

// Tags that usually hold page furniture, but that some sites wrap around the whole page.
bool IsChromeTag(myhtml_tag_id_t tag) {
  switch (tag) {
    case MyHTML_TAG_NAV: case MyHTML_TAG_HEADER: case MyHTML_TAG_FOOTER: case MyHTML_TAG_ASIDE:
    case MyHTML_TAG_FORM: case MyHTML_TAG_FIGURE: case MyHTML_TAG_FIGCAPTION: case MyHTML_TAG_ADDRESS:
    case MyHTML_TAG_MENU:
      return true;
    default:
      return false;
  }
}

// Elements a browser lays out as blocks (<br> and <hr> included): they end a paragraph.
bool IsBlockTag(myhtml_tag_id_t tag) {
  switch (tag) {
    case MyHTML_TAG_P: case MyHTML_TAG_DIV: case MyHTML_TAG_H2: case MyHTML_TAG_H3: case MyHTML_TAG_H4:
    case MyHTML_TAG_H5: case MyHTML_TAG_H6: case MyHTML_TAG_LI: case MyHTML_TAG_UL: case MyHTML_TAG_OL:
    case MyHTML_TAG_BLOCKQUOTE: case MyHTML_TAG_PRE: case MyHTML_TAG_SECTION: case MyHTML_TAG_ARTICLE:
    case MyHTML_TAG_MAIN: case MyHTML_TAG_TABLE: case MyHTML_TAG_TR: case MyHTML_TAG_TD: case MyHTML_TAG_TH:
    case MyHTML_TAG_DL: case MyHTML_TAG_DT: case MyHTML_TAG_DD: case MyHTML_TAG_BR: case MyHTML_TAG_HR:
    case MyHTML_TAG_CENTER: case MyHTML_TAG_BODY:
      return true;
    default:
      return false;
  }
}

// Blocks whose text is scored as prose when they hold no other block (a <div> used as a <p>).
bool IsProseTag(myhtml_tag_id_t tag) {
  switch (tag) {
    case MyHTML_TAG_P: case MyHTML_TAG_DIV: case MyHTML_TAG_PRE: case MyHTML_TAG_BLOCKQUOTE:
    case MyHTML_TAG_TD: case MyHTML_TAG_DD: case MyHTML_TAG_LI: case MyHTML_TAG_SECTION:
      return true;
    default:
      return false;
  }
}

// Blocks that can hold other blocks or loose text (all but <br> and <hr>).
bool IsContainerBlock(myhtml_tag_id_t tag) {
  return IsBlockTag(tag) && tag != MyHTML_TAG_BR && tag != MyHTML_TAG_HR;
}

// Structural containers are never judged by class: <body class="has-nav"> is still the page.
bool IsStructural(myhtml_tag_id_t tag) {
  return tag == MyHTML_TAG_HTML || tag == MyHTML_TAG_BODY || tag == MyHTML_TAG_ARTICLE || tag == MyHTML_TAG_MAIN;
}

// One scan of the (lower-case) class and id names: bit k set when kBoilerplateMarks[k] occurs.
// Marks are matched inside names ("mainmenu", "topnav"), so a word that only contains one is
// taken out first: "contextmenu" (a CMS's class on each paragraph of a story, wcxb-dev 0399).
uint32_t BoilerplateMarks(std::string_view name) {
  static constexpr std::string_view kNotMenu = "contextmenu";
  if (name.find(kNotMenu) == std::string_view::npos) return kBoilerplateMarkWords.In(name);
  std::string patched(name);
  for (std::size_t at = patched.find(kNotMenu); at != std::string::npos; at = patched.find(kNotMenu, at)) {
    patched.replace(at, kNotMenu.size(), kNotMenu.size(), '_');
  }
  return kBoilerplateMarkWords.In(patched);
}

// Whether any mark occurs in the name.
bool HasBoilerplateName(std::string_view name) { return BoilerplateMarks(name) != 0; }

bool Page::IsSkipped(Id node, Id root) const {
  myhtml_tag_id_t tag = dom_.Tag(node);
  if (tag == MyHTML_TAG__TEXT) return false;
  if (IsNonContent(node, tag)) return true;
  if (node == root) return false;
  const NodeInfo& info = Info(node);
  if (info.away) return true;
  if (info.proseless_name && info.text - std::min(info.linked, info.text) >= kProseInFurniture &&
      (info.text >= half_ / 2 || (info.nav_name && static_cast<double>(info.linked) <= kMaxNavProseLinkShare * info.text))) {
    return false;
  }
  return info.chrome && (info.text < half_ || info.text < kMinWrapperText);
}

void Page::CountText() {
  int in_link = 0;
  int in_code = 0;  // <pre>/<code> ancestors: their spans' names are syntax highlighting
  // The block that text written directly in an element counts as loose text of: the
  // element itself when it is a container block (or the body), else its parent's.
  std::vector<Id> block_of(dom_.size(), body_);
  std::vector<Id> last_child(dom_.size(), DomIndex::kNone);
  WalkIndex(
      dom_, body_,
      [&](Id n) {
        myhtml_tag_id_t tag = dom_.Tag(n);
        if (tag == MyHTML_TAG__TEXT) {
          auto len = static_cast<uint32_t>(Trim(dom_.Text(n)).size());
          Id parent_id = dom_.Parent(n);
          NodeInfo& parent = info_[parent_id];
          parent.text += len;
          if (in_link > 0) parent.linked += len;
          NodeInfo& block = info_[block_of[parent_id]];
          block.loose += len;
          if (in_link > 0) block.loose_linked += len;
          return false;
        }
        if (tag == MyHTML_TAG_H1) info_[n].h1_wrapper = IsH1Wrapper(n);
        if (IsNonContent(n, tag)) return false;
        if (n != body_) {
          Id& last = last_child[dom_.Parent(n)];
          info_[n].prev = last;
          last = n;
        }
        if (dom_.IsLink(n)) ++in_link;
        if (n != body_) block_of[n] = IsContainerBlock(tag) ? n : block_of[dom_.Parent(n)];
        // Inside a code block a name is a highlighter's token class (<span class="hljs-comment">,
        // "token comment"), not furniture: only `hidden` counts there.
        info_[n].chrome = in_code > 0 ? dom_.Has(n, DomIndex::kHidden) : LooksLikeChrome(n, tag);
        if (tag == MyHTML_TAG_PRE || tag == MyHTML_TAG_CODE) ++in_code;
        if (info_[n].chrome) {
          const uint32_t marks = BoilerplateMarks(dom_.Name(n));
          if (!dom_.Has(n, DomIndex::kHidden) && !IsChromeTag(tag)) {
            info_[n].proseless_name = marks != 0 && (marks & ~kProselessMarks) == 0;
            info_[n].nav_name = marks != 0 && (marks & ~kNavigationMarks) == 0;
          }
          if ((marks & kCommentMarks) != 0) comment_named_.push_back(n);
        }
        return true;
      },
      [&](Id n) {
        myhtml_tag_id_t tag = dom_.Tag(n);
        if (dom_.IsLink(n)) --in_link;
        if (tag == MyHTML_TAG_PRE || tag == MyHTML_TAG_CODE) --in_code;
        if (n == body_) return;
        const NodeInfo& self = info_[n];
        NodeInfo& parent = info_[dom_.Parent(n)];
        parent.text += self.text;
        parent.linked += self.linked;
        if (self.has_block || (IsBlockTag(tag) && tag != MyHTML_TAG_BR && tag != MyHTML_TAG_HR)) {
          parent.has_block = true;
        }
      });
}

// Looks at most kMaxH1Scan nodes below: a headline is far smaller, so an <h1> that big is a
// wrapper whatever the rest holds (and nested wrappers cost no more than the page's size each).
bool Page::IsH1Wrapper(Id h1) const {
  constexpr Id kMaxH1Scan = 4096;
  uint32_t text = 0;
  bool block = false;
  const Id end = std::min(dom_.End(h1), h1 + 1 + kMaxH1Scan);
  for (Id i = h1 + 1; i < end; ++i) {
    const myhtml_tag_id_t tag = dom_.Tag(i);
    if (tag == MyHTML_TAG__TEXT) text += static_cast<uint32_t>(Trim(dom_.Text(i)).size());
    else if (IsBlockTag(tag) && tag != MyHTML_TAG_BR && tag != MyHTML_TAG_HR) block = true;
    if (block && text > kMaxHeadlineText) return true;
  }
  return end < dom_.End(h1);
}

bool Page::LooksLikeChrome(Id n, myhtml_tag_id_t tag) const {
  if (dom_.Has(n, DomIndex::kHidden)) return true;
  if (tag == MyHTML_TAG_FIGURE && HoldsTableOrCode(n)) return HasBoilerplateName(dom_.Name(n));
  return !IsStructural(tag) && (IsChromeTag(tag) || HasBoilerplateName(dom_.Name(n)));
}

bool Page::HoldsTableOrCode(Id n) const {
  for (Id d = n + 1; d < dom_.End(n); ++d) {
    const myhtml_tag_id_t t = dom_.Tag(d);
    if (t == MyHTML_TAG_TABLE || t == MyHTML_TAG_PRE) return true;
  }
  return false;
}

}  // namespace storyline::main_text
