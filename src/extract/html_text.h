// Main-text extraction from an HTML tree (boilerplate removal, v2).
//
// Scores prose blocks (leaf p/div/li/td/pre/blockquote…, and text written loose beside <br>s)
// by their text minus link text; each block credits its parent fully and its grandparent half.
// The root is itemprop="articleBody" or the <article> with the most prose when it holds at least
// half the prose of the densest container, else that container; it then climbs through wrappers
// to an ancestor holding 1.5x its prose (list articles), and siblings with >= 20% of its prose
// (and at most 20% link text) join it. Teasers (summaries in list items holding a link, or right after a headline link) vote
// less and do not draw the root into their column. Rendering keeps paragraphs, in-article
// headings, lists and quotes, and skips script/style/…, chrome tags (nav, header, footer, aside,
// form, figure, figcaption…), `hidden` elements and class/id names with nav, menu, footer,
// share, social, comment (koment, komment), related, promo, advert, cookie, subscribe, byline,
// author, copyright, modal, signup, breadcrumb, disclaimer — unless such an element holds half the page's
// text (at least 200 bytes): sites wrap whole pages in <form>, React streaming in <div hidden>;
// a comment section so large is still dropped when it does not hold the densest container.
// Paragraphs mostly made of link text, <h1>, the title and chrome lines ("Advertisement", "Read
// more: …") are dropped, and so is furniture at the ends (a heading heading nothing or a short
// line that does not end a sentence at the end, a short date line at the start). Not
// thread-safe per tree; the tree is read only.
#pragma once

#include <myhtml/api.h>

#include <string>
#include <string_view>

#include "extract/html_dom.h"

namespace storyline {

// Paragraphs separated by "\n\n"; "" when the page has no text.
std::string ExtractMainText(myhtml_tree_t* tree, std::string_view title);

// The same over an index of the tree already built (DomIndex::Build), to share it.
std::string ExtractMainText(const DomIndex& dom, std::string_view title);

}  // namespace storyline
