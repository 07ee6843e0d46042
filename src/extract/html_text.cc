#include "extract/html_text.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <unordered_map>
#include <vector>

#include "extract/html_dom.h"
#include "extract/text_cleanup.h"

namespace storyline {
namespace {

using Node = myhtml_tree_node_t;

constexpr std::array<std::string_view, 12> kBoilerplateMarks = {
    "nav", "menu", "footer", "share", "social", "comment", "related", "promo", "advert", "cookie", "subscribe", "byline"};

// A chrome-looking element is only kept as a page wrapper when it holds this much text too, so
// that a footer is not kept just because the rest of a tiny page is empty.
constexpr std::size_t kMinWrapperText = 200;

// Paragraphs shorter than this say little about where the article is (bylines, captions).
constexpr std::size_t kMinScoredParagraph = 25;

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

// Structural containers are never judged by class: <body class="has-nav"> is still the page.
bool IsStructural(myhtml_tag_id_t tag) {
  return tag == MyHTML_TAG_HTML || tag == MyHTML_TAG_BODY || tag == MyHTML_TAG_ARTICLE || tag == MyHTML_TAG_MAIN;
}

bool HasBoilerplateName(Node* node) {
  std::string names = std::string(AttrValue(node, "class")) + " " + std::string(AttrValue(node, "id"));
  std::transform(names.begin(), names.end(), names.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return std::any_of(kBoilerplateMarks.begin(), kBoilerplateMarks.end(),
                     [&](std::string_view mark) { return names.find(mark) != std::string::npos; });
}

std::string_view TextOf(Node* text_node) {
  std::size_t length = 0;
  const char* text = myhtml_node_text(text_node, &length);
  return text == nullptr ? std::string_view() : std::string_view(text, length);
}

// The body and how much text each element holds. Chrome tags and boilerplate class names are
// only trusted on elements holding less than half the page's text: ASP.NET pages wrap
// everything in a <form>, themes wrap it in <div class="off-canvas-menu-pusher">.
class Page {
 public:
  explicit Page(Node* body) : body_(body) {
    WalkTree(
        body,
        [&](Node* n) {
          myhtml_tag_id_t tag = TagOf(n);
          if (tag == MyHTML_TAG__TEXT) text_bytes_[myhtml_node_parent(n)] += Trim(TextOf(n)).size();
          return tag != MyHTML_TAG__TEXT && !IsNonContentTag(tag);
        },
        [&](Node* n) {
          if (n != body_) text_bytes_[myhtml_node_parent(n)] += text_bytes_[n];
        });
    half_ = text_bytes_[body_] / 2;
  }
  Node* body() const { return body_; }

  bool IsSkipped(Node* node, Node* root) const {
    myhtml_tag_id_t tag = TagOf(node);
    if (tag == MyHTML_TAG__TEXT) return false;
    if (IsNonContentTag(tag) || myhtml_attribute_by_key(node, "hidden", 6) != nullptr) return true;
    if (node == root || IsStructural(tag)) return false;
    if (!IsChromeTag(tag) && !HasBoilerplateName(node)) return false;
    auto it = text_bytes_.find(node);
    return it == text_bytes_.end() || it->second < half_ || it->second < kMinWrapperText;
  }

 private:
  Node* body_;
  std::unordered_map<Node*, std::size_t> text_bytes_;
  std::size_t half_ = 0;
};

// Text length of a paragraph minus the part inside links: link lists score nothing.
double ParagraphScore(const Page& page, Node* p) {
  std::size_t total = 0, linked = 0;
  WalkTree(
      p,
      [&](Node* n) {
        if (TagOf(n) != MyHTML_TAG__TEXT) return !page.IsSkipped(n, p);
        std::size_t len = Trim(TextOf(n)).size();
        total += len;
        for (Node* a = myhtml_node_parent(n); a != nullptr && a != p; a = myhtml_node_parent(a)) {
          if (TagOf(a) == MyHTML_TAG_A) {
            linked += len;
            break;
          }
        }
        return false;
      },
      [](Node*) {});
  return total < kMinScoredParagraph ? 0.0 : static_cast<double>(total - linked);
}

// Scores kept in first-seen order so that ties go to the earlier element, run after run.
class ScoreTable {
 public:
  void Add(Node* node, double score) {
    auto [it, inserted] = index_.emplace(node, entries_.size());
    if (inserted) entries_.push_back({node, 0.0});
    entries_[it->second].second += score;
  }
  Node* Best() const {
    Node* best = nullptr;
    double best_score = 0;
    for (const auto& [node, score] : entries_) {
      if (score > best_score) best = node, best_score = score;
    }
    return best;
  }

 private:
  std::unordered_map<Node*, std::size_t> index_;
  std::vector<std::pair<Node*, double>> entries_;
};

struct Scores {
  ScoreTable container;  // parents (full score) and grandparents (half)
  ScoreTable article;    // nearest <article> ancestor
};

void AddParagraph(Node* p, double score, Scores& s) {
  Node* parent = myhtml_node_parent(p);
  if (parent == nullptr) return;
  s.container.Add(parent, score);
  if (Node* grand = myhtml_node_parent(parent)) s.container.Add(grand, score / 2);
  for (Node* a = parent; a != nullptr; a = myhtml_node_parent(a)) {
    if (TagOf(a) == MyHTML_TAG_ARTICLE) {
      s.article.Add(a, score);
      break;
    }
  }
}

Node* FindRoot(const Page& page) {
  Node* body = page.body();
  Scores scores;
  Node* article_body = nullptr;
  Node* first_article = nullptr;
  WalkTree(
      body,
      [&](Node* n) {
        if (page.IsSkipped(n, body)) return false;
        myhtml_tag_id_t tag = TagOf(n);
        if (tag == MyHTML_TAG__TEXT) return false;
        if (article_body == nullptr && AttrValue(n, "itemprop") == "articleBody") article_body = n;
        if (first_article == nullptr && tag == MyHTML_TAG_ARTICLE) first_article = n;
        if (tag == MyHTML_TAG_P) AddParagraph(n, ParagraphScore(page, n), scores);
        return tag != MyHTML_TAG_P;  // paragraphs do not nest in HTML5 trees
      },
      [](Node*) {});
  if (article_body != nullptr) return article_body;
  if (Node* article = scores.article.Best()) return article;
  if (first_article != nullptr) return first_article;
  if (Node* dense = scores.container.Best()) return dense;
  return body;
}

// Renders a subtree into paragraphs: block boundaries end the paragraph being built.
std::vector<std::string> RenderParagraphs(const Page& page, Node* root) {
  std::vector<std::string> paragraphs;
  std::string current;
  auto flush = [&] {
    std::string_view trimmed = Trim(current);
    if (!trimmed.empty()) paragraphs.emplace_back(trimmed);
    current.clear();
  };
  WalkTree(
      root,
      [&](Node* n) {
        myhtml_tag_id_t tag = TagOf(n);
        if (tag == MyHTML_TAG__TEXT) {
          AppendCollapsed(current, TextOf(n));
          return false;
        }
        if (page.IsSkipped(n, root)) return false;
        if (IsBlockTag(tag)) flush();
        return true;
      },
      [&](Node* n) {
        if (IsBlockTag(TagOf(n))) flush();
      });
  flush();
  return paragraphs;
}

std::string JoinKept(const std::vector<std::string>& paragraphs, std::string_view title) {
  std::string text;
  for (const std::string& p : paragraphs) {
    if (p == title || IsChromeLine(p)) continue;
    if (!text.empty()) text += "\n\n";
    text += p;
  }
  return text;
}

}  // namespace

std::string ExtractMainText(myhtml_tree_t* tree, std::string_view title) {
  Node* body = myhtml_tree_get_node_body(tree);
  if (body == nullptr) return {};
  Page page(body);
  Node* root = FindRoot(page);
  std::string text = JoinKept(RenderParagraphs(page, root), title);
  // A root that renders to nothing (an empty <article> shell) must not hide the rest of the page.
  if (text.empty() && root != body) text = JoinKept(RenderParagraphs(page, body), title);
  return text;
}

}  // namespace storyline
