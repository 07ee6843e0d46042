#include "extract/html_tree.h"

#include <algorithm>
#include <array>

#include "extract/html_parse.h"

namespace storyline {
namespace {

struct KnownTag {
  std::string_view name;
  myhtml_tag_id_t id;
};
constexpr KnownTag kKnownTags[] = {
#include "extract/html_tag_table.inc"
};

// What the stack of open elements needs to know of an HTML element's tag, one bit each (the
// other sets the rules test are in html_tag_sets.h).
enum TagProperty : uint32_t {
  kSpecialTag = 1u << 0,      // the standard's "special" category
  kImpliedEnd = 1u << 4,      // closed by "generate implied end tags"
  kScopeBoundary = 1u << 7,   // ends the default scope
  kMarkerTag = 1u << 8,       // puts a marker in the formatting list
  kTableAllowed = 1u << 10,   // inserted in a table as it is (not fostered)
};

constexpr std::array<uint32_t, MyHTML_TAG_LAST_ENTRY> kProperties = [] {
  std::array<uint32_t, MyHTML_TAG_LAST_ENTRY> p{};
  auto set = [&](std::initializer_list<myhtml_tag_id_t> tags, uint32_t bits) {
    for (myhtml_tag_id_t t : tags) p[t] |= bits;
  };
  set({MyHTML_TAG_ADDRESS, MyHTML_TAG_APPLET, MyHTML_TAG_AREA, MyHTML_TAG_ARTICLE, MyHTML_TAG_ASIDE, MyHTML_TAG_BASE,
       MyHTML_TAG_BASEFONT, MyHTML_TAG_BGSOUND, MyHTML_TAG_BLOCKQUOTE, MyHTML_TAG_BODY, MyHTML_TAG_BR,
       MyHTML_TAG_BUTTON, MyHTML_TAG_CAPTION, MyHTML_TAG_CENTER, MyHTML_TAG_COL, MyHTML_TAG_COLGROUP, MyHTML_TAG_DD,
       MyHTML_TAG_DETAILS, MyHTML_TAG_DIR, MyHTML_TAG_DIV, MyHTML_TAG_DL, MyHTML_TAG_DT, MyHTML_TAG_EMBED,
       MyHTML_TAG_FIELDSET, MyHTML_TAG_FIGCAPTION, MyHTML_TAG_FIGURE, MyHTML_TAG_FOOTER, MyHTML_TAG_FORM,
       MyHTML_TAG_FRAME, MyHTML_TAG_FRAMESET, MyHTML_TAG_H1, MyHTML_TAG_H2, MyHTML_TAG_H3, MyHTML_TAG_H4,
       MyHTML_TAG_H5, MyHTML_TAG_H6, MyHTML_TAG_HEAD, MyHTML_TAG_HEADER, MyHTML_TAG_HGROUP, MyHTML_TAG_HR,
       MyHTML_TAG_HTML, MyHTML_TAG_IFRAME, MyHTML_TAG_IMG, MyHTML_TAG_INPUT, MyHTML_TAG_KEYGEN, MyHTML_TAG_LI,
       MyHTML_TAG_LINK, MyHTML_TAG_LISTING, MyHTML_TAG_MAIN, MyHTML_TAG_MARQUEE, MyHTML_TAG_MENU, MyHTML_TAG_META,
       MyHTML_TAG_NAV, MyHTML_TAG_NOEMBED, MyHTML_TAG_NOFRAMES, MyHTML_TAG_NOSCRIPT, MyHTML_TAG_OBJECT,
       MyHTML_TAG_OL, MyHTML_TAG_P, MyHTML_TAG_PARAM, MyHTML_TAG_PLAINTEXT, MyHTML_TAG_PRE, MyHTML_TAG_SCRIPT,
       MyHTML_TAG_SECTION, MyHTML_TAG_SELECT, MyHTML_TAG_SOURCE, MyHTML_TAG_STYLE, MyHTML_TAG_SUMMARY,
       MyHTML_TAG_TABLE, MyHTML_TAG_TBODY, MyHTML_TAG_TD, MyHTML_TAG_TEMPLATE, MyHTML_TAG_TEXTAREA,
       MyHTML_TAG_TFOOT, MyHTML_TAG_TH, MyHTML_TAG_THEAD, MyHTML_TAG_TITLE, MyHTML_TAG_TR, MyHTML_TAG_TRACK,
       MyHTML_TAG_UL, MyHTML_TAG_WBR, MyHTML_TAG_XMP, MyHTML_TAG_DIALOG},
      kSpecialTag);
  set({MyHTML_TAG_DD, MyHTML_TAG_DT, MyHTML_TAG_LI, MyHTML_TAG_OPTGROUP, MyHTML_TAG_OPTION, MyHTML_TAG_P,
       MyHTML_TAG_RB, MyHTML_TAG_RP, MyHTML_TAG_RT, MyHTML_TAG_RTC},
      kImpliedEnd);
  set({MyHTML_TAG_APPLET, MyHTML_TAG_CAPTION, MyHTML_TAG_HTML, MyHTML_TAG_TABLE, MyHTML_TAG_TD, MyHTML_TAG_TH,
       MyHTML_TAG_MARQUEE, MyHTML_TAG_OBJECT, MyHTML_TAG_TEMPLATE},
      kScopeBoundary);
  set({MyHTML_TAG_APPLET, MyHTML_TAG_MARQUEE, MyHTML_TAG_OBJECT, MyHTML_TAG_TD, MyHTML_TAG_TH, MyHTML_TAG_CAPTION,
       MyHTML_TAG_TEMPLATE},
      kMarkerTag);
  set({MyHTML_TAG_SCRIPT, MyHTML_TAG_STYLE, MyHTML_TAG_TEMPLATE, MyHTML_TAG_FORM, MyHTML_TAG_CAPTION,
       MyHTML_TAG_COLGROUP, MyHTML_TAG_COL, MyHTML_TAG_TBODY, MyHTML_TAG_THEAD, MyHTML_TAG_TFOOT, MyHTML_TAG_TR,
       MyHTML_TAG_TD, MyHTML_TAG_TH, MyHTML_TAG_TABLE},
      kTableAllowed);
  return p;
}();

bool Has(myhtml_tag_id_t tag, uint32_t property) {
  return tag < kProperties.size() && (kProperties[tag] & property) != 0;
}

bool IsTableContext(myhtml_tag_id_t tag) {
  return tag == MyHTML_TAG_TABLE || tag == MyHTML_TAG_TBODY || tag == MyHTML_TAG_THEAD ||
         tag == MyHTML_TAG_TFOOT || tag == MyHTML_TAG_TR;
}

// Custom names beyond this many in one document share the last id.
constexpr std::size_t kMaxCustomNames = 4096;

}  // namespace

// An open-addressing table of the known names, built once: a tag is looked up with one hash
// and (almost always) one comparison.
class KnownTagTable {
 public:
  KnownTagTable() {
    slots_.fill(-1);
    for (std::size_t k = 0; k < std::size(kKnownTags); ++k) {
      std::size_t h = Hash(kKnownTags[k].name) & kMask;
      while (slots_[h] >= 0) h = (h + 1) & kMask;
      slots_[h] = static_cast<int16_t>(k);
    }
  }
  // MyHTML_TAG__UNDEF when unknown.
  myhtml_tag_id_t Find(std::string_view name) const {
    for (std::size_t h = Hash(name) & kMask;; h = (h + 1) & kMask) {
      const int16_t k = slots_[h];
      if (k < 0) return MyHTML_TAG__UNDEF;
      const std::string_view known = kKnownTags[k].name;
      if (known.size() == name.size() && std::equal(known.begin(), known.end(), name.begin())) return kKnownTags[k].id;
    }
  }

 private:
  static constexpr std::size_t kMask = 1023;
  static std::size_t Hash(std::string_view s) {
    std::size_t h = s.size() * 0x9E3779B1u;
    for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 0x01000193u;
    return h ^ (h >> 13);
  }
  std::array<int16_t, kMask + 1> slots_;
};

std::string_view KnownTagName(myhtml_tag_id_t tag) {
  for (const KnownTag& t : kKnownTags) {
    if (t.id == tag) return t.name;
  }
  return {};
}

myhtml_tag_id_t TagNames::Id(std::string_view name) {
  static const KnownTagTable known;
  if (myhtml_tag_id_t id = known.Find(name); id != MyHTML_TAG__UNDEF) return id;
  for (std::size_t k = 0; k < custom_.size(); ++k) {
    if (custom_[k] == name) return static_cast<myhtml_tag_id_t>(MyHTML_TAG_LAST_ENTRY + k);
  }
  if (custom_.size() < kMaxCustomNames) custom_.emplace_back(name);
  return static_cast<myhtml_tag_id_t>(MyHTML_TAG_LAST_ENTRY + custom_.size() - 1);
}

void TreeBuilder::Reset(std::string_view input, const std::string* arena) {
  input_ = input;
  arena_ = arena;
  nodes_.clear();
  pieces_.clear();
  attrs_.clear();
  formatting_.clear();
  templates_ = 0;
  // Finish() leaves every entry at -1 again (it pops every open element); a parse that did not
  // finish (an exception) leaves elements open, and the table is filled again.
  if (!open_.empty() || top_of_tag_.size() != MyHTML_TAG_LAST_ENTRY + kMaxCustomNames) {
    top_of_tag_.assign(MyHTML_TAG_LAST_ENTRY + kMaxCustomNames, -1);
  }
  open_.clear();
  html_ = head_ = body_ = form_ = kNil;
  mode_ = kBeforeHtml;
  quirks_ = true;
  skip_newline_ = false;
  after_body_ = 0;
  clones_left_ = static_cast<uint32_t>(1000 + input.size() / 16);
  document_ = NewNode(MyHTML_TAG__UNDEF, {});
}

std::string_view TreeBuilder::Bytes(Slice s) const {
  return s.arena ? std::string_view(arena_->data() + s.begin, s.size) : input_.substr(s.begin, s.size);
}

uint32_t TreeBuilder::NewNode(myhtml_tag_id_t tag, std::span<const TokenAttribute> attributes) {
  Node n{};
  n.tag = tag;
  n.parent = n.first_child = n.last_child = n.next = n.prev = n.first_piece = n.last_piece = kNil;
  n.attr_begin = static_cast<uint32_t>(attrs_.size());
  n.attr_count = static_cast<uint32_t>(attributes.size());
  attrs_.insert(attrs_.end(), attributes.begin(), attributes.end());
  if (tag == MyHTML_TAG_TEMPLATE && !attributes.empty()) ++templates_;
  nodes_.push_back(n);
  return static_cast<uint32_t>(nodes_.size() - 1);
}

void TreeBuilder::AppendChild(uint32_t parent, uint32_t child) {
  Node& p = nodes_[parent];
  Node& c = nodes_[child];
  c.parent = parent;
  c.prev = p.last_child;
  if (p.last_child != kNil) nodes_[p.last_child].next = child;
  else p.first_child = child;
  p.last_child = child;
}

void TreeBuilder::InsertBefore(uint32_t sibling, uint32_t child) {
  Node& s = nodes_[sibling];
  Node& c = nodes_[child];
  c.parent = s.parent;
  c.next = sibling;
  c.prev = s.prev;
  if (s.prev != kNil) nodes_[s.prev].next = child;
  else nodes_[s.parent].first_child = child;
  s.prev = child;
}

bool TreeBuilder::FosterParenting() const {
  return !open_.empty() && IsTableContext(Current()) && !nodes_[CurrentNode()].foreign;
}

void TreeBuilder::InsertNode(uint32_t node) {
  const myhtml_tag_id_t tag = nodes_[node].tag;
  const bool fostered = FosterParenting() && (tag == MyHTML_TAG__TEXT || !Has(tag, kTableAllowed)) &&
                        tag != MyHTML_TAG__COMMENT && !(tag == MyHTML_TAG_INPUT && hidden_input_);
  const int32_t table = top_of_tag_[MyHTML_TAG_TABLE];
  if (!fostered || table < 0) return AppendChild(CurrentNode(), node);
  const uint32_t table_node = open_[table].node;
  if (nodes_[table_node].parent != kNil) return InsertBefore(table_node, node);
  AppendChild(table > 0 ? open_[table - 1].node : document_, node);
}

uint32_t TreeBuilder::InsertElement(myhtml_tag_id_t tag, std::span<const TokenAttribute> attributes, bool push) {
  const uint32_t n = NewNode(tag, attributes);
  InsertNode(n);
  if (push) Push(n);
  return n;
}

uint32_t TreeBuilder::BoundaryMask(uint32_t node) const {
  static const std::array<uint32_t, MyHTML_TAG_LAST_ENTRY + 1> kBoundaryMasks = [] {
    std::array<uint32_t, MyHTML_TAG_LAST_ENTRY + 1> masks{};
    for (myhtml_tag_id_t t = 0; t < masks.size(); ++t) {
      for (int s = 0; s < kScopes; ++s) masks[t] |= HtmlBoundary(t, static_cast<Scope>(s)) ? 1u << s : 0;
    }
    return masks;
  }();
  const Node& n = nodes_[node];
  if (!n.foreign) return kBoundaryMasks[std::min<myhtml_tag_id_t>(n.tag, MyHTML_TAG_LAST_ENTRY)];
  uint32_t mask = 0;
  for (int s = 0; s < kScopes; ++s) mask |= IsBoundary(node, static_cast<Scope>(s)) ? 1u << s : 0;
  return mask;
}

bool TreeBuilder::IsBoundary(uint32_t node, Scope scope) const {
  const Node& n = nodes_[node];
  if (n.foreign) return n.integration && scope != kTable && scope != kHtml;
  return HtmlBoundary(n.tag, scope);
}

bool TreeBuilder::HtmlBoundary(myhtml_tag_id_t t, Scope scope) {
  switch (scope) {
    case kDefault: return Has(t, kScopeBoundary);
    case kButton: return Has(t, kScopeBoundary) || t == MyHTML_TAG_BUTTON;
    case kListItem: return Has(t, kScopeBoundary) || t == MyHTML_TAG_OL || t == MyHTML_TAG_UL;
    case kTable: return t == MyHTML_TAG_HTML || t == MyHTML_TAG_TABLE || t == MyHTML_TAG_TEMPLATE;
    case kSpecial: return Has(t, kSpecialTag);
    case kSpecialButAddressDivP:
      return Has(t, kSpecialTag) && t != MyHTML_TAG_ADDRESS && t != MyHTML_TAG_DIV && t != MyHTML_TAG_P;
    case kHtml: return true;
    default: return false;
  }
}

void TreeBuilder::Push(uint32_t node) {
  if (open_.size() >= kMaxParseDepth) return;  // deeper elements stay leaves: their content follows them
  const myhtml_tag_id_t tag = std::min<myhtml_tag_id_t>(nodes_[node].tag, static_cast<myhtml_tag_id_t>(top_of_tag_.size() - 1));
  Open o{node, tag, top_of_tag_[tag], {}};
  const auto index = static_cast<int32_t>(open_.size());
  const uint32_t mask = BoundaryMask(node);
  for (int s = 0; s < kScopes; ++s) {
    o.floor[s] = (mask >> s & 1) != 0 ? index : open_.empty() ? -1 : open_.back().floor[s];
  }
  top_of_tag_[tag] = index;
  nodes_[node].open = true;
  open_.push_back(o);
}

void TreeBuilder::Pop() {
  if (open_.size() <= 1) return;  // <html> stays
  const Open o = open_.back();
  open_.pop_back();
  top_of_tag_[o.tag] = o.below_same_tag;
  nodes_[o.node].open = false;
  if (!nodes_[o.node].foreign && Has(o.tag, kMarkerTag)) ClearFormattingToMarker();
}

void TreeBuilder::PopUntil(myhtml_tag_id_t tag) {
  if (tag >= top_of_tag_.size() || top_of_tag_[tag] <= 0) return;
  while (open_.size() > 1) {
    const bool hit = Current() == tag;
    Pop();
    if (hit) return;
  }
}

bool TreeBuilder::InScope(myhtml_tag_id_t tag, Scope scope) const {
  if (open_.empty() || tag >= top_of_tag_.size()) return false;
  const int32_t at = top_of_tag_[tag];
  return at >= 0 && at >= open_.back().floor[scope];
}

void TreeBuilder::GenerateImpliedEnds(myhtml_tag_id_t except) {
  while (open_.size() > 1 && Current() != except && Has(Current(), kImpliedEnd) && !nodes_[CurrentNode()].foreign) {
    Pop();
  }
}

void TreeBuilder::ClosePInButtonScope() {
  if (!InScope(MyHTML_TAG_P, kButton)) return;
  GenerateImpliedEnds(MyHTML_TAG_P);
  PopUntil(MyHTML_TAG_P);
}

void TreeBuilder::PushFormatting(uint32_t node) {
  const myhtml_tag_id_t tag = nodes_[node].tag;
  // At most three of a tag after the last marker (the standard's "Noah's Ark" clause).
  int same = 0;
  std::size_t earliest = formatting_.size();
  for (std::size_t k = formatting_.size(); k > 0 && formatting_[k - 1].node != kNil; --k) {
    if (formatting_[k - 1].tag == tag) ++same, earliest = k - 1;
  }
  if (same >= 3) formatting_.erase(formatting_.begin() + static_cast<std::ptrdiff_t>(earliest));
  formatting_.push_back({node, tag, nodes_[node].attr_begin, nodes_[node].attr_count});
}

void TreeBuilder::ClearFormattingToMarker() {
  while (!formatting_.empty()) {
    const bool marker = formatting_.back().node == kNil;
    formatting_.pop_back();
    if (marker) return;
  }
}

// The standard's "reconstruct the active formatting elements": formatting elements closed by a
// block's end are reopened where the next text or element goes (<p><b>x</p><p>y: y is bold).
void TreeBuilder::ReopenFormatting() {
  if (clones_left_ == 0) return;
  std::size_t k = formatting_.size() - 1;
  while (k > 0 && formatting_[k - 1].node != kNil && !nodes_[formatting_[k - 1].node].open) --k;
  for (; k < formatting_.size() && clones_left_ > 0; ++k, --clones_left_) {
    Formatting& f = formatting_[k];
    Node n{};
    n.tag = f.tag;
    n.parent = n.first_child = n.last_child = n.next = n.prev = n.first_piece = n.last_piece = kNil;
    n.attr_begin = f.attr_begin;
    n.attr_count = f.attr_count;
    n.original = OriginalOf(f.node);
    nodes_.push_back(n);
    f.node = static_cast<uint32_t>(nodes_.size() - 1);
    InsertNode(f.node);
    Push(f.node);
  }
}

void TreeBuilder::EnsureHead() {
  if (html_ == kNil) {
    html_ = NewNode(MyHTML_TAG_HTML, {});
    AppendChild(document_, html_);
    Push(html_);
  }
  if (head_ == kNil) {
    head_ = NewNode(MyHTML_TAG_HEAD, {});
    AppendChild(html_, head_);
    Push(head_);
  }
  if (mode_ < kInHead) mode_ = kInHead;
}

void TreeBuilder::EnsureBody() {
  EnsureHead();
  if (mode_ == kInHead) PopUntil(MyHTML_TAG_HEAD);
  if (body_ == kNil) {
    body_ = NewNode(MyHTML_TAG_BODY, {});
    AppendChild(html_, body_);
    Push(body_);
  }
  mode_ = kInBody;
}

void TreeBuilder::Doctype(bool quirks) {
  if (mode_ != kBeforeHtml || html_ != kNil) return;
  quirks_ = quirks;
  AppendChild(document_, NewNode(MyHTML_TAG__DOCTYPE, {}));
}

void TreeBuilder::Comment(bool boundary_end) {
  const uint32_t n = NewNode(MyHTML_TAG__COMMENT, {});
  nodes_[n].boundary_end = boundary_end;
  if (after_body_ == 2 || open_.empty()) return AppendChild(document_, n);
  AppendChild(after_body_ == 1 ? html_ : CurrentNode(), n);
}

// A second <html> or <body> start tag adds the attributes the element does not have yet.
void TreeBuilder::MergeAttributes(uint32_t node, std::span<const TokenAttribute> attributes) {
  if (node == kNil || attributes.empty()) return;
  Node& n = nodes_[node];
  const auto begin = static_cast<uint32_t>(attrs_.size());
  for (uint32_t a = n.attr_begin; a < n.attr_begin + n.attr_count; ++a) attrs_.push_back(attrs_[a]);
  for (const TokenAttribute& a : attributes) {
    bool present = false;
    for (uint32_t k = begin; k < attrs_.size(); ++k) present = present || attrs_[k].read_index == a.read_index;
    if (!present) attrs_.push_back(a);
  }
  n.attr_begin = begin;
  n.attr_count = static_cast<uint32_t>(attrs_.size() - begin);
}

bool TreeBuilder::InForeignContent() const { return !open_.empty() && nodes_[CurrentNode()].foreign; }

}  // namespace storyline
