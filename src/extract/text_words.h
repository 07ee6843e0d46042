// Small word helpers shared by the plain-text and paragraph code of the extract stage
// (internal). Pure functions; thread-safe.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace storyline {

// Unicode lower case of UTF-8 text (ICU), so that Cyrillic and Greek wordings match too.
std::string FoldCase(std::string_view s);

// Whitespace-separated tokens (spaces and tabs).
std::size_t WordCount(std::string_view s);

}  // namespace storyline
