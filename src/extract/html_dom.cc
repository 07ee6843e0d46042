#include "extract/html_dom.h"

namespace storyline {
namespace {

// One myhtml instance and tree per thread: myhtml_parse() re-initialises the tree, so reuse is
// cheap, and nothing is shared between threads.
class ThreadParser {
 public:
  ThreadParser() {
    myhtml_ = myhtml_create();
    if (myhtml_ == nullptr || myhtml_init(myhtml_, MyHTML_OPTIONS_PARSE_MODE_SINGLE, 1, 0) != MyHTML_STATUS_OK) return;
    tree_ = myhtml_tree_create();
    if (tree_ != nullptr && myhtml_tree_init(tree_, myhtml_) != MyHTML_STATUS_OK) {
      myhtml_tree_destroy(tree_);
      tree_ = nullptr;
    }
  }
  ~ThreadParser() {
    if (tree_ != nullptr) myhtml_tree_destroy(tree_);
    if (myhtml_ != nullptr) myhtml_destroy(myhtml_);
  }
  ThreadParser(const ThreadParser&) = delete;
  ThreadParser& operator=(const ThreadParser&) = delete;
  myhtml_tree_t* tree() { return tree_; }

 private:
  myhtml_t* myhtml_ = nullptr;
  myhtml_tree_t* tree_ = nullptr;
};

bool IsSpaceAt(std::string_view text, std::size_t i, std::size_t* width) {
  unsigned char c = static_cast<unsigned char>(text[i]);
  *width = 1;
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') return true;
  if (c == 0xc2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xa0) {
    *width = 2;
    return true;
  }
  return false;
}

}  // namespace

Result<myhtml_tree_t*> ParseHtml(std::string_view utf8) {
  thread_local ThreadParser parser;
  if (parser.tree() == nullptr) return Status::Internal("myhtml initialisation failed");
  if (myhtml_parse(parser.tree(), MyENCODING_UTF_8, utf8.data(), utf8.size()) != MyHTML_STATUS_OK) {
    return Status::InvalidArgument("HTML parse failed");
  }
  return parser.tree();
}

std::string_view AttrValue(myhtml_tree_node_t* node, std::string_view key) {
  myhtml_tree_attr_t* attr = myhtml_attribute_by_key(node, key.data(), key.size());
  if (attr == nullptr) return {};
  std::size_t length = 0;
  const char* value = myhtml_attribute_value(attr, &length);
  return value == nullptr ? std::string_view() : std::string_view(value, length);
}

void AppendCollapsed(std::string& out, std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    std::size_t width = 1;
    if (IsSpaceAt(text, i, &width)) {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.append(text.substr(i, width));
    }
    i += width;
  }
}

std::string_view Trim(std::string_view s) {
  auto is_space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; };
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

std::string InnerText(myhtml_tree_node_t* node) {
  std::string out;
  WalkTree(
      node,
      [&](myhtml_tree_node_t* n) {
        myhtml_tag_id_t tag = TagOf(n);
        if (tag == MyHTML_TAG__TEXT) {
          std::size_t length = 0;
          const char* text = myhtml_node_text(n, &length);
          if (text != nullptr) AppendCollapsed(out, std::string_view(text, length));
          return false;
        }
        return tag != MyHTML_TAG_SCRIPT && tag != MyHTML_TAG_STYLE && tag != MyHTML_TAG__COMMENT;
      },
      [](myhtml_tree_node_t*) {});
  return std::string(Trim(out));
}

}  // namespace storyline
