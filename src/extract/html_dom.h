// The document as the extraction reads it: DomIndex, a flat pre-order array of nodes with their
// tags, texts and read attributes, built from myhtml's tree (ParseHtml + DomIndex::Build) or by
// the fast parser (html_parse.h); text helpers and a non-recursive walk over it (deeply nested
// junk HTML must not overflow the stack).
#pragma once

#include <myhtml/api.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extract/html_prescan.h"
#include "storyline/status.h"

namespace storyline {

// Parses UTF-8 HTML into this thread's tree and returns it. The tree is owned by the thread and
// stays valid until the next ParseHtml() call on the same thread; do not keep it longer.
Result<myhtml_tree_t*> ParseHtml(std::string_view utf8);

// An attribute name the extraction may read: one of kAttributesRead (html_prescan.h), checked
// when the program is compiled, because DomIndex keeps no other attribute (and the fast parser
// and the prescan drop them while reading; a name missing from the list would read as empty). Only string literals convert.
// A name listed as read on one element only carries that element's tag.
class AttrName {
 public:
  consteval AttrName(const char* name) : name_(name) {  // NOLINT: implicit on purpose
    bool listed = false;
    for (std::size_t k = 0; k < kAttributesRead.size(); ++k) {
      const ReadAttribute& read = kAttributesRead[k];
      if (read.name != name_) continue;
      listed = true;
      index_ = static_cast<uint8_t>(k);
      only_on_ = OnTag(read.on);
    }
    if (!listed) throw "attribute not in kAttributesRead (html_prescan.h): add it there";
  }
  constexpr std::string_view view() const { return name_; }
  // The only element it is read on; MyHTML_TAG__UNDEF when read on every element.
  constexpr myhtml_tag_id_t only_on() const { return only_on_; }
  // The tag of an element named in ReadAttribute::on (MyHTML_TAG__UNDEF for "").
  static constexpr myhtml_tag_id_t OnTag(std::string_view on) {
    if (on.empty()) return MyHTML_TAG__UNDEF;
    if (on == "meta") return MyHTML_TAG_META;
    if (on == "script") return MyHTML_TAG_SCRIPT;
    if (on == "link") return MyHTML_TAG_LINK;
    if (on == "abbr") return MyHTML_TAG_ABBR;
    throw "element of kAttributesRead without a tag here: add it";
  }
  // Its place in kAttributesRead.
  constexpr uint8_t index() const { return index_; }

 private:
  std::string_view name_;
  myhtml_tag_id_t only_on_ = MyHTML_TAG__UNDEF;
  uint8_t index_ = 0;
};

// The place in kAttributesRead of attribute `key` (lower case) when it is read on elements
// tagged `tag`; -1 when it is not.
int ReadAttributeIndex(myhtml_tag_id_t tag, std::string_view key);

// Appends text with runs of whitespace (ASCII and U+00A0) collapsed to one space; no space is
// added at the start of `out` or after a space already there.
void AppendCollapsed(std::string& out, std::string_view text);

// Trims ASCII whitespace at both ends.
std::string_view Trim(std::string_view s);

// Whether `s` holds `lower` (ASCII, lower case) at `at`, in any ASCII case.
bool StartsWithNoCase(std::string_view s, std::size_t at, std::string_view lower);

// The whole document flattened in document order (pre-order) with all that the extraction reads
// of each node: tag, text, and the attributes of kAttributesRead, so that the extraction walks an
// array and never the parser's tree. A subtree is the range [i, End(i)). Texts and attribute
// values point into the parser's memory (myhtml's tree, or the fast parser's, html_parse.h):
// valid until that parser parses again on this thread. Read only once built, so several readers
// may share it.
//
// Tags are myhtml's MyHTML_TAG_* ids (used as a vocabulary, whichever parser built the tree);
// an element of another name has an id of MyHTML_TAG_LAST_ENTRY or more, the same one for the
// same name within a document, equal to no MyHTML_TAG_* constant.
class DomIndex {
 public:
  using Id = uint32_t;
  static constexpr Id kNone = UINT32_MAX;

  // Flags on elements, from their first attribute of each name (as myhtml_attribute_by_key).
  enum Flag : uint32_t {
    kHidden = 1,                  // a `hidden` attribute
    kPubdate = 2,                 // a `pubdate` attribute
    kItemprop = 4,                // a non-empty itemprop
    kItempropArticleBody = 8,     // itemprop is exactly "articleBody"
    kItempropDatePublished = 16,  // itemprop is "datepublished", any case
    kItempropDateModified = 32,   // itemprop is "datemodified", any case
    // A copy of an <a> the parser made of a link the page never closed: a link left open at a
    // paragraph's end is reopened in every paragraph after it, up to the next <a> (the
    // standard's reconstruction of formatting elements; <p><a href=…>Photos</p><p>The story…</p>
    // makes the story a link in a browser). Copies of a link closed by its own </a> are links:
    // what they hold is what the page put between <a> and </a> (<p><a><div>Title</div></a>).
    kCopiedLink = 64,
  };

  // Rebuilds the index over the document of myhtml's `tree`.
  void Build(myhtml_tree_t* tree);

  // Building by hand, in document order (what a parser does, html_parse.h): Clear(), then for
  // each node Add() under its parent (kNone for the document, which must come first), the
  // element's read attributes with AddAttribute() right after it (the first of each name
  // counts), and Close() once its subtree is complete; SetBody() names the <body>.
  void Clear();
  Id Add(myhtml_tag_id_t tag, Id parent, std::string_view text = {}) {
    if (pending_ != kNone) FinishAttributes();
    nodes_.push_back(Entry{tag, parent, kNone, 0, 0, 0, static_cast<uint32_t>(attrs_.size()), 0, text});
    return size() - 1;
  }
  void AddAttribute(Id element, uint8_t read_index, std::string_view value);
  void Close(Id i) {
    if (pending_ != kNone) FinishAttributes();
    nodes_[i].end = size();
  }
  void SetBody(Id body) { body_ = body; }

  Id size() const { return static_cast<Id>(nodes_.size()); }
  Id body() const { return body_; }  // kNone when the document has no <body>
  myhtml_tag_id_t Tag(Id i) const { return nodes_[i].tag; }
  Id Parent(Id i) const { return nodes_[i].parent; }  // kNone for the document
  Id End(Id i) const { return nodes_[i].end; }         // one past the last descendant
  bool Has(Id i, Flag f) const { return (nodes_[i].flags & f) != 0; }
  // An <a> the page wrote (kCopiedLink: the parser's copies of one are no links of their own).
  bool IsLink(Id i) const { return nodes_[i].tag == MyHTML_TAG_A && (nodes_[i].flags & kCopiedLink) == 0; }
  // Marks the <a> just added as a copy (kCopiedLink): for the parsers that build the index.
  void MarkCopiedLink(Id i) { nodes_[i].flags |= kCopiedLink; }
  // A text node's text ("" for other nodes).
  std::string_view Text(Id i) const { return nodes_[i].text; }
  // An element's class and id, lower case, joined by a space; "" when both are empty.
  std::string_view Name(Id i) const {
    return std::string_view(names_).substr(nodes_[i].name_begin, nodes_[i].name_size);
  }
  // The value of the element's attribute `name` ("" when absent, and on elements other than
  // the one it is read on).
  std::string_view Attr(Id i, AttrName name) const;

 private:
  struct Entry {
    myhtml_tag_id_t tag;
    Id parent, end;
    uint32_t flags;
    uint32_t name_begin, name_size;
    uint32_t attr_begin, attr_count;
    std::string_view text;
  };
  struct Attribute {
    uint8_t read_index;  // in kAttributesRead
    std::string_view value;
  };
  void AddMyhtmlNode(myhtml_tree_node_t* node, Id parent);
  void FinishAttributes();

  // Build(): where each <a> seen so far starts in the source (myhtml's copies of an element keep
  // its position, so a second <a> at a position is a copy), and whether copies of it are links.
  std::unordered_map<std::size_t, bool> link_starts_;
  std::string_view source_;  // what myhtml parsed (its one incoming buffer); "" when not known
  std::vector<Entry> nodes_;
  std::vector<Attribute> attrs_;
  std::string names_;
  Id body_ = kNone;
  Id pending_ = kNone;  // the element whose attributes are being added (flags and names to do)
};

// Whitespace-collapsed, trimmed text of node `i` and its descendants (script, style and comments
// excluded).
std::string InnerText(const DomIndex& dom, DomIndex::Id i);

// Pre-order walk of the subtree of `root` in `dom`. enter(i) returns whether to visit the
// children; leave(i) is called after the children of every node whose enter() returned true.
template <class Enter, class Leave>
void WalkIndex(const DomIndex& dom, DomIndex::Id root, Enter&& enter, Leave&& leave) {
  std::vector<DomIndex::Id> open;
  DomIndex::Id end = dom.End(root);
  for (DomIndex::Id i = root; i < end;) {
    while (!open.empty() && dom.End(open.back()) <= i) {
      leave(open.back());
      open.pop_back();
    }
    if (enter(i)) {
      open.push_back(i);
      ++i;
    } else {
      i = dom.End(i);
    }
  }
  while (!open.empty()) {
    leave(open.back());
    open.pop_back();
  }
}

}  // namespace storyline
