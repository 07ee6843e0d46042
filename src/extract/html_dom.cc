#include "extract/html_dom.h"

#include <array>

#include "extract/html_prescan.h"

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

// Bytes that may start white space for AppendCollapsed: ASCII spaces and the lead byte of U+00A0.
constexpr std::array<bool, 256> kSpaceStart = [] {
  std::array<bool, 256> t{};
  for (unsigned char c : {' ', '\t', '\n', '\r', '\f', '\v'}) t[c] = true;
  t[0xc2] = true;
  return t;
}();

char AsciiLower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

bool EqualsIgnoringAsciiCase(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (AsciiLower(a[i]) != b[i]) return false;
  }
  return true;
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

std::string_view AttrValue(myhtml_tree_node_t* node, AttrName name) {
  if (name.only_on() != MyHTML_TAG__UNDEF && TagOf(node) != name.only_on()) return {};
  const std::string_view key = name.view();
  myhtml_tree_attr_t* attr = myhtml_attribute_by_key(node, key.data(), key.size());
  if (attr == nullptr) return {};
  std::size_t length = 0;
  const char* value = myhtml_attribute_value(attr, &length);
  return value == nullptr ? std::string_view() : std::string_view(value, length);
}

void AppendCollapsed(std::string& out, std::string_view text) {
  const char* p = text.data();
  const char* end = p + text.size();
  auto space_start = [](char c) { return kSpaceStart[static_cast<unsigned char>(c)]; };
  while (p < end) {
    const char* run = p;
    for (;;) {
      while (p < end && !space_start(*p)) ++p;
      if (p == end) break;
      // A lead byte 0xc2 not followed by 0xa0 is part of the run (another character), and so is
      // a lone ASCII space between two bytes of the run: it would come out as itself. (The run
      // is then copied once, not once per word.)
      if (static_cast<unsigned char>(*p) == 0xc2 ? !(p + 1 < end && static_cast<unsigned char>(p[1]) == 0xa0)
                                                  : *p == ' ' && p > run && p + 1 < end && !space_start(p[1])) {
        ++p;
        continue;
      }
      break;
    }
    if (p > run) out.append(run, p);
    if (p == end) break;
    // `p` is at white space: the whole run of it becomes one space (a page's white space comes
    // in long runs of indentation, read at a few instructions a byte here).
    do {
      if (static_cast<unsigned char>(*p) != 0xc2) ++p;
      else if (p + 1 < end && static_cast<unsigned char>(p[1]) == 0xa0) p += 2;
      else break;
    } while (p < end && space_start(*p));
    if (!out.empty() && out.back() != ' ') out.push_back(' ');
  }
}

std::string_view Trim(std::string_view s) {
  // ' ' and \t \n \v \f \r (9 to 13).
  auto is_space = [](char c) { return c == ' ' || static_cast<unsigned char>(c - '\t') < 5; };
  std::size_t begin = 0, end = s.size();
  while (begin < end && is_space(s[begin])) ++begin;
  while (end > begin && is_space(s[end - 1])) --end;
  return s.substr(begin, end - begin);
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

void DomIndex::Build(myhtml_tree_t* tree) {
  nodes_.clear();
  names_.clear();
  body_ = kNone;
  myhtml_tree_node_t* root = myhtml_tree_get_document(tree);
  if (root == nullptr) return;
  myhtml_tree_node_t* body = myhtml_tree_get_node_body(tree);
  Id cur = Add(root, kNone);
  for (;;) {
    if (nodes_[cur].node == body) body_ = cur;
    if (myhtml_tree_node_t* child = myhtml_node_child(nodes_[cur].node)) {
      cur = Add(child, cur);
      continue;
    }
    // A leaf: close it and every ancestor whose last child it ends, then go to the next sibling.
    for (;;) {
      nodes_[cur].end = size();
      if (cur == 0) return;
      if (myhtml_tree_node_t* next = myhtml_node_next(nodes_[cur].node)) {
        cur = Add(next, nodes_[cur].parent);
        break;
      }
      cur = nodes_[cur].parent;
    }
  }
}

DomIndex::Id DomIndex::Add(myhtml_tree_node_t* node, Id parent) {
  Entry e{node, TagOf(node), parent, kNone, 0, 0, 0, {}};
  if (e.tag == MyHTML_TAG__TEXT) {
    std::size_t length = 0;
    const char* text = myhtml_node_text(node, &length);
    if (text != nullptr) e.text = std::string_view(text, length);
  } else if (e.tag != MyHTML_TAG__COMMENT) {
    ReadAttributes(node, e);
  }
  nodes_.push_back(e);
  return size() - 1;
}

// One pass over the attributes; the first of each name counts, as with myhtml_attribute_by_key.
void DomIndex::ReadAttributes(myhtml_tree_node_t* node, Entry& e) {
  std::string_view cls, id;
  bool seen_class = false, seen_id = false, seen_itemprop = false;
  for (myhtml_tree_attr_t* a = myhtml_node_attribute_first(node); a != nullptr; a = myhtml_attribute_next(a)) {
    std::size_t key_size = 0, value_size = 0;
    const char* key_data = myhtml_attribute_key(a, &key_size);
    if (key_data == nullptr) continue;
    std::string_view key(key_data, key_size);
    auto value = [&] {
      const char* v = myhtml_attribute_value(a, &value_size);
      return v == nullptr ? std::string_view() : std::string_view(v, value_size);
    };
    if (key == "class") {
      if (!seen_class) cls = value(), seen_class = true;
    } else if (key == "id") {
      if (!seen_id) id = value(), seen_id = true;
    } else if (key == "hidden") {
      e.flags |= kHidden;
    } else if (key == "pubdate") {
      e.flags |= kPubdate;
    } else if (key == "itemprop" && !seen_itemprop) {
      seen_itemprop = true;
      std::string_view v = value();
      if (!v.empty()) e.flags |= kItemprop;
      if (v == "articleBody") e.flags |= kItempropArticleBody;
      if (EqualsIgnoringAsciiCase(v, "datepublished")) e.flags |= kItempropDatePublished;
      if (EqualsIgnoringAsciiCase(v, "datemodified")) e.flags |= kItempropDateModified;
    }
  }
  if (cls.empty() && id.empty()) return;
  e.name_begin = static_cast<uint32_t>(names_.size());
  names_.append(cls).push_back(' ');
  names_.append(id);
  for (std::size_t i = e.name_begin; i < names_.size(); ++i) names_[i] = AsciiLower(names_[i]);
  e.name_size = static_cast<uint32_t>(names_.size() - e.name_begin);
}

}  // namespace storyline
