// TreeBuilder's "in body" rules (html_tree.h): start and end tags once the <body> is open, and
// end tags before it and in foreign content.
#include <algorithm>

#include "extract/html_parse.h"
#include "extract/html_tag_sets.h"
#include "extract/html_tree.h"

namespace storyline {

ContentModel TreeBuilder::InBodyStart(myhtml_tag_id_t tag, std::span<const TokenAttribute> attributes, bool self_closing) {
  if (InSelect()) {
    bool reprocess = false;
    ContentModel model = SelectStart(tag, attributes, reprocess);
    if (!reprocess) return model;
  }
  if (TableStart(tag, attributes)) return ContentModel::kData;
  if (IsHeadContent(tag)) return HeadStart(tag, attributes);
  if (ClosesP(tag)) {
    ClosePInButtonScope();
    InsertElement(tag, attributes, true);
    return ContentModel::kData;
  }
  if (IsHeading(tag)) {
    ClosePInButtonScope();
    if (IsHeading(Current())) Pop();
    InsertElement(tag, attributes, true);
    return ContentModel::kData;
  }
  if (IsFormatting(tag)) {
    if (tag == MyHTML_TAG_A) CloseOpenA();  // an <a> inside an open <a> closes it
    if (tag == MyHTML_TAG_NOBR && InScope(MyHTML_TAG_NOBR, kDefault)) {
      Adoption(MyHTML_TAG_NOBR);
      Reconstruct();
    }
    Reconstruct();
    PushFormatting(InsertElement(tag, attributes, true));
    return ContentModel::kData;
  }
  switch (tag) {
    case MyHTML_TAG_HTML: MergeAttributes(html_, attributes); return ContentModel::kData;
    case MyHTML_TAG_BODY: MergeAttributes(body_, attributes); return ContentModel::kData;
    case MyHTML_TAG_HEAD: case MyHTML_TAG_FRAMESET:
    case MyHTML_TAG_CAPTION: case MyHTML_TAG_COL: case MyHTML_TAG_COLGROUP: case MyHTML_TAG_FRAME:
    case MyHTML_TAG_TBODY: case MyHTML_TAG_TD: case MyHTML_TAG_TFOOT: case MyHTML_TAG_TH: case MyHTML_TAG_THEAD:
    case MyHTML_TAG_TR:
      return ContentModel::kData;  // ignored here
    case MyHTML_TAG_PRE: case MyHTML_TAG_LISTING:
      ClosePInButtonScope();
      InsertElement(tag, attributes, true);
      skip_newline_ = true;
      return ContentModel::kData;
    case MyHTML_TAG_FORM:
      if (form_ != kNil && nodes_[form_].open) return ContentModel::kData;
      if (FosterParenting()) {  // in a table: the form stays empty, what follows stays in the table
        form_ = InsertElement(tag, attributes, false);
        return ContentModel::kData;
      }
      ClosePInButtonScope();
      form_ = InsertElement(tag, attributes, true);
      return ContentModel::kData;
    case MyHTML_TAG_LI:
      if (InScope(MyHTML_TAG_LI, kSpecialButAddressDivP)) {
        GenerateImpliedEnds(MyHTML_TAG_LI);
        PopUntil(MyHTML_TAG_LI);
      }
      ClosePInButtonScope();
      InsertElement(tag, attributes, true);
      return ContentModel::kData;
    case MyHTML_TAG_DD: case MyHTML_TAG_DT: {
      const int32_t dd = InScope(MyHTML_TAG_DD, kSpecialButAddressDivP) ? top_of_tag_[MyHTML_TAG_DD] : -1;
      const int32_t dt = InScope(MyHTML_TAG_DT, kSpecialButAddressDivP) ? top_of_tag_[MyHTML_TAG_DT] : -1;
      if (dd >= 0 || dt >= 0) {
        const myhtml_tag_id_t item = dd > dt ? MyHTML_TAG_DD : MyHTML_TAG_DT;
        GenerateImpliedEnds(item);
        PopUntil(item);
      }
      ClosePInButtonScope();
      InsertElement(tag, attributes, true);
      return ContentModel::kData;
    }
    case MyHTML_TAG_PLAINTEXT:
      ClosePInButtonScope();
      InsertElement(tag, attributes, true);
      return ContentModel::kPlaintext;
    case MyHTML_TAG_BUTTON:
      if (InScope(MyHTML_TAG_BUTTON, kDefault)) {
        GenerateImpliedEnds(MyHTML_TAG__UNDEF);
        PopUntil(MyHTML_TAG_BUTTON);
      }
      Reconstruct();
      InsertElement(tag, attributes, true);
      return ContentModel::kData;
    case MyHTML_TAG_APPLET: case MyHTML_TAG_MARQUEE: case MyHTML_TAG_OBJECT: {
      Reconstruct();
      const bool pushed = open_.size() < kMaxParseDepth;
      InsertElement(tag, attributes, true);
      if (pushed) formatting_.push_back({kNil, tag, 0, 0});
      return ContentModel::kData;
    }
    case MyHTML_TAG_TABLE:
      if (!quirks_) ClosePInButtonScope();
      InsertElement(tag, attributes, true);
      return ContentModel::kData;
    case MyHTML_TAG_HR:
      ClosePInButtonScope();
      InsertElement(tag, attributes, false);
      return ContentModel::kData;
    case MyHTML_TAG_IMAGE:
      Reconstruct();
      InsertElement(MyHTML_TAG_IMG, attributes, false);
      return ContentModel::kData;
    case MyHTML_TAG_TEXTAREA:
      InsertElement(tag, attributes, true);
      skip_newline_ = true;
      return ContentModel::kRcdata;
    case MyHTML_TAG_XMP:
      ClosePInButtonScope();
      Reconstruct();
      InsertElement(tag, attributes, true);
      return ContentModel::kRawtext;
    case MyHTML_TAG_IFRAME: case MyHTML_TAG_NOEMBED:
      InsertElement(tag, attributes, true);
      return ContentModel::kRawtext;
    case MyHTML_TAG_OPTGROUP: case MyHTML_TAG_OPTION:
      if (Current() == MyHTML_TAG_OPTION) Pop();
      Reconstruct();
      InsertElement(tag, attributes, true);
      return ContentModel::kData;
    case MyHTML_TAG_SVG: case MyHTML_TAG_MATH:
      Reconstruct();
      InsertForeign(tag, attributes, self_closing);
      return ContentModel::kData;
    default:
      break;
  }
  Reconstruct();
  InsertElement(tag, attributes, !IsVoid(tag));
  return ContentModel::kData;
}

// An <a> start tag while the formatting list holds an <a> (after its last marker): that one
// ends first, by the adoption agency, and leaves the list and the stack.
void TreeBuilder::CloseOpenA() {
  std::size_t k = formatting_.size();
  while (k > 0 && formatting_[k - 1].node != kNil && formatting_[k - 1].tag != MyHTML_TAG_A) --k;
  if (k == 0 || formatting_[k - 1].node == kNil) return;
  const uint32_t a = formatting_[k - 1].node;
  Adoption(MyHTML_TAG_A);
  if (const int32_t at = FormattingIndexOf(a); at >= 0) formatting_.erase(formatting_.begin() + at);
  if (nodes_[a].open) RemoveFromStack(a);
}

// An end tag in foreign content closes the foreign element of its name above the topmost HTML
// element; false when there is none (the HTML rules then apply).
bool TreeBuilder::ForeignEnd(myhtml_tag_id_t tag) {
  if (tag >= top_of_tag_.size() || open_.empty()) return false;
  const int32_t at = top_of_tag_[tag];
  if (at < 0 || at <= open_.back().floor[kHtml]) return false;
  while (static_cast<int32_t>(open_.size()) > at) Pop();
  return true;
}

// "Any other end tag": closes up to the element of that name unless a special element is
// above it.
void TreeBuilder::AnyOtherEnd(myhtml_tag_id_t tag) {
  if (tag == MyHTML_TAG_HTML || !InScope(tag, kSpecial)) return;
  GenerateImpliedEnds(tag);
  PopUntil(tag);
}

void TreeBuilder::EndTag(myhtml_tag_id_t tag) {
  skip_newline_ = false;
  if (RawContentOf(tag) != ContentModel::kData && Current() == tag) return Pop();  // ends raw text
  if (InForeignContent() && ForeignEnd(tag)) return;
  if (mode_ < kInBody) {
    if (mode_ == kInHead && tag == MyHTML_TAG_NOSCRIPT && Current() == MyHTML_TAG_NOSCRIPT) return Pop();
    if (mode_ == kInHead && tag == MyHTML_TAG_HEAD) {
      PopUntil(MyHTML_TAG_HEAD);
      mode_ = kAfterHead;
      return;
    }
    if (tag == MyHTML_TAG_TEMPLATE && Current() == MyHTML_TAG_TEMPLATE) return Pop();
    if (tag != MyHTML_TAG_BR) return;  // others are ignored before <body>
    EnsureBody();
  }
  InBodyEnd(tag);
}

void TreeBuilder::InBodyEnd(myhtml_tag_id_t tag) {
  if (InSelect()) {
    if (tag == MyHTML_TAG_OPTION && Current() == MyHTML_TAG_OPTION) Pop();
    if (tag == MyHTML_TAG_OPTGROUP) {
      if (Current() == MyHTML_TAG_OPTION) Pop();
      if (Current() == MyHTML_TAG_OPTGROUP) Pop();
    }
    if (tag == MyHTML_TAG_SELECT) PopUntil(MyHTML_TAG_SELECT);
    if (tag != MyHTML_TAG_TABLE && tag != MyHTML_TAG_TR && tag != MyHTML_TAG_TD && tag != MyHTML_TAG_TH) return;
    PopUntil(MyHTML_TAG_SELECT);
  }
  if (tag == MyHTML_TAG_A) {
    // An </a> of the page's own: copies of the link it closes hold what the page linked.
    std::size_t k = formatting_.size();
    while (k > 0 && formatting_[k - 1].node != kNil && formatting_[k - 1].tag != MyHTML_TAG_A) --k;
    if (k > 0 && formatting_[k - 1].node != kNil) nodes_[OriginalOf(formatting_[k - 1].node)].closed = true;
  }
  if (IsFormatting(tag) && Adoption(tag)) return;
  if (IsHeading(tag)) {
    int32_t best = -1;
    myhtml_tag_id_t which = tag;
    for (myhtml_tag_id_t h = MyHTML_TAG_H1; h <= MyHTML_TAG_H6; ++h) {
      if (InScope(h, kDefault) && top_of_tag_[h] > best) best = top_of_tag_[h], which = h;
    }
    if (best < 0) return;
    GenerateImpliedEnds(MyHTML_TAG__UNDEF);
    PopUntil(which);
    return;
  }
  switch (tag) {
    case MyHTML_TAG_BODY: case MyHTML_TAG_HTML:
      // What follows still goes in the body; comments after it (html_parse.h).
      if (InScope(MyHTML_TAG_BODY, kDefault)) after_body_ = std::max<uint8_t>(after_body_, tag == MyHTML_TAG_HTML ? 2 : 1);
      return;
    case MyHTML_TAG_HEAD:
      return;
    case MyHTML_TAG_P:
      if (!InScope(MyHTML_TAG_P, kButton)) InsertElement(MyHTML_TAG_P, {}, true);  // </p> alone: an empty <p>
      GenerateImpliedEnds(MyHTML_TAG_P);
      PopUntil(MyHTML_TAG_P);
      return;
    case MyHTML_TAG_LI:
      if (!InScope(MyHTML_TAG_LI, kListItem)) return;
      GenerateImpliedEnds(MyHTML_TAG_LI);
      PopUntil(MyHTML_TAG_LI);
      return;
    case MyHTML_TAG_DD: case MyHTML_TAG_DT:
      if (!InScope(tag, kDefault)) return;
      GenerateImpliedEnds(tag);
      PopUntil(tag);
      return;
    case MyHTML_TAG_BR:
      Reconstruct();
      InsertElement(MyHTML_TAG_BR, {}, false);
      return;
    case MyHTML_TAG_FORM: {
      // Only the form leaves the stack: a <div> opened inside it and still open stays so.
      const uint32_t form = form_;
      form_ = kNil;
      if (form == kNil || !nodes_[form].open || !InScope(MyHTML_TAG_FORM, kDefault)) return;
      GenerateImpliedEnds(MyHTML_TAG__UNDEF);
      RemoveFromStack(form);
      return;
    }
    case MyHTML_TAG_APPLET: case MyHTML_TAG_MARQUEE: case MyHTML_TAG_OBJECT:
      if (!InScope(tag, kDefault)) return;
      GenerateImpliedEnds(MyHTML_TAG__UNDEF);
      PopUntil(tag);
      return;
    case MyHTML_TAG_TABLE: case MyHTML_TAG_TBODY: case MyHTML_TAG_THEAD: case MyHTML_TAG_TFOOT:
    case MyHTML_TAG_TR: case MyHTML_TAG_TD: case MyHTML_TAG_TH: case MyHTML_TAG_CAPTION: case MyHTML_TAG_COLGROUP:
      if (InScope(tag, kTable)) PopUntil(tag);
      return;
    default:
      break;
  }
  if (IsBlockEnd(tag)) {
    if (!InScope(tag, kDefault)) return;
    GenerateImpliedEnds(MyHTML_TAG__UNDEF);
    PopUntil(tag);
    return;
  }
  AnyOtherEnd(tag);
}

}  // namespace storyline
