// Thin helpers over the myhtml tree: a per-thread parser, attribute and text access, and a
// non-recursive walk (deeply nested junk HTML must not overflow the stack).
#pragma once

#include <myhtml/api.h>

#include <string>
#include <string_view>

#include "storyline/status.h"

namespace storyline {

// Parses UTF-8 HTML into this thread's tree and returns it. The tree is owned by the thread and
// stays valid until the next ParseHtml() call on the same thread; do not keep it longer.
Result<myhtml_tree_t*> ParseHtml(std::string_view utf8);

inline myhtml_tag_id_t TagOf(myhtml_tree_node_t* node) { return myhtml_node_tag_id(node); }

// The attribute's value ("" when absent). Keys are lower case (the parser folds them).
std::string_view AttrValue(myhtml_tree_node_t* node, std::string_view key);

// Appends text with runs of whitespace (ASCII and U+00A0) collapsed to one space; no space is
// added at the start of `out` or after a space already there.
void AppendCollapsed(std::string& out, std::string_view text);

// Whitespace-collapsed, trimmed text of the node and its descendants (script/style excluded).
std::string InnerText(myhtml_tree_node_t* node);

// Trims ASCII whitespace at both ends.
std::string_view Trim(std::string_view s);

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
