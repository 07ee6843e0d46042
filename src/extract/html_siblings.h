// The root's siblings (internal to the extract stage): which of the chosen root's neighbours are
// the story too — siblings with a good share of its prose, lead paragraphs ahead of it, a page
// builder's columns of the same kind — and the section kinds the climb (html_text.cc) compares.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "extract/html_page.h"

namespace storyline::main_text {

// Text blocks shorter than this (bytes) say little about where the article is (bylines, captions).
inline constexpr std::size_t kMinScoredBlock = 25;

// Siblings of the densest container join the article when they hold this share of its prose
// (Readability's rule): articles split by an ad slot or a pull quote stay whole.
inline constexpr double kSiblingShare = 0.2;
// ... unless most of that prose sits in list items: a column of teasers (<li> summaries of
// other articles) beside the story, not the story continued.
inline constexpr double kMaxListedSiblingShare = 0.5;
// ... or when more than this share of its text is in links (a box of other headlines with
// summaries, a link-laden sidebar): the story itself has few links.
inline constexpr double kMaxSiblingLinkShare = 0.2;
// A paragraph just before the root (see FindRoots) joins it with at least this much text
// (bytes): a sentence, not a label or a date.
inline constexpr std::size_t kMinLeadParagraph = 80;

// What a page builder repeats on each section of a story: the element's first class name, or
// for an element with an id and no class, the id's shape with each run of digits as one '0'
// (id="183515", id="section-2": "#0", "#section-0"); "" for neither.
std::string SectionKind(std::string_view name);

// The roots to render for `root`, in document order: the root, its siblings holding
// kSiblingShare of its prose (few links, no teaser list, no legal notice), and lead paragraphs
// in the unbroken run just before it, up to three levels above (see html_siblings.cc).
std::vector<Id> WithSiblings(const Page& page, Id root);

// For a root with no siblings of its own to join: its wrapper's siblings of the same kind (see
// html_siblings.cc), with the root in document order; {root} when there are none.
std::vector<Id> WithSameKindColumns(const Page& page, Id root);

}  // namespace storyline::main_text
