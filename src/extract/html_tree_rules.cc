// The insertion rules of TreeBuilder (html_tree.h): text, start and end tags by insertion mode,
// tables, <select>, foreign content; and the flattening into a DomIndex.
#include <algorithm>

#include "extract/html_tag_sets.h"
#include "extract/html_parse.h"
#include "extract/html_tree.h"

namespace storyline {
namespace {

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }

bool AllSpace(std::string_view s) { return std::all_of(s.begin(), s.end(), IsSpace); }

}  // namespace

void TreeBuilder::AddPiece(uint32_t text_node, Slice text) {
  Node& n = nodes_[text_node];
  if (n.last_piece != kNil) {
    Slice& last = pieces_[n.last_piece].slice;
    if (last.arena == text.arena && last.begin + last.size == text.begin) {
      last.size += text.size;  // contiguous: one piece
      return;
    }
  }
  pieces_.push_back({text, kNil});
  const auto p = static_cast<uint32_t>(pieces_.size() - 1);
  if (n.last_piece != kNil) pieces_[n.last_piece].next = p;
  else n.first_piece = p;
  n.last_piece = p;
}

void TreeBuilder::InsertText(Slice text) {
  // Adjacent text goes into one node, as the standard inserts characters; text misplaced in a
  // table goes before it (foster parenting), white space stays.
  const int32_t table_at = top_of_tag_[MyHTML_TAG_TABLE];
  if (FosterParenting() && table_at >= 0 && !AllSpace(Bytes(text))) {
    const uint32_t table = open_[table_at].node;
    const uint32_t before = nodes_[table].parent != kNil ? nodes_[table].prev
                            : table_at > 0               ? nodes_[open_[table_at - 1].node].last_child
                                                         : kNil;
    if (before != kNil && nodes_[before].tag == MyHTML_TAG__TEXT) return AddPiece(before, text);
    const uint32_t n = NewNode(MyHTML_TAG__TEXT, {});
    AddPiece(n, text);
    return InsertNode(n);
  }
  AppendTextToCurrent(text);
}

void TreeBuilder::AppendTextToCurrent(Slice text) {
  const uint32_t last = nodes_[CurrentNode()].last_child;
  if (last != kNil && nodes_[last].tag == MyHTML_TAG__TEXT) return AddPiece(last, text);
  const uint32_t n = NewNode(MyHTML_TAG__TEXT, {});
  AddPiece(n, text);
  AppendChild(CurrentNode(), n);
}

bool TreeBuilder::SkipNewlineAfterStart(Slice& text) {
  if (text.size == 0) return false;
  if (skip_newline_) {
    skip_newline_ = false;
    if (Bytes(text).front() == '\n') {
      ++text.begin, --text.size;
      if (text.size == 0) return false;
    }
  }
  return true;
}

void TreeBuilder::RawText(Slice text) {
  if (SkipNewlineAfterStart(text)) AppendTextToCurrent(text);
}

void TreeBuilder::Text(Slice text) {
  if (!SkipNewlineAfterStart(text)) return;
  if (mode_ < kInBody) {
    const std::string_view bytes = Bytes(text);
    std::size_t space = 0;
    while (space < bytes.size() && IsSpace(bytes[space])) ++space;
    if (space > 0 && (mode_ == kInHead || mode_ == kAfterHead)) InsertText({text.begin, static_cast<uint32_t>(space), text.arena});
    if (space == bytes.size()) return;
    text.begin += static_cast<uint32_t>(space);
    text.size -= static_cast<uint32_t>(space);
    EnsureBody();
  }
  if (after_body_ != 0 && !AllSpace(Bytes(text))) after_body_ = 0;
  if (!InSelect() && !FosterParenting()) Reconstruct();
  InsertText(text);
}

bool TreeBuilder::InSelect() const {
  if (open_.empty() || top_of_tag_[MyHTML_TAG_SELECT] < 0) return false;
  const myhtml_tag_id_t t = Current();
  return t == MyHTML_TAG_SELECT || t == MyHTML_TAG_OPTION || t == MyHTML_TAG_OPTGROUP;
}

ContentModel TreeBuilder::StartTag(myhtml_tag_id_t tag, std::span<const TokenAttribute> attributes, bool self_closing,
                                   bool hidden_input) {
  skip_newline_ = false;
  hidden_input_ = hidden_input;
  after_body_ = 0;
  if (InForeignContent() && !nodes_[CurrentNode()].integration) {
    if (!IsBreakout(tag)) {
      InsertForeign(tag, attributes, self_closing);
      return ContentModel::kData;
    }
    while (open_.size() > 1 && nodes_[CurrentNode()].foreign && !nodes_[CurrentNode()].integration) Pop();
  }
  if (mode_ == kBeforeHtml) {
    if (html_ == kNil) {
      html_ = NewNode(MyHTML_TAG_HTML, tag == MyHTML_TAG_HTML ? attributes : std::span<const TokenAttribute>());
      AppendChild(document_, html_);
      Push(html_);
    }
    mode_ = kBeforeHead;
    if (tag == MyHTML_TAG_HTML) return ContentModel::kData;
  }
  if (mode_ == kBeforeHead) {
    if (tag == MyHTML_TAG_HTML) return MergeAttributes(html_, attributes), ContentModel::kData;
    if (tag == MyHTML_TAG_HEAD) {
      head_ = InsertElement(tag, attributes, true);
      mode_ = kInHead;
      return ContentModel::kData;
    }
    EnsureHead();
  }
  if (mode_ == kInHead) {
    if (Current() == MyHTML_TAG_NOSCRIPT && tag != MyHTML_TAG_LINK && tag != MyHTML_TAG_META &&
        tag != MyHTML_TAG_STYLE && tag != MyHTML_TAG_NOFRAMES && tag != MyHTML_TAG_BASEFONT &&
        tag != MyHTML_TAG_BGSOUND) {
      Pop();
    }
    if (tag == MyHTML_TAG_HTML) return MergeAttributes(html_, attributes), ContentModel::kData;
    if (tag == MyHTML_TAG_HEAD) return ContentModel::kData;
    if (IsHeadContent(tag) || tag == MyHTML_TAG_NOSCRIPT) return HeadStart(tag, attributes);
    PopUntil(MyHTML_TAG_HEAD);
    mode_ = kAfterHead;
  }
  if (mode_ == kAfterHead) {
    if (tag == MyHTML_TAG_HTML) return MergeAttributes(html_, attributes), ContentModel::kData;
    if (tag == MyHTML_TAG_BODY) {
      body_ = InsertElement(tag, attributes, true);
      mode_ = kInBody;
      return ContentModel::kData;
    }
    if (IsHeadContent(tag)) {
      // Into the <head> already closed, as the standard reopens it for this element.
      const uint32_t n = NewNode(tag, attributes);
      AppendChild(head_, n);
      if (!IsVoid(tag)) Push(n);
      return RawContentOf(tag);
    }
    EnsureBody();
  }
  return InBodyStart(tag, attributes, self_closing);
}

ContentModel TreeBuilder::HeadStart(myhtml_tag_id_t tag, std::span<const TokenAttribute> attributes) {
  const bool is_void = IsVoid(tag);
  const uint32_t n = NewNode(tag, attributes);
  AppendChild(CurrentNode(), n);  // in a table too: these are not fostered
  if (!is_void) Push(n);
  if (tag == MyHTML_TAG_TEMPLATE) formatting_.push_back({kNil, tag, 0, 0});
  return RawContentOf(tag);
}

void TreeBuilder::InsertForeign(myhtml_tag_id_t tag, std::span<const TokenAttribute> attributes, bool self_closing) {
  const uint32_t n = NewNode(tag, attributes);
  nodes_[n].foreign = true;
  nodes_[n].integration = IsIntegrationPoint(tag);
  InsertNode(n);  // an <svg> misplaced in a table goes before it, as other elements
  if (!self_closing) Push(n);
}

ContentModel TreeBuilder::SelectStart(myhtml_tag_id_t tag, std::span<const TokenAttribute> attributes, bool& reprocess) {
  reprocess = false;
  switch (tag) {
    case MyHTML_TAG_OPTION:
      if (Current() == MyHTML_TAG_OPTION) Pop();
      InsertElement(tag, attributes, true);
      return ContentModel::kData;
    case MyHTML_TAG_OPTGROUP:
      if (Current() == MyHTML_TAG_OPTION) Pop();
      if (Current() == MyHTML_TAG_OPTGROUP) Pop();
      InsertElement(tag, attributes, true);
      return ContentModel::kData;
    case MyHTML_TAG_HR:
      if (Current() == MyHTML_TAG_OPTION) Pop();
      if (Current() == MyHTML_TAG_OPTGROUP) Pop();
      InsertElement(tag, attributes, false);
      return ContentModel::kData;
    case MyHTML_TAG_SELECT:
      PopUntil(MyHTML_TAG_SELECT);
      return ContentModel::kData;
    case MyHTML_TAG_INPUT: case MyHTML_TAG_KEYGEN: case MyHTML_TAG_TEXTAREA:
      PopUntil(MyHTML_TAG_SELECT);
      reprocess = true;
      return ContentModel::kData;
    case MyHTML_TAG_SCRIPT: case MyHTML_TAG_TEMPLATE: case MyHTML_TAG_STYLE:
      return HeadStart(tag, attributes);
    default:
      return ContentModel::kData;  // ignored
  }
}

// Table parts: their implied parents (tbody, tr) and the cells and rows they close. False when
// `tag` is not handled here.
bool TreeBuilder::TableStart(myhtml_tag_id_t tag, std::span<const TokenAttribute> attributes) {
  const bool part = tag == MyHTML_TAG_CAPTION || tag == MyHTML_TAG_COLGROUP || tag == MyHTML_TAG_COL ||
                    IsTableSection(tag) || tag == MyHTML_TAG_TR || tag == MyHTML_TAG_TD || tag == MyHTML_TAG_TH;
  if (tag == MyHTML_TAG_TABLE) {
    if (FosterParenting() && InScope(MyHTML_TAG_TABLE, kTable)) PopUntil(MyHTML_TAG_TABLE);  // acts as </table>
    return false;
  }
  if (!part || !InScope(MyHTML_TAG_TABLE, kTable)) return false;
  const int32_t table_at = top_of_tag_[MyHTML_TAG_TABLE];
  auto close_cell = [&] {
    for (myhtml_tag_id_t cell : {MyHTML_TAG_TD, MyHTML_TAG_TH}) {
      if (top_of_tag_[cell] > table_at && InScope(cell, kTable)) {
        GenerateImpliedEnds(MyHTML_TAG__UNDEF);
        PopUntil(cell);
      }
    }
  };
  auto clear_to = [&](bool row_context) {
    while (open_.size() > 1) {
      const myhtml_tag_id_t t = Current();
      if (t == MyHTML_TAG_TABLE || t == MyHTML_TAG_TEMPLATE || t == MyHTML_TAG_HTML) break;
      if (row_context && (t == MyHTML_TAG_TR || IsTableSection(t))) break;
      Pop();
    }
  };
  close_cell();
  if (tag == MyHTML_TAG_TD || tag == MyHTML_TAG_TH || tag == MyHTML_TAG_TR) {
    clear_to(true);
    if (tag == MyHTML_TAG_TR && Current() == MyHTML_TAG_TR) Pop();
    if (Current() == MyHTML_TAG_TABLE) InsertElement(MyHTML_TAG_TBODY, {}, true);
    if (tag != MyHTML_TAG_TR && Current() != MyHTML_TAG_TR) InsertElement(MyHTML_TAG_TR, {}, true);
    const bool pushed_before = open_.size() < kMaxParseDepth;
    InsertElement(tag, attributes, true);
    if (tag != MyHTML_TAG_TR && pushed_before) formatting_.push_back({kNil, tag, 0, 0});
    return true;
  }
  if (tag == MyHTML_TAG_COL && Current() == MyHTML_TAG_COLGROUP) {
    InsertElement(tag, attributes, false);
    return true;
  }
  clear_to(false);
  if (tag == MyHTML_TAG_COL) {
    InsertElement(MyHTML_TAG_COLGROUP, {}, true);
    InsertElement(tag, attributes, false);
    return true;
  }
  const bool pushed_before = open_.size() < kMaxParseDepth;
  InsertElement(tag, attributes, true);
  if (tag == MyHTML_TAG_CAPTION && pushed_before) formatting_.push_back({kNil, tag, 0, 0});
  return true;
}

std::string_view TreeBuilder::AttributeValue(const Node& n, uint8_t read_index, bool* present) const {
  for (uint32_t a = n.attr_begin; a < n.attr_begin + n.attr_count; ++a) {
    if (attrs_[a].read_index == read_index) {
      if (present != nullptr) *present = true;
      return Bytes(attrs_[a].value);
    }
  }
  if (present != nullptr) *present = false;
  return {};
}

// Real pages have at most a few thousand boundaries a few dozen elements deep.
constexpr std::size_t kMaxStreamedSteps = std::size_t{1} << 22;

void TreeBuilder::PlaceStreamedContent() {
  if (templates_ == 0) return;
  constexpr uint8_t kIdAttr = AttrName("id").index();
  constexpr uint8_t kHiddenAttr = AttrName("hidden").index();
  std::vector<std::pair<std::string_view, uint32_t>> segments;  // "x" of S:x, the hidden <div>
  std::vector<std::pair<std::string_view, uint32_t>> holes;     // "x" of B:x / P:x, the <template>
  for (uint32_t i = 0; i < nodes_.size(); ++i) {
    const Node& n = nodes_[i];
    if (n.parent == kNil || n.attr_count == 0 || (n.tag != MyHTML_TAG_DIV && n.tag != MyHTML_TAG_TEMPLATE)) continue;
    const std::string_view id = AttributeValue(n, kIdAttr);
    if (id.size() < 3 || id[1] != ':') continue;
    bool hidden = false;
    AttributeValue(n, kHiddenAttr, &hidden);
    if (n.tag == MyHTML_TAG_DIV && hidden && id[0] == 'S') segments.emplace_back(id.substr(2), i);
    if (n.tag == MyHTML_TAG_TEMPLATE && (id[0] == 'B' || id[0] == 'P')) holes.emplace_back(id.substr(2), i);
  }
  if (segments.empty() || holes.empty()) return;
  std::sort(segments.begin(), segments.end());
  std::size_t steps = 0;  // ancestor and sibling steps below, bounded for pages built to be slow
  for (const auto& [key, hole] : holes) {
    auto it = std::lower_bound(segments.begin(), segments.end(), std::make_pair(key, uint32_t{0}));
    if (it == segments.end() || it->first != key) continue;
    const uint32_t segment = it->second;
    // A template inside its own segment stays put, and so does one outside the <body> (content
    // moved into <head> would be lost).
    bool inside = false, in_body = false;
    for (uint32_t a = hole; a != kNil && !inside; a = nodes_[a].parent, ++steps) {
      inside = a == segment;
      in_body = in_body || a == body_;
    }
    if (steps > kMaxStreamedSteps) return;
    if (inside || !in_body || nodes_[segment].parent == kNil || nodes_[hole].parent == kNil) continue;
    Detach(segment);
    // The fallback shown until then ("Loading…") runs from the template to <!--/$-->.
    uint32_t end = nodes_[hole].next;
    for (; end != kNil && !nodes_[end].boundary_end; ++steps) end = nodes_[end].next;
    if (steps > kMaxStreamedSteps) return;
    if (end != kNil) {
      while (nodes_[hole].next != end) Detach(nodes_[hole].next);
    }
    while (nodes_[segment].first_child != kNil) {
      const uint32_t c = nodes_[segment].first_child;
      Detach(c);
      InsertBefore(hole, c);
    }
  }
}

void TreeBuilder::Finish(DomIndex& dom) {
  if (mode_ < kInBody) EnsureBody();
  while (open_.size() > 1) Pop();
  if (!open_.empty()) {
    top_of_tag_[open_.back().tag] = -1;
    open_.clear();
  }
  PlaceStreamedContent();
  // Texts of several pieces are joined here, once (no reallocation while views are taken).
  std::size_t joined = 0;
  for (const Node& n : nodes_) {
    if (n.first_piece != n.last_piece) {
      for (uint32_t p = n.first_piece; p != kNil; p = pieces_[p].next) joined += pieces_[p].slice.size;
    }
  }
  joined_.clear();
  joined_.reserve(joined);
  auto text_of = [&](const Node& n) -> std::string_view {
    if (n.first_piece == kNil) return {};
    if (n.first_piece == n.last_piece) return Bytes(pieces_[n.first_piece].slice);
    const std::size_t begin = joined_.size();
    for (uint32_t p = n.first_piece; p != kNil; p = pieces_[p].next) joined_.append(Bytes(pieces_[p].slice));
    return std::string_view(joined_).substr(begin);
  };
  dom.Clear();
  struct Step {
    uint32_t node;
    DomIndex::Id id;
  };
  std::vector<Step> path;
  path.push_back({document_, dom.Add(MyHTML_TAG__UNDEF, DomIndex::kNone)});
  uint32_t child = nodes_[document_].first_child;
  for (;;) {
    if (child != kNil) {
      const Node& n = nodes_[child];
      const DomIndex::Id id = dom.Add(n.tag, path.back().id, n.tag == MyHTML_TAG__TEXT ? text_of(n) : std::string_view());
      for (uint32_t a = n.attr_begin; a < n.attr_begin + n.attr_count; ++a) {
        dom.AddAttribute(id, attrs_[a].read_index, Bytes(attrs_[a].value));
      }
      if (n.tag == MyHTML_TAG_A && n.original != kNil && !nodes_[n.original].closed) dom.MarkCopiedLink(id);
      if (child == body_) dom.SetBody(id);
      path.push_back({child, id});
      child = n.first_child;
      continue;
    }
    const Step done = path.back();
    path.pop_back();
    dom.Close(done.id);
    if (path.empty()) break;
    child = nodes_[done.node].next;
  }
}

}  // namespace storyline
