// Thin helpers over the myhtml tree: a per-thread parser, attribute and text access, and a
// non-recursive walk (deeply nested junk HTML must not overflow the stack).
#pragma once

#include <myhtml/api.h>

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "extract/html_prescan.h"
#include "storyline/status.h"

namespace storyline {

// Parses UTF-8 HTML into this thread's tree and returns it. The tree is owned by the thread and
// stays valid until the next ParseHtml() call on the same thread; do not keep it longer.
Result<myhtml_tree_t*> ParseHtml(std::string_view utf8);

inline myhtml_tag_id_t TagOf(myhtml_tree_node_t* node) { return myhtml_node_tag_id(node); }

// An attribute name the extraction may read: one of kAttributesRead (html_prescan.h), checked
// when the program is compiled, because the prescan drops every other attribute before parsing
// (a name missing from the list would silently read as empty). Only string literals convert.
// A name listed as read on one element only carries that element's tag.
class AttrName {
 public:
  consteval AttrName(const char* name) : name_(name) {  // NOLINT: implicit on purpose
    bool listed = false;
    for (const ReadAttribute& read : kAttributesRead) {
      if (read.name != name_) continue;
      listed = true;
      if (read.on.empty()) only_on_ = MyHTML_TAG__UNDEF;
      else if (read.on == "meta") only_on_ = MyHTML_TAG_META;
      else if (read.on == "script") only_on_ = MyHTML_TAG_SCRIPT;
      else if (read.on == "link") only_on_ = MyHTML_TAG_LINK;
      else if (read.on == "abbr") only_on_ = MyHTML_TAG_ABBR;
      else throw "element of kAttributesRead without a tag here: add it";
    }
    if (!listed) throw "attribute not in kAttributesRead (html_prescan.h): add it there";
  }
  constexpr std::string_view view() const { return name_; }
  // The only element it is read on; MyHTML_TAG__UNDEF when read on every element.
  constexpr myhtml_tag_id_t only_on() const { return only_on_; }

 private:
  std::string_view name_;
  myhtml_tag_id_t only_on_ = MyHTML_TAG__UNDEF;
};

// The attribute's value ("" when absent, and on elements other than the one it is read on, as
// the prescan drops it there). Keys are lower case (the parser folds them).
std::string_view AttrValue(myhtml_tree_node_t* node, AttrName key);

// Appends text with runs of whitespace (ASCII and U+00A0) collapsed to one space; no space is
// added at the start of `out` or after a space already there.
void AppendCollapsed(std::string& out, std::string_view text);

// Whitespace-collapsed, trimmed text of the node and its descendants (script/style excluded).
std::string InnerText(myhtml_tree_node_t* node);

// Trims ASCII whitespace at both ends.
std::string_view Trim(std::string_view s);

// The whole document flattened in document order (pre-order) with what the extraction walks
// read of each node, so that they walk an array instead of the library's tree and read each
// element's attributes once. A subtree is the range [i, End(i)). Valid until the tree is
// parsed again; read only, so several readers may share it.
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
  };

  // Rebuilds the index over the document of `tree`.
  void Build(myhtml_tree_t* tree);

  Id size() const { return static_cast<Id>(nodes_.size()); }
  Id body() const { return body_; }  // kNone when the document has no <body>
  myhtml_tree_node_t* NodeOf(Id i) const { return nodes_[i].node; }
  myhtml_tag_id_t Tag(Id i) const { return nodes_[i].tag; }
  Id Parent(Id i) const { return nodes_[i].parent; }  // kNone for the document
  Id End(Id i) const { return nodes_[i].end; }         // one past the last descendant
  bool Has(Id i, Flag f) const { return (nodes_[i].flags & f) != 0; }
  // A text node's text ("" for other nodes).
  std::string_view Text(Id i) const { return nodes_[i].text; }
  // An element's class and id, lower case, joined by a space; "" when both are empty.
  std::string_view Name(Id i) const {
    return std::string_view(names_).substr(nodes_[i].name_begin, nodes_[i].name_size);
  }

 private:
  struct Entry {
    myhtml_tree_node_t* node;
    myhtml_tag_id_t tag;
    Id parent, end;
    uint32_t flags;
    uint32_t name_begin, name_size;
    std::string_view text;
  };
  Id Add(myhtml_tree_node_t* node, Id parent);
  void ReadAttributes(myhtml_tree_node_t* node, Entry& e);

  std::vector<Entry> nodes_;
  std::string names_;
  Id body_ = kNone;
};

// Pre-order walk of the subtree of `root` in `dom`, with the contract of WalkTree below.
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

// Pre-order walk of `root`'s subtree. enter(node) returns whether to visit the children;
// leave(node) is called after the children of every node whose enter() returned true.
template <class Enter, class Leave>
void WalkTree(myhtml_tree_node_t* root, Enter&& enter, Leave&& leave) {
  myhtml_tree_node_t* n = root;
  while (n != nullptr) {
    if (enter(n)) {
      if (myhtml_tree_node_t* child = myhtml_node_child(n)) {
        n = child;
        continue;
      }
      leave(n);
    }
    while (n != root && myhtml_node_next(n) == nullptr) {
      n = myhtml_node_parent(n);
      leave(n);
    }
    if (n == root) break;
    n = myhtml_node_next(n);
  }
}

}  // namespace storyline
