// Article metadata from an HTML tree: headline, publication time, URL, site, author.
#pragma once

#include <myhtml/api.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "extract/date_text.h"
#include "extract/html_dom.h"
#include "extract/html_title.h"  // StripSiteSuffix, for the callers of this header

namespace storyline {

struct HtmlMetadata {
  // Headline: og:title > twitter:title > JSON-LD headline > first <h1> > <title> without a site
  // suffix. Empty when none.
  std::string title;
  // Publication time, from the most trusted source found (document order breaks ties):
  // a full date in og:url / canonical URL (/2019/11/01/) > article:published_time and
  // synonyms (datePublished, parsely, sailthru…) > JSON-LD datePublished of an Article-like
  // object > itemprop=datePublished / <time pubdate> / class "published" > JSON-LD
  // datePublished of another type > a dateline in an element named like a date ("Published 1
  // November 2019") or a date the text labels as the publication ("Erschienen am 01.11.23")
  // > another <time> > generic meta dates (dc.date, pubdate…) > the first date in the text
  // after the <h1> > modification dates (also an "Updated …" dateline) > the first date
  // anywhere in the visible text > a publication key in the page's script state
  // ("publishedDate": "…" in app JSON) > a full date in the og:image path. When the first unlabelled date in the 600 bytes of text under the <h1> has the day of
  // some candidate, the best-ranked such candidate wins instead, unless a modification date
  // has that day too (the page shows its update).
  // Nothing inside nav/footer/aside counts except meta tags. Values that parse as no date are skipped.
  std::optional<int64_t> published;        // Unix seconds, UTC (a date alone: 00:00 UTC)
  std::optional<LocalDate> published_local;  // the same, as the page wrote it (its own day)
  // Where `published` came from: "meta:<name>", "json-ld:datePublished", "itemprop", "time",
  // "element", "url", "text:dateline", "text", "json-ld:dateModified", "text:page"… ("" when none).
  std::string published_source;
  std::string url;     // og:url > <link rel=canonical> (absolute http(s) only)
  std::string source;  // og:site_name > the URL's host without "www."
  std::string author;  // <meta name=author> > JSON-LD author name
};

// Reads the metadata of a parsed document. Never fails; absent fields stay empty.
HtmlMetadata ExtractHtmlMetadata(myhtml_tree_t* tree);

// The same over an index of the tree already built (DomIndex::Build), to share it.
HtmlMetadata ExtractHtmlMetadata(const DomIndex& dom);

// "https://www.example.com:8080/a" → "example.com"; "" when not an http(s) URL.
std::string HostOf(std::string_view url);

}  // namespace storyline
