// Character references of HTML5 (&amp; &#233; &#x20AC; &copy, …) decoded as the tokenizer of the
// standard does: the longest named reference that matches, the legacy names also without ';'
// (but not inside an attribute value when the next character is '=' or alphanumeric), numeric
// references with the standard's replacements (0, surrogates and values past U+10FFFF give
// U+FFFD; 0x80–0x9F are read as windows-1252). Thread safe (constant tables).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace storyline {

// `in` starts with '&'. Appends the decoded reference to `out` and returns how many bytes of
// `in` it used; returns 0 (appending nothing) when `in` does not start with a reference, so the
// '&' is text.
std::size_t DecodeCharRef(std::string_view in, bool in_attribute, std::string& out);

// Appends code point `cp` (a valid scalar value) in UTF-8.
void AppendUtf8(std::string& out, char32_t cp);

}  // namespace storyline
