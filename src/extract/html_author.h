// Author names from HTML pages: cleaning a byline's text into a name, and joining several.
#pragma once

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

// "A", "A and B", "A, B, C": the convention of the gold bylines (two joined by "and").
std::string JoinAuthors(const std::vector<std::string>& names);

}  // namespace storyline
