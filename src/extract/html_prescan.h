// A fast pass over a page before myhtml parses it: drops the bytes that no extraction step reads
// (bodies of <style>s, the text of comments, attributes not in kAttributesRead, the bodies of
// scripts that are not JSON-LD and hold none of kScriptKeysRead, each left as one space so that
// the script still has a text), so that the parser has fewer bytes to tokenize and copy. What
// the parser builds from the result is the same tree less those texts and attributes (the
// elements and comment nodes themselves stay).
//
// It follows myhtml's tokenizer (the HTML5 rules as libmodest implements them) over tags,
// attribute values, comments, doctypes, bogus comments, RCDATA/RAWTEXT elements and the script
// data states (escaped and double-escaped included), and stops changing anything — copying the
// rest as it is — wherever the tokenizer's state would depend on tree construction it does not
// model: foreign content (<svg>, <math>), <frameset>, raw-text elements inside <select>,
// <plaintext>, <col>/<colgroup> inside a <template>, and input that ends inside a tag, comment
// or script.
#pragma once

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

namespace storyline {

// An attribute that the extraction reads from the tree (html_dom.cc, html_metadata.cc) or
// that changes how myhtml builds it (meta charset); the fast parser (html_parse.h) and DomIndex
// keep only these: on every element, or (`on`, a lower-case tag
// name) on one element only. The prescan drops all others, and these too on other elements (the
// <a>s' hrefs are a quarter of a typical page), except on a few elements that keep all their
// attributes (see html_prescan.cc). Code that reads a new attribute must add it here, or it
// will find it empty; DomIndex::Attr() takes only names from this list (checked at compile time) and
// reads one listed with `on` as "" on other elements, with or without the prescan.
struct ReadAttribute {
  std::string_view name;
  std::string_view on = {};  // "": every element
};
inline constexpr std::array<ReadAttribute, 15> kAttributesRead = {{
    {"class"}, {"id"}, {"hidden"}, {"pubdate"}, {"itemprop"},  // DomIndex
    {"datetime"}, {"content"},                                 // <time>, date-named elements, <meta>
    {"property", "meta"}, {"name", "meta"}, {"http-equiv", "meta"}, {"charset", "meta"},
    {"type", "script"}, {"rel", "link"}, {"href", "link"}, {"title", "abbr"}}};

// Whether the extraction reads attribute `name` on elements named `tag` (both lower case).
constexpr bool IsReadAttributeOf(std::string_view tag, std::string_view name) {
  for (const ReadAttribute& read : kAttributesRead) {
    if (read.name == name) return read.on.empty() || read.on == tag;
  }
  return false;
}

struct PrescanStats {
  std::size_t scripts = 0;   // script bodies dropped (left as one space)
  std::size_t styles = 0;    // style bodies dropped
  std::size_t comments = 0;  // comment texts dropped
  std::size_t attributes = 0;  // attributes dropped
  std::size_t stopped_at = std::string_view::npos;  // where copying as-is began, npos if never
};

// Whether the prescan keeps all attributes of elements so named (formatting elements…).
bool PrescanKeepsAllAttributes(std::string_view tag_name);

// The only strings read in scripts other than JSON-LD (html_metadata.cc, the script state date):
// a script holding one of them is kept whole. Reading scripts in another way needs a change here.
inline constexpr std::array<std::string_view, 10> kScriptKeysRead = {
    "\"datePublished\"", "\"publishedDate\"", "\"publishedAt\"", "\"published_at\"", "\"publishDate\"",
    "\"publish_date\"", "\"datePosted\"", "\"dateCreated\"", "\"createdAt\"", "\"created_at\""};

// Writes `html` less the unread bytes into `out` (cleared first) and returns true; returns false
// (and leaves `out` unspecified) when nothing would be dropped, so that the caller parses `html`.
bool DropUnreadHtml(std::string_view html, std::string& out, PrescanStats* stats = nullptr);

}  // namespace storyline
