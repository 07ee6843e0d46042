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

// Places in kAttributesRead of the attributes that give flags and names.
enum : uint8_t { kClass = 0, kId = 1, kHiddenAttr = 2, kPubdateAttr = 3, kItempropAttr = 4 };
static_assert(kAttributesRead[kClass].name == "class" && kAttributesRead[kId].name == "id" &&
              kAttributesRead[kHiddenAttr].name == "hidden" && kAttributesRead[kPubdateAttr].name == "pubdate" &&
              kAttributesRead[kItempropAttr].name == "itemprop");

// The only element each of kAttributesRead is read on (MyHTML_TAG__UNDEF: every element).
constexpr std::array<myhtml_tag_id_t, kAttributesRead.size()> kReadOn = [] {
  std::array<myhtml_tag_id_t, kAttributesRead.size()> on{};
  for (std::size_t k = 0; k < kAttributesRead.size(); ++k) on[k] = AttrName::OnTag(kAttributesRead[k].on);
  return on;
}();

}  // namespace

Result<myhtml_tree_t*> ParseHtml(std::string_view utf8) {
  thread_local ThreadParser parser;
  if (parser.tree() == nullptr) return Status::Internal("myhtml initialisation failed");
  if (myhtml_parse(parser.tree(), MyENCODING_UTF_8, utf8.data(), utf8.size()) != MyHTML_STATUS_OK) {
    return Status::InvalidArgument("HTML parse failed");
  }
  return parser.tree();
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

bool StartsWithNoCase(std::string_view s, std::size_t at, std::string_view lower) {
  if (at > s.size() || s.size() - at < lower.size()) return false;
  for (std::size_t k = 0; k < lower.size(); ++k) {
    const char c = s[at + k];
    if ((c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c) != lower[k]) return false;
  }
  return true;
}

namespace {

// Elements that a browser lays out on a line of their own (and <br>): their text does not run
// into the text beside them ("Tax 101<br>A guide" is "Tax 101 A guide").
bool BreaksLine(myhtml_tag_id_t tag) {
  switch (tag) {
    case MyHTML_TAG_BR: case MyHTML_TAG_P: case MyHTML_TAG_DIV: case MyHTML_TAG_LI: case MyHTML_TAG_DD:
    case MyHTML_TAG_DT: case MyHTML_TAG_TD: case MyHTML_TAG_TH: case MyHTML_TAG_TR: case MyHTML_TAG_H1:
    case MyHTML_TAG_H2: case MyHTML_TAG_H3: case MyHTML_TAG_H4: case MyHTML_TAG_H5: case MyHTML_TAG_H6:
    case MyHTML_TAG_UL: case MyHTML_TAG_OL: case MyHTML_TAG_TABLE: case MyHTML_TAG_SECTION:
    case MyHTML_TAG_BLOCKQUOTE: case MyHTML_TAG_PRE: case MyHTML_TAG_HR: case MyHTML_TAG_FIGCAPTION:
      return true;
    default:
      return false;
  }
}

}  // namespace

std::string InnerText(const DomIndex& dom, DomIndex::Id i) {
  std::string out;
  WalkIndex(
      dom, i,
      [&](DomIndex::Id n) {
        myhtml_tag_id_t tag = dom.Tag(n);
        if (tag == MyHTML_TAG__TEXT) {
          AppendCollapsed(out, dom.Text(n));
          return false;
        }
        if (n != i && BreaksLine(tag)) AppendCollapsed(out, " ");
        return tag != MyHTML_TAG_SCRIPT && tag != MyHTML_TAG_STYLE && tag != MyHTML_TAG__COMMENT;
      },
      [&](DomIndex::Id n) {
        if (n != i && BreaksLine(dom.Tag(n))) AppendCollapsed(out, " ");
      });
  return std::string(Trim(out));
}

int ReadAttributeIndex(myhtml_tag_id_t tag, std::string_view key) {
  // Most attributes of a page are none of these: one table read by length and first byte.
  static constexpr std::array<uint64_t, 16> kLengthFirst = [] {
    std::array<uint64_t, 16> t{};
    for (const ReadAttribute& r : kAttributesRead) t[r.name.size()] |= uint64_t{1} << (r.name[0] - 'a');
    return t;
  }();
  if (key.size() >= kLengthFirst.size() || key.empty() || key[0] < 'a' || key[0] > 'z' ||
      (kLengthFirst[key.size()] >> (key[0] - 'a') & 1) == 0) {
    return -1;
  }
  for (std::size_t k = 0; k < kAttributesRead.size(); ++k) {
    if (kAttributesRead[k].name != key) continue;
    return kReadOn[k] == MyHTML_TAG__UNDEF || kReadOn[k] == tag ? static_cast<int>(k) : -1;
  }
  return -1;
}

void DomIndex::Clear() {
  nodes_.clear();
  attrs_.clear();
  names_.clear();
  body_ = kNone;
  pending_ = kNone;
}

void DomIndex::AddAttribute(Id element, uint8_t read_index, std::string_view value) {
  Entry& e = nodes_[element];
  for (uint32_t k = e.attr_begin; k < e.attr_begin + e.attr_count; ++k) {
    if (attrs_[k].read_index == read_index) return;  // the first of each name counts
  }
  attrs_.push_back({read_index, value});
  ++e.attr_count;
  pending_ = element;
}

std::string_view DomIndex::Attr(Id i, AttrName name) const {
  const Entry& e = nodes_[i];
  for (uint32_t k = e.attr_begin; k < e.attr_begin + e.attr_count; ++k) {
    if (attrs_[k].read_index == name.index()) return attrs_[k].value;
  }
  return {};
}

// Flags and names from the attributes of the element just added.
void DomIndex::FinishAttributes() {
  Entry& e = nodes_[pending_];
  pending_ = kNone;
  std::string_view cls, id;
  for (uint32_t k = e.attr_begin; k < e.attr_begin + e.attr_count; ++k) {
    const std::string_view v = attrs_[k].value;
    switch (attrs_[k].read_index) {
      case kClass: cls = v; break;
      case kId: id = v; break;
      case kHiddenAttr: e.flags |= kHidden; break;
      case kPubdateAttr: e.flags |= kPubdate; break;
      case kItempropAttr:
        if (!v.empty()) e.flags |= kItemprop;
        if (v == "articleBody") e.flags |= kItempropArticleBody;
        if (EqualsIgnoringAsciiCase(v, "datepublished")) e.flags |= kItempropDatePublished;
        if (EqualsIgnoringAsciiCase(v, "datemodified")) e.flags |= kItempropDateModified;
        break;
      default: break;
    }
  }
  if (cls.empty() && id.empty()) return;
  e.name_begin = static_cast<uint32_t>(names_.size());
  names_.append(cls).push_back(' ');
  names_.append(id);
  for (std::size_t i = e.name_begin; i < names_.size(); ++i) names_[i] = AsciiLower(names_[i]);
  e.name_size = static_cast<uint32_t>(names_.size() - e.name_begin);
}

namespace {

// Where the raw text of a <script> or <style> that opens at `k` ends (the '<' of its end tag);
// npos when it never does. `name` is the element's name.
std::size_t RawTextEnd(std::string_view source, std::size_t k, std::string_view name) {
  for (std::size_t e = source.find("</", k + 1); e != std::string_view::npos; e = source.find("</", e + 2)) {
    if (StartsWithNoCase(source, e + 2, name)) return e;
  }
  return std::string_view::npos;
}

// Whether the <a> whose start tag begins at `start` in `source` ends by an </a> of its own, that
// is before another <a> starts (which would close it) and before the end; comments and the raw
// text of scripts and styles (a script that writes "</a>") are skipped. What the fast parser's
// tree builder knows from its tokens (html_tree.h, Node::closed).
bool ClosedByEndTag(std::string_view source, std::size_t start) {
  auto name_ends = [&](std::size_t k) {
    return k >= source.size() || source[k] == '>' || source[k] == '/' || source[k] == ' ' || source[k] == '\t' ||
           source[k] == '\n' || source[k] == '\r' || source[k] == '\f';
  };
  for (std::size_t k = source.find('<', start + 1); k != std::string_view::npos; k = source.find('<', k + 1)) {
    if (source.compare(k, 4, "<!--") == 0) {
      k = source.find("-->", k + 4);
      if (k == std::string_view::npos) return false;
      continue;
    }
    for (std::string_view raw : {std::string_view("script"), std::string_view("style")}) {
      if (StartsWithNoCase(source, k + 1, raw) && name_ends(k + 1 + raw.size())) {
        k = RawTextEnd(source, k, raw);
        if (k == std::string_view::npos) return false;
        k += 1;  // on the end tag's '/': the loop goes on past it
        break;
      }
    }
    const bool end = k + 1 < source.size() && source[k + 1] == '/';
    const std::size_t name = k + 1 + (end ? 1 : 0);
    if (name < source.size() && (source[name] | 0x20) == 'a' && name_ends(name + 1)) return end;
  }
  return false;
}

}  // namespace

void DomIndex::Build(myhtml_tree_t* tree) {
  Clear();
  link_starts_.clear();
  source_ = {};
  if (mycore_incoming_buffer_t* in = myhtml_tree_incoming_buffer_first(tree);
      in != nullptr && mycore_incoming_buffer_next(in) == nullptr && mycore_incoming_buffer_data(in) != nullptr) {
    source_ = std::string_view(mycore_incoming_buffer_data(in), mycore_incoming_buffer_size(in));
  }
  myhtml_tree_node_t* root = myhtml_tree_get_document(tree);
  if (root == nullptr) return;
  myhtml_tree_node_t* body = myhtml_tree_get_node_body(tree);
  // The myhtml nodes of `cur` and its ancestors.
  std::vector<myhtml_tree_node_t*> path = {root};
  AddMyhtmlNode(root, kNone);
  Id cur = 0;
  for (;;) {
    if (path.back() == body) body_ = cur;
    if (myhtml_tree_node_t* child = myhtml_node_child(path.back())) {
      AddMyhtmlNode(child, cur);
      cur = size() - 1;
      path.push_back(child);
      continue;
    }
    // A leaf: close it and every ancestor whose last child it ends, then go to the next sibling.
    for (;;) {
      Close(cur);
      if (cur == 0) return;
      myhtml_tree_node_t* done = path.back();
      path.pop_back();
      if (myhtml_tree_node_t* next = myhtml_node_next(done)) {
        AddMyhtmlNode(next, nodes_[cur].parent);
        cur = size() - 1;
        path.push_back(next);
        break;
      }
      cur = nodes_[cur].parent;
    }
  }
}

void DomIndex::AddMyhtmlNode(myhtml_tree_node_t* node, Id parent) {
  const myhtml_tag_id_t tag = myhtml_node_tag_id(node);
  if (tag == MyHTML_TAG__TEXT) {
    std::size_t length = 0;
    const char* text = myhtml_node_text(node, &length);
    Add(tag, parent, text == nullptr ? std::string_view() : std::string_view(text, length));
    return;
  }
  const Id i = Add(tag, parent);
  if (tag == MyHTML_TAG__COMMENT) return;
  if (tag == MyHTML_TAG_A && !source_.empty()) {
    const std::size_t start = myhtml_node_element_position(node).begin;
    auto [at, first] = link_starts_.try_emplace(start, true);
    if (!first) {
      if (at->second) at->second = ClosedByEndTag(source_, start);  // its first copy: look once
      if (!at->second) MarkCopiedLink(i);
    }
  }
  for (myhtml_tree_attr_t* a = myhtml_node_attribute_first(node); a != nullptr; a = myhtml_attribute_next(a)) {
    std::size_t key_size = 0, value_size = 0;
    const char* key = myhtml_attribute_key(a, &key_size);
    if (key == nullptr) continue;
    const int k = ReadAttributeIndex(tag, std::string_view(key, key_size));
    if (k < 0) continue;
    const char* value = myhtml_attribute_value(a, &value_size);
    AddAttribute(i, static_cast<uint8_t>(k), value == nullptr ? std::string_view() : std::string_view(value, value_size));
  }
}

}  // namespace storyline
