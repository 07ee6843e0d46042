// The standard's adoption agency algorithm (TreeBuilder, html_tree.h): a misnested formatting
// element's end tag (<a>…<div>…</a>) closes it and reopens it inside the blocks it straddles, so
// that text after </a> is no longer linked and the blocks are no longer inside the link.
#include <algorithm>

#include "extract/html_parse.h"
#include "extract/html_tag_sets.h"
#include "extract/html_tree.h"

namespace storyline {

// Pops the open elements from stack index `from` up, for RewindOpen() to push again: no marker
// is cleared and no node is marked closed.
std::vector<uint32_t> TreeBuilder::UnwindOpen(std::size_t from) {
  std::vector<uint32_t> nodes;
  while (open_.size() > from) {
    const Open o = open_.back();
    open_.pop_back();
    top_of_tag_[o.tag] = o.below_same_tag;
    nodes.push_back(o.node);
  }
  std::reverse(nodes.begin(), nodes.end());
  return nodes;
}

void TreeBuilder::RewindOpen(const std::vector<uint32_t>& nodes) {
  for (uint32_t n : nodes) Push(n);
}

int32_t TreeBuilder::StackIndexOf(uint32_t node) const {
  for (std::size_t k = open_.size(); k > 0; --k) {
    if (open_[k - 1].node == node) return static_cast<int32_t>(k - 1);
  }
  return -1;
}

int32_t TreeBuilder::FormattingIndexOf(uint32_t node) const {
  for (std::size_t k = formatting_.size(); k > 0; --k) {
    if (formatting_[k - 1].node == node) return static_cast<int32_t>(k - 1);
  }
  return -1;
}

void TreeBuilder::Detach(uint32_t node) {
  Node& n = nodes_[node];
  if (n.parent == kNil) return;
  Node& p = nodes_[n.parent];
  if (n.prev != kNil) nodes_[n.prev].next = n.next;
  else p.first_child = n.next;
  if (n.next != kNil) nodes_[n.next].prev = n.prev;
  else p.last_child = n.prev;
  n.parent = n.prev = n.next = kNil;
}

uint32_t TreeBuilder::CloneElement(uint32_t node) {
  Node c{};
  c.tag = nodes_[node].tag;
  c.parent = c.first_child = c.last_child = c.next = c.prev = c.first_piece = c.last_piece = kNil;
  c.attr_begin = nodes_[node].attr_begin;
  c.attr_count = nodes_[node].attr_count;
  c.original = OriginalOf(node);
  nodes_.push_back(c);
  return static_cast<uint32_t>(nodes_.size() - 1);
}

// Removes `node` from the stack of open elements wherever it is.
void TreeBuilder::RemoveFromStack(uint32_t node) {
  const int32_t at = StackIndexOf(node);
  if (at <= 0) return;
  std::vector<uint32_t> above = UnwindOpen(static_cast<std::size_t>(at));
  above.erase(above.begin());
  nodes_[node].open = false;
  RewindOpen(above);
}

bool TreeBuilder::Adoption(myhtml_tag_id_t tag) {
  if (!open_.empty() && Current() == tag && !nodes_[CurrentNode()].foreign && FormattingIndexOf(CurrentNode()) < 0) {
    Pop();
    return true;
  }
  for (int outer = 0; outer < 8; ++outer) {
    std::size_t k = formatting_.size();
    while (k > 0 && formatting_[k - 1].node != kNil && formatting_[k - 1].tag != tag) --k;
    if (k == 0 || formatting_[k - 1].node == kNil) return outer > 0;  // none: an ordinary end tag
    const std::size_t list_at = k - 1;
    const uint32_t element = formatting_[list_at].node;
    const int32_t element_at = StackIndexOf(element);
    if (element_at < 0) {
      formatting_.erase(formatting_.begin() + static_cast<std::ptrdiff_t>(list_at));
      return true;
    }
    if (!InScope(tag, kDefault)) return true;  // ignored
    int32_t block_at = -1;
    for (std::size_t s = static_cast<std::size_t>(element_at) + 1; s < open_.size(); ++s) {
      if (IsBoundary(open_[s].node, kSpecial)) {
        block_at = static_cast<int32_t>(s);
        break;
      }
    }
    if (block_at < 0) {
      // No block inside it: it simply closes.
      while (open_.size() > static_cast<std::size_t>(element_at)) Pop();
      formatting_.erase(formatting_.begin() + static_cast<std::ptrdiff_t>(FormattingIndexOf(element)));
      return true;
    }
    AdoptOnce(static_cast<std::size_t>(element_at), static_cast<std::size_t>(block_at), list_at);
  }
  return true;
}

// One pass of the algorithm's outer loop: the formatting element at stack index `element_at`
// (list index `list_at`) and the furthest block at `block_at`.
void TreeBuilder::AdoptOnce(std::size_t element_at, std::size_t block_at, std::size_t list_at) {
  const uint32_t element = open_[element_at].node;
  const uint32_t common = open_[element_at - 1].node;
  std::vector<uint32_t> stack = UnwindOpen(element_at);  // stack[0] is the formatting element
  std::size_t block = block_at - element_at;
  const uint32_t furthest = stack[block];
  std::size_t bookmark = list_at;
  uint32_t last = furthest;
  std::size_t at = block;
  for (int inner = 1;; ++inner) {
    --at;
    uint32_t node = stack[at];
    if (node == element) break;
    int32_t in_list = FormattingIndexOf(node);
    if (inner > 3 && in_list >= 0) {
      formatting_.erase(formatting_.begin() + in_list);
      if (static_cast<std::size_t>(in_list) < bookmark) --bookmark;
      in_list = -1;
    }
    if (in_list < 0) {
      nodes_[node].open = false;
      stack.erase(stack.begin() + static_cast<std::ptrdiff_t>(at));
      --block;
      continue;
    }
    const uint32_t clone = CloneElement(node);
    formatting_[in_list].node = clone;
    stack[at] = clone;
    nodes_[node].open = false;
    if (last == furthest) bookmark = static_cast<std::size_t>(in_list) + 1;
    Detach(last);
    AppendChild(clone, last);
    last = clone;
  }
  Detach(last);
  const bool foster = IsTableContext(nodes_[common].tag) && !nodes_[common].foreign;
  if (foster && top_of_tag_[MyHTML_TAG_TABLE] >= 0 && nodes_[open_[top_of_tag_[MyHTML_TAG_TABLE]].node].parent != kNil) {
    InsertBefore(open_[top_of_tag_[MyHTML_TAG_TABLE]].node, last);
  } else {
    AppendChild(common, last);
  }
  const uint32_t wrapper = CloneElement(element);
  Node& f = nodes_[furthest];
  Node& w = nodes_[wrapper];
  w.first_child = f.first_child;
  w.last_child = f.last_child;
  for (uint32_t c = w.first_child; c != kNil; c = nodes_[c].next) nodes_[c].parent = wrapper;
  f.first_child = f.last_child = kNil;
  AppendChild(furthest, wrapper);
  const Formatting entry{wrapper, formatting_[list_at].tag, formatting_[list_at].attr_begin, formatting_[list_at].attr_count};
  formatting_.erase(formatting_.begin() + static_cast<std::ptrdiff_t>(list_at));
  if (bookmark > list_at) --bookmark;
  formatting_.insert(formatting_.begin() + static_cast<std::ptrdiff_t>(std::min(bookmark, formatting_.size())), entry);
  nodes_[element].open = false;
  stack.erase(stack.begin());
  --block;
  stack.insert(stack.begin() + static_cast<std::ptrdiff_t>(block) + 1, wrapper);
  RewindOpen(stack);
}

}  // namespace storyline
