// For checking html_prescan.h: a dump of everything in a parsed tree that extraction can read —
// every node's tag and namespace in tree order, its attributes that are in kAttributesRead for its
// element (all of them on elements that keep all), and every text node's text except those DropUnreadHtml
// may drop (inside <style>) or empty (inside a <script> whose type does not name JSON and that
// holds no kScriptKeysRead: only that it has a text). Comments appear as nodes without their text. Parsing a page and its prescanned form
// must give equal dumps. Used by the unit tests, the fuzz target and storyline_extract_batch.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>

#include "extract/html_dom.h"
#include "extract/html_prescan.h"

namespace storyline {

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

// myhtml's value of attribute `key` on `node` ("" when absent).
inline std::string_view MyhtmlAttr(myhtml_tree_node_t* node, std::string_view key) {
  myhtml_tree_attr_t* attr = myhtml_attribute_by_key(node, key.data(), key.size());
  std::size_t length = 0;
  const char* value = attr == nullptr ? nullptr : myhtml_attribute_value(attr, &length);
  return value == nullptr ? std::string_view() : std::string_view(value, length);
}

inline std::string DumpTreeForPrescanCheck(myhtml_tree_t* tree) {
  std::string out;
  auto lower_contains_json = [](std::string_view v) {
    for (std::size_t i = 0; i + 4 <= v.size(); ++i) {
      std::string w(v.substr(i, 4));
      for (char& c : w) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
      if (w == "json") return true;
    }
    return false;
  };
  myhtml_tree_node_t* root = myhtml_tree_get_document(tree);
  if (root == nullptr) return out;
  WalkTree(
      root,
      [&](myhtml_tree_node_t* n) {
        myhtml_tag_id_t tag = myhtml_node_tag_id(n);
        if (tag == MyHTML_TAG__TEXT) {
          myhtml_tree_node_t* parent = myhtml_node_parent(n);
          myhtml_tag_id_t ptag = parent == nullptr ? myhtml_tag_id_t{MyHTML_TAG__UNDEF} : myhtml_node_tag_id(parent);
          const bool html = myhtml_node_namespace(parent) == MyHTML_NAMESPACE_HTML;
          std::size_t length = 0;
          const char* data = myhtml_node_text(n, &length);
          const std::string_view text = data == nullptr ? std::string_view() : std::string_view(data, length);
          if (html && ptag == MyHTML_TAG_STYLE) return false;  // dropped
          if (html && ptag == MyHTML_TAG_SCRIPT && !lower_contains_json(MyhtmlAttr(parent, "type")) &&
              std::none_of(kScriptKeysRead.begin(), kScriptKeysRead.end(),
                           [&](std::string_view key) { return text.find(key) != std::string_view::npos; })) {
            out += "[script]";  // emptied to one space: it is there, what it says is not read
            return false;
          }
          out += "[" + std::string(text) + "]";
          return false;
        }
        if (tag == MyHTML_TAG__COMMENT) {
          out += "<!>";
          return false;
        }
        std::size_t name_size = 0;
        const char* name = myhtml_tag_name_by_id(tree, tag, &name_size);
        // Ids past the static ones are given to other names as the tokenizer meets them, end
        // tags inside dropped raw text included; only their names are the same tree to read.
        out += "<" + (tag < MyHTML_TAG_LAST_ENTRY || name == nullptr ? std::to_string(tag) : std::string(name, name_size)) +
               ":" + std::to_string(myhtml_node_namespace(n));
        const bool keeps_all = name != nullptr && PrescanKeepsAllAttributes(std::string_view(name, name_size));
        for (myhtml_tree_attr_t* a = myhtml_node_attribute_first(n); a != nullptr; a = myhtml_attribute_next(a)) {
          std::size_t ks = 0, vs = 0;
          const char* k = myhtml_attribute_key(a, &ks);
          const char* v = myhtml_attribute_value(a, &vs);
          const std::string_view key = k == nullptr ? std::string_view() : std::string_view(k, ks);
          if (!keeps_all && (name == nullptr || !IsReadAttributeOf(std::string_view(name, name_size), key))) continue;
          out += " " + std::string(k == nullptr ? "" : std::string_view(k, ks)) + "=" +
                 std::string(v == nullptr ? "" : std::string_view(v, vs));
        }
        out += ">";
        return true;
      },
      [&](myhtml_tree_node_t*) { out += ")"; });
  return out;
}

}  // namespace storyline
