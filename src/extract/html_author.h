// Author names from HTML pages: cleaning a byline's text into a name, and joining several.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace storyline {

// The name in an author value ("By Dana Whitfield", "Written by: Dana Whitfield"), spaces
// collapsed; "" for a URL or a text too long for a name. `from_text`: read from the page's
// visible text, where it is also "" for what does not look like a person's or desk's name: an
// e-mail address, a date or other digits, more than 8 words, one word with '.' or '_'.
std::string CleanAuthor(std::string_view text, bool from_text);

// The name in a byline element's text nodes: label nodes ("By") skipped, then the first name,
// with the next ones when "and", "&" or "," joins them ("By <a>A</a> and <a>B</a>").
std::string BylineName(const std::vector<std::string_view>& pieces);

// A byline written in the page's visible text without an element named for it: the first text
// node that is a label and a name ("By Amy Wilhelm", "Written by Cassidy Horton"), or a label
// node alone followed by a name node ("By" <a>Amy Wilhelm</a>). The name is two to four words,
// each capitalised. "" when there is none among the first `max_nodes` nodes.
std::string BylineInText(const std::vector<std::string_view>& visible, std::size_t max_nodes);

// One place an author may be read from, in the order the caller trusts them.
struct AuthorSource {
  const std::string* value;
  bool structured;      // meta or JSON-LD, not read off the page's elements or text
  bool person = false;  // typed Person in JSON-LD
};

struct ChosenAuthor {
  std::string name;
  bool names_site = false;  // no source named anyone but the site
};

// The author: the first source that names someone, but a value naming the site itself
// (NamesSite in html_title.h: a publisher's meta author, an Organization in JSON-LD) gives
// way to a later source that names another — a source not `structured` only when it reads as
// people's names (two to eight capitalised or joining words, no digits: not "mins read").
// A `person` is the site only by the host (a blog may bear its writer's name).
ChosenAuthor ChooseAuthor(std::initializer_list<AuthorSource> sources, std::string_view site_name,
                          std::string_view host);

// "A", "A and B", "A, B, C": the convention of the gold bylines (two joined by "and").
std::string JoinAuthors(const std::vector<std::string>& names);

}  // namespace storyline
