// storyline's own HTML parser: tokenizes UTF-8 HTML and builds the DomIndex (html_dom.h) straight
// away, without myhtml, reading only what the extraction reads. It skips while tokenizing what
// nothing reads — the text of comments, the bodies of <style>s, attributes not in kAttributesRead
// (html_prescan.h), the bodies of scripts that are not JSON (by their type) and hold none of
// kScriptKeysRead (such a script keeps a one-space text, as after DropUnreadHtml) — and decodes
// character references in text and read attribute values (html_entities.h).
//
// The tree follows the HTML5 tree-construction rules that matter for text: implied <html>,
// <head> and <body>; head-only elements before <body> go in <head>; blocks close an open <p>;
// implied ends of li/dd/dt/option/optgroup; table parts implied (tbody, tr) and closed, text and
// other elements misplaced in a table set before it (foster parenting); void elements;
// RAWTEXT/RCDATA/script data (with the escape states) for script, style, textarea, title, xmp,
// iframe, noembed, noframes (noscript is parsed as markup, as with scripting off); end tags
// close up to the matching open element when it is in scope and are ignored otherwise;
// formatting elements (a, b, i, …) are reopened in the next block (the list of active
// formatting elements) and misnested ones are fixed by the adoption agency algorithm;
// <svg>/<math> content as foreign elements, with their HTML integration points. Differences
// from the standard: nesting stops at kMaxParseDepth (deeper elements become siblings);
// <frameset> is ignored and <template> read as a plain element; end tags before <body> other
// than </head> and </br> are ignored. On the 4,885
// cached evaluation pages the extraction reads the same as from myhtml's tree
// (docs/PERFORMANCE.md, "Extraction: our own HTML parser").
//
// Bounded: time linear in the input (scope checks are O(1); an adoption agency run or a
// reconstruction touches at most kMaxParseDepth open elements, and reopened formatting
// elements are budgeted per input byte), no recursion. Thread safety: each thread parses with
// its own buffers; threads may parse at once.
#pragma once

#include <string_view>

#include "extract/html_dom.h"
#include "storyline/status.h"

namespace storyline {

// Elements open at once beyond this depth are added as siblings, not nested.
inline constexpr std::size_t kMaxParseDepth = 512;
// Nodes a page is parsed into at most (elements, texts, comments): the input after the token
// that reaches it is not read, which bounds a page's memory (about 200 MB for the whole
// extraction of a page that reaches it). News pages have a few thousand nodes (the largest
// cached evaluation pages under 10^4).
inline constexpr std::size_t kMaxParseNodes = 1u << 20;

// Parses `utf8` into `dom` (cleared first). Texts and values in `dom` point into `utf8` or into
// this thread's parser buffers: valid while `utf8` lives and until the next ParseHtmlFast() on
// the same thread. Never fails on any input (binary junk included); the Status is for symmetry
// with ParseHtml.
Status ParseHtmlFast(std::string_view utf8, DomIndex& dom);

}  // namespace storyline
