// Main-text extraction from an HTML tree (boilerplate removal, v1).
//
// Chooses a root: an element with itemprop="articleBody", else the <article> with the most
// paragraph text, else the element whose <p> children carry the most text after discounting
// links, else <body>. Renders it to paragraphs (p, h2-h6, li, blockquote, text blocks in div…)
// while skipping script/style/noscript/nav/header/footer/aside/form/figure/figcaption/address
// and elements whose class or id mentions nav, menu, footer, share, social, comment, related,
// promo, advert, cookie, subscribe, byline — unless such an element holds half the page's text
// (at least 200 bytes): sites wrap whole pages in <form> or <div class="...menu-pusher">. <h1> and paragraphs equal to the title are dropped (the
// title is reported separately), and so are chrome lines ("Advertisement", "Read more: …").
#pragma once

#include <myhtml/api.h>

#include <string>
#include <string_view>

namespace storyline {

// Paragraphs separated by "\n\n"; "" when the page has no text.
std::string ExtractMainText(myhtml_tree_t* tree, std::string_view title);

}  // namespace storyline
