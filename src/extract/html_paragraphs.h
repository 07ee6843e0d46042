// The main text's last step: from the paragraphs rendered out of the chosen roots to the text.
// Internal to the extract stage. Pure functions; thread-safe.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace storyline {

// A rendered paragraph and what the trimming at the text's ends needs to know of it.
struct Paragraph {
  std::string text;
  bool heading = false;  // all of it inside <h2>..<h6>
  bool item = false;     // some of it inside a list item or table cell
};

// Whether a line ends like a sentence (or a quote, or a parenthesis closing a credit).
bool EndsSentence(std::string_view line);

// The paragraphs joined by blank lines: the title's own line, chrome lines (IsChromeLine) and
// repeats left out (pages that carry the story twice), furniture trimmed at both ends (a
// heading or a short unfinished line at the end, a short dated line at the start), never the
// last paragraph left. `only_comments` (optional) is set when the paragraphs are readers'
// comments from the start (comment stamps, the first too near the start to cut there).
std::string JoinKept(const std::vector<Paragraph>& paragraphs, std::string_view title,
                     bool* only_comments = nullptr);

// Trims the author's bio box from the end of `text` (paragraphs separated by "\n\n"): from the
// earliest of the last three paragraphs that begins with `author` (a name of two words or more)
// followed by anything but a colon or more of a word ("Jane Doe is a reporter…", "Jane Doe, an
// award-winning…", "Jane Doe can be reached at…", "(Jane Doe ist …"), when what is cut holds
// at most 1,000 bytes and is not the first paragraph. A speaker's "Jane Doe: …" in a transcript
// stays.
void TrimAuthorBio(std::string& text, std::string_view author);

}  // namespace storyline
