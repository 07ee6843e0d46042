#include "extract/html_author.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "extract/html_dom.h"
#include "extract/html_title.h"

namespace storyline {
namespace {

constexpr std::size_t kMaxAuthorWords = 8;
constexpr std::size_t kMaxAuthorBytes = 80;

bool StartsWithNoCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(s[i])) != static_cast<unsigned char>(prefix[i])) return false;
  }
  return true;
}

// Labels put before the name, lower case (ASCII letters match either case; Cyrillic ones are
// listed in both), longest first where one begins another; Blogger's and WordPress's own
// wordings in the other main languages ("Eingestellt von", "Publié par").
constexpr std::array<std::string_view, 28> kLabels = {
    "written by", "posted by", "authored by", "author:", "authors:", "author", "by:", "by", "updated",
    "eingestellt von", "geschrieben von", "verfasst von", "publi\u00e9 par", "post\u00e9 par", "\u00e9crit par",
    "publicado por", "escrito por", "pubblicato da", "scritto da", "opublikowane przez",
    "\u0430\u0432\u0442\u043e\u0440:", "\u0410\u0432\u0442\u043e\u0440:",  // автор: Автор:
    "autorka:", "autor:", "von", "door", "\u03c3\u03c5\u03bd\u03c4\u03ac\u03ba\u03c4\u03b7\u03c2:",
    "\u03a3\u03c5\u03bd\u03c4\u03ac\u03ba\u03c4\u03b7\u03c2:"};  // συντάκτης: Συντάκτης:

bool IsLower(char ch) { return ch >= 'a' && ch <= 'z'; }

// `s` without a label of kLabels at its start ("By ", "Written by: "); `s` itself when it has
// none.
std::string_view StripLeadingLabel(std::string_view s) {
  for (std::string_view label : kLabels) {
    if (!StartsWithNoCase(s, label)) continue;
    std::string_view rest = s.substr(label.size());
    // The label must end a word: "Byron Smith" is a name ("BySummer Swann" is two text nodes).
    if (!rest.empty() && IsLower(rest.front())) continue;
    while (!rest.empty() && (rest.front() == ':' || rest.front() == ' ')) rest.remove_prefix(1);
    return rest;
  }
  return s;
}

// `s` without a leading label: "By ", "Written by: ", "Text by ", "Recipe by "…
std::string_view StripLabel(std::string_view s) {
  if (std::string_view rest = StripLeadingLabel(s); rest.size() != s.size()) return rest;
  // One or two words, then "by": "Text by Hunter Dukes", "Article by: X".
  std::size_t by = std::string_view::npos;
  for (std::size_t i = 0, words = 0; i + 3 <= s.size() && words < 2; ++i) {
    if (s[i] != ' ') continue;
    ++words;
    if (StartsWithNoCase(s.substr(i + 1), "by") && (i + 3 == s.size() || s[i + 3] == ' ' || s[i + 3] == ':')) {
      by = i + 3;
      break;
    }
  }
  if (by == std::string_view::npos) return s;
  s.remove_prefix(by);
  while (!s.empty() && (s.front() == ':' || s.front() == ' ')) s.remove_prefix(1);
  return s;
}

bool IsConnector(std::string_view t) { return t == "and" || t == "&" || t == "," || t == ", and" || t == "und"; }

// Two to four words, each starting with a capital (ASCII, or a two-byte letter: Latin with
// accents, Cyrillic, Greek), with at most a "." or "-" inside ("Lisa D. Ellis", "Applebaum-Bauch").
bool LooksLikePersonName(std::string_view s) {
  std::size_t words = 0;
  bool start = true;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto u = static_cast<unsigned char>(s[i]);
    if (u == ' ') {
      start = true;
      continue;
    }
    if (start) {
      ++words;
      start = false;
      const bool ascii_capital = u >= 'A' && u <= 'Z';
      // UTF-8 capitals of Latin-1 (C3 80..9E), Cyrillic (D0 80..AF) and Greek (CE 86..AB).
      const unsigned char next = i + 1 < s.size() ? static_cast<unsigned char>(s[i + 1]) : 0;
      const bool wide_capital = (u == 0xC3 && next >= 0x80 && next <= 0x9E) ||
                                (u == 0xD0 && next >= 0x80 && next <= 0xAF) ||
                                (u == 0xCE && next >= 0x86 && next <= 0xAB);
      if (!ascii_capital && !wide_capital) return false;
      continue;
    }
    if (!std::isalpha(u) && u < 0x80 && u != '.' && u != '-' && u != '\'') return false;
  }
  return words >= 2 && words <= 4;
}

// Whether an author value names the site (the publisher), not a writer. A `person` (typed so
// in JSON-LD) is the site only by its host: a blog may bear its writer's name.
bool NamesTheSite(std::string_view author, std::string_view site_name, std::string_view host, bool person) {
  return NamesSite(author, person ? std::string_view() : site_name, host);
}

// Whether a byline read from the page's elements or text reads as people's names: two to eight
// words, each capitalised (or not in Latin letters) or a joining word ("and", "van", "de"), no
// digits. Used only where it would replace the site's own name: a byline element or line is
// looser evidence than meta or JSON-LD ("mins read", "Insights from", a lone "Por").
bool LooksLikeNames(std::string_view text) {
  static constexpr std::array<std::string_view, 18> kJoining = {
      "and", "und", "et", "y", "e", "i", "de", "da", "del", "della", "van", "der", "den", "von", "la", "le", "di", "du"};
  int words = 0;
  for (std::size_t i = 0; i < text.size();) {
    while (i < text.size() && (text[i] == ' ' || text[i] == ',' || text[i] == '&')) ++i;
    if (i >= text.size()) break;
    std::size_t end = text.find_first_of(" ,&", i);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view word = text.substr(i, end - i);
    i = end;
    ++words;
    for (char ch : word) {
      if (std::isdigit(static_cast<unsigned char>(ch)) != 0) return false;
    }
    const auto first = static_cast<unsigned char>(word[0]);
    if (first >= 0x80 || std::isupper(first) != 0) continue;
    if (std::find(kJoining.begin(), kJoining.end(), word) == kJoining.end()) return false;
  }
  return words >= 2 && words <= 8;
}

}  // namespace

std::string BylineInText(const std::vector<std::string_view>& visible, std::size_t max_nodes) {
  const std::size_t n = std::min(visible.size(), max_nodes);
  for (std::size_t i = 0; i < n; ++i) {
    std::string collapsed;
    AppendCollapsed(collapsed, Trim(visible[i]));
    if (collapsed.empty() || collapsed.size() > kMaxAuthorBytes) continue;
    // Only a label that starts the line: "Search by ZIP Code" is not a byline.
    std::string_view rest = StripLeadingLabel(collapsed);
    if (rest.size() == collapsed.size()) continue;
    std::string name;
    if (!rest.empty()) {
      name = std::string(rest);
    } else {
      // The label alone: the name is the next non-empty node.
      for (std::size_t j = i + 1; j < n && name.empty(); ++j) {
        std::string next;
        AppendCollapsed(next, Trim(visible[j]));
        if (next.empty()) continue;
        name = std::move(next);
        break;
      }
    }
    while (!name.empty() && (name.back() == ',' || name.back() == '.' || name.back() == ' ')) name.pop_back();
    if (LooksLikePersonName(name) && !CleanAuthor(name, true).empty()) return name;
  }
  return {};
}

std::string CleanAuthor(std::string_view text, bool from_text) {
  std::string collapsed;
  AppendCollapsed(collapsed, text);
  std::string_view s = StripLabel(Trim(collapsed));
  while (!s.empty() && (s.back() == ',' || s.back() == '|' || s.back() == '-' || s.back() == ' ')) s.remove_suffix(1);
  // ", USA TODAY": a template whose name part came out empty; what is left is the affiliation.
  if (s.starts_with(',')) return {};
  // A CMS's placeholder for a name ("The Author", "Name", "Administrator") is no name.
  static constexpr std::array<std::string_view, 7> kPlaceholders = {"the author", "author", "name", "admin",
                                                                    "administrator", "unknown", "anonymous"};
  if (s.size() <= 13 && std::any_of(kPlaceholders.begin(), kPlaceholders.end(), [&](std::string_view p) {
        return s.size() == p.size() && StartsWithNoCase(s, p);
      })) {
    return {};
  }
  if (s.empty() || s.size() > kMaxAuthorBytes || s.find("://") != std::string_view::npos || s.starts_with("www.")) {
    return {};
  }
  // A name has a letter: ASCII, or a multi-byte one (0xE2 leads punctuation and symbols: "•").
  bool letter = false;
  for (char ch : s) {
    auto u = static_cast<unsigned char>(ch);
    letter = letter || std::isalpha(u) || (u >= 0xC3 && u != 0xE2);
  }
  if (!letter || s.find('@') != std::string_view::npos) return {};
  if (!from_text) return std::string(s);
  std::size_t words = 1;
  for (char ch : s) {
    if (std::isdigit(static_cast<unsigned char>(ch)) || ch == '@' || ch == '|') return {};
    if (ch == ' ') ++words;
  }
  // "page.head.author", "first_last": template keys and user names, not bylines.
  if (words == 1 && s.find_first_of("._") != std::string_view::npos) return {};
  if (words > kMaxAuthorWords) return {};
  return std::string(s);
}

std::string BylineName(const std::vector<std::string_view>& pieces) {
  std::vector<std::string_view> t;
  for (std::string_view p : pieces) {
    p = Trim(p);
    if (!p.empty()) t.push_back(p);
  }
  std::size_t i = 0;
  while (i < t.size() && CleanAuthor(t[i], true).empty()) ++i;  // "By", "Written by:"
  if (i == t.size()) return {};
  std::string name(t[i]);
  while (i + 2 < t.size() && IsConnector(t[i + 1])) {
    name += t[i + 1] == "," ? ", " : " " + std::string(t[i + 1]) + " ";
    name += t[i + 2];
    i += 2;
  }
  return CleanAuthor(name, true);
}

std::string JoinAuthors(const std::vector<std::string>& names) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += names.size() == 2 ? " and " : ", ";
    out += names[i];
  }
  return out;
}

// See html_author.h. The first source that names someone, but a value naming the site (a publisher's
// meta author, an Organization in JSON-LD) gives way to a later source that names another
// (a byline element or line only when it reads as names).
ChosenAuthor ChooseAuthor(std::initializer_list<AuthorSource> sources, std::string_view site_name,
                          std::string_view host) {
  const std::string* site = nullptr;
  for (const AuthorSource& s : sources) {
    if (s.value->empty()) continue;
    if (!NamesTheSite(*s.value, site_name, host, s.person)) {
      if (site == nullptr || s.structured || LooksLikeNames(*s.value)) return {*s.value, false};
      continue;
    }
    if (site == nullptr) site = s.value;
  }
  return site != nullptr ? ChosenAuthor{*site, true} : ChosenAuthor{};
}

}  // namespace storyline
