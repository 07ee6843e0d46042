// The tree builder of the fast parser (html_parse.h), fed by its tokenizer (html_parse.cc):
// the HTML5 insertion rules that matter for text, over a linked tree that is flattened into a
// DomIndex at the end. Internal to the parser.
#pragma once

#include <myhtml/api.h>

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "extract/html_dom.h"

namespace storyline {

// Bytes of the input (`arena` false) or of the parser's arena of decoded text.
struct Slice {
  uint32_t begin = 0, size = 0;
  bool arena = false;
};

struct TokenAttribute {
  uint8_t read_index;  // in kAttributesRead
  Slice value;
};

// How the tokenizer reads what follows a start tag.
enum class ContentModel : uint8_t { kData, kRcdata, kRawtext, kScript, kPlaintext };

// Tag ids: known names (html_tag_table.inc) have myhtml's; others get ids from
// MyHTML_TAG_LAST_ENTRY on, one per name within a document.
// The lower-case name of a known tag id ("" for other ids).
std::string_view KnownTagName(myhtml_tag_id_t tag);

class TagNames {
 public:
  void Clear() { custom_.clear(); }
  // `name` is lower case.
  myhtml_tag_id_t Id(std::string_view name);

 private:
  std::vector<std::string> custom_;
};

class TreeBuilder {
 public:
  // Starts a document over `input`; `arena` holds decoded bytes the Slices may point into.
  void Reset(std::string_view input, const std::string* arena);
  void Doctype(bool quirks);
  // Returns how the tokenizer reads the element's content. `hidden_input`: an <input
  // type=hidden> (which a table keeps in place rather than fostering it).
  ContentModel StartTag(myhtml_tag_id_t tag, std::span<const TokenAttribute> attributes, bool self_closing,
                        bool hidden_input = false);
  void EndTag(myhtml_tag_id_t tag);
  void Text(Slice text);
  // The text of a raw text element (script, style, title, textarea…), into it.
  void RawText(Slice text);
  // `boundary_end`: the comment is "/$", where React ends a suspense boundary's fallback.
  void Comment(bool boundary_end);
  // Whether the current node is an SVG or MathML element (CDATA sections are text there).
  bool InForeignContent() const;
  // Flattens the tree into `dom`.
  void Finish(DomIndex& dom);
  // Nodes the buffers hold room for (kept from page to page).
  std::size_t Capacity() const { return nodes_.capacity(); }
  // Nodes built so far on this page.
  std::size_t NodeCount() const { return nodes_.size(); }

 private:
  static constexpr uint32_t kNil = UINT32_MAX;
  // kHtml: the topmost HTML (not foreign) element, for end tags in foreign content.
  enum Scope : uint8_t { kDefault, kButton, kListItem, kTable, kSpecial, kSpecialButAddressDivP, kHtml, kScopes };
  struct Node {
    myhtml_tag_id_t tag;
    uint32_t parent, first_child = kNil, last_child = kNil, next = kNil, prev = kNil;
    uint32_t attr_begin = 0, attr_count = 0;
    uint32_t first_piece = kNil, last_piece = kNil;  // text nodes: their pieces
    bool foreign = false;       // SVG or MathML
    bool integration = false;   // an HTML integration point (foreignObject, desc, title in SVG…)
    bool open = false;          // on the stack of open elements
    bool boundary_end = false;  // a <!--/$--> comment (PlaceStreamedContent)
    bool closed = false;        // an element the page wrote, closed by its own end tag
    uint32_t original = kNil;   // a copy (reopened or adopted formatting element): what it copies
  };
  // The element the page wrote that `node` is, or is a copy of.
  uint32_t OriginalOf(uint32_t node) const { return nodes_[node].original == kNil ? node : nodes_[node].original; }
  bool IsBoundary(uint32_t node, Scope scope) const;
  static bool HtmlBoundary(myhtml_tag_id_t tag, Scope scope);
  // Bit s: IsBoundary(node, s).
  uint32_t BoundaryMask(uint32_t node) const;
  void InsertForeign(myhtml_tag_id_t tag, std::span<const TokenAttribute> attributes, bool self_closing);
  bool InSelect() const;
  ContentModel SelectStart(myhtml_tag_id_t tag, std::span<const TokenAttribute> attributes, bool& reprocess);
  struct Piece {
    Slice slice;
    uint32_t next;
  };
  // An open element and what O(1) scope checks need (see InScope).
  struct Open {
    uint32_t node;
    myhtml_tag_id_t tag;
    int32_t below_same_tag;  // the stack index of the next element of the same tag below, or -1
    std::array<int32_t, kScopes> floor;  // per Scope: the topmost boundary at or below, or -1
  };
  struct Formatting {
    uint32_t node;  // kNil: a marker
    myhtml_tag_id_t tag;
    uint32_t attr_begin, attr_count;
  };
  // React's streamed server rendering: each <div hidden id="S:x"> holds content that a script
  // moves to where <template id="B:x"> (or "P:x") stands. Moves it there.
  void PlaceStreamedContent();
  // The value of the attribute at `read_index` of kAttributesRead; `present`: whether it is there.
  std::string_view AttributeValue(const Node& n, uint8_t read_index, bool* present = nullptr) const;
  enum Mode : uint8_t { kBeforeHtml, kBeforeHead, kInHead, kAfterHead, kInBody };

  std::string_view Bytes(Slice s) const;
  uint32_t NewNode(myhtml_tag_id_t tag, std::span<const TokenAttribute> attributes);
  void AppendChild(uint32_t parent, uint32_t child);
  void InsertBefore(uint32_t sibling, uint32_t child);
  void InsertNode(uint32_t node);  // at the appropriate place (foster parenting included)
  uint32_t InsertElement(myhtml_tag_id_t tag, std::span<const TokenAttribute> attributes, bool push);
  void InsertText(Slice text);
  // Text as the current node's last child (joined to a text node already there).
  void AppendTextToCurrent(Slice text);
  // Drops the newline that may follow <pre>/<textarea>/<listing>'s start tag; false when no text
  // is left.
  bool SkipNewlineAfterStart(Slice& text);
  void AddPiece(uint32_t text_node, Slice text);
  void Push(uint32_t node);
  void Pop();
  void PopUntil(myhtml_tag_id_t tag);   // pops it too
  void PopUntilOneOf(bool (*match)(myhtml_tag_id_t));
  bool InScope(myhtml_tag_id_t tag, Scope scope) const;
  myhtml_tag_id_t Current() const { return open_.empty() ? myhtml_tag_id_t{MyHTML_TAG__UNDEF} : open_.back().tag; }
  uint32_t CurrentNode() const { return open_.empty() ? document_ : open_.back().node; }
  bool FosterParenting() const;
  void ClosePInButtonScope();
  void GenerateImpliedEnds(myhtml_tag_id_t except);
  // Reopens formatting elements closed by a block (the standard's reconstruction); the check
  // that there is nothing to do is inline, as it runs before every text.
  void Reconstruct() {
    if (!formatting_.empty() && formatting_.back().node != kNil && !nodes_[formatting_.back().node].open) ReopenFormatting();
  }
  void ReopenFormatting();
  void PushFormatting(uint32_t node);
  void ClearFormattingToMarker();
  // The adoption agency for a formatting end tag; false when no such element is in the list
  // (an ordinary end tag then).
  bool Adoption(myhtml_tag_id_t tag);
  void AdoptOnce(std::size_t element_at, std::size_t block_at, std::size_t list_at);
  std::vector<uint32_t> UnwindOpen(std::size_t from);
  void RewindOpen(const std::vector<uint32_t>& nodes);
  int32_t StackIndexOf(uint32_t node) const;
  int32_t FormattingIndexOf(uint32_t node) const;
  void Detach(uint32_t node);
  uint32_t CloneElement(uint32_t node);
  void RemoveFromStack(uint32_t node);
  void CloseOpenA();
  void MergeAttributes(uint32_t node, std::span<const TokenAttribute> attributes);
  void EnsureBody();
  void EnsureHead();
  ContentModel InBodyStart(myhtml_tag_id_t tag, std::span<const TokenAttribute> attributes, bool self_closing);
  ContentModel HeadStart(myhtml_tag_id_t tag, std::span<const TokenAttribute> attributes);
  bool TableStart(myhtml_tag_id_t tag, std::span<const TokenAttribute> attributes);
  ContentModel ForeignStart(myhtml_tag_id_t tag, std::span<const TokenAttribute> attributes, bool self_closing);
  void InBodyEnd(myhtml_tag_id_t tag);
  bool ForeignEnd(myhtml_tag_id_t tag);
  void AnyOtherEnd(myhtml_tag_id_t tag);

  std::string_view input_;
  const std::string* arena_ = nullptr;
  std::vector<Node> nodes_;
  std::vector<Piece> pieces_;
  std::vector<TokenAttribute> attrs_;
  std::vector<Open> open_;
  std::vector<Formatting> formatting_;
  std::vector<int32_t> top_of_tag_;  // per tag id: the stack index of the topmost such element, or -1
  std::string joined_;               // texts of several pieces, joined when flattening
  uint32_t templates_ = 0;           // <template>s with attributes (PlaceStreamedContent)
  uint32_t document_ = 0, html_ = kNil, head_ = kNil, body_ = kNil, form_ = kNil;
  Mode mode_ = kBeforeHtml;
  bool quirks_ = true;
  uint32_t clones_left_ = 0;  // formatting elements Reconstruct() may still reopen (bounds the tree)
  bool skip_newline_ = false;
  uint8_t after_body_ = 0;
  bool hidden_input_ = false;  // the start tag being inserted is an <input type=hidden>  // 1 after </body>, 2 after </html>: where comments go (until content)  // after <pre>, <listing>, <textarea>: drop one leading newline
};

}  // namespace storyline
