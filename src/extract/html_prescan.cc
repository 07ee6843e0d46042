#include "extract/html_prescan.h"

#include <cstdint>
#include <cstring>
#include <vector>

namespace storyline {
namespace {

constexpr std::size_t kNpos = std::string_view::npos;

// The five characters myhtml's tokenizer takes as white space (myhtml_whithspace).
bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'; }
bool IsAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }
// What may follow an end tag's name for the tag to end a script or raw-text element.
bool EndsTagName(char c) { return IsSpace(c) || c == '/' || c == '>'; }

// `s` (any case) equals the lower-case `word`.
bool EqualsFolded(std::string_view s, std::string_view word) {
  if (s.size() != word.size()) return false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (Lower(s[i]) != word[i]) return false;
  }
  return true;
}

// Whether `s` holds the lower-case `word` in any case; cheap where its first letter is rare.
bool ContainsFolded(std::string_view s, std::string_view word) {
  for (std::size_t i = 0; i + word.size() <= s.size(); ++i) {
    if (Lower(s[i]) == word[0] && EqualsFolded(s.substr(i, word.size()), word)) return true;
  }
  return false;
}

struct Span {
  std::size_t begin, end;
};

// Per name length (up to 15), a bit per first letter (a–z) of the names of that length in `names`.
template <std::size_t N>
constexpr std::array<uint32_t, 16> FirstLettersByLength(const std::array<std::string_view, N>& names) {
  std::array<uint32_t, 16> t{};
  for (std::string_view name : names) t[name.size()] |= 1u << (name[0] - 'a');
  return t;
}
constexpr auto kReadFirstLetters = FirstLettersByLength([] {
  std::array<std::string_view, kAttributesRead.size()> names{};
  for (std::size_t i = 0; i < names.size(); ++i) names[i] = kAttributesRead[i].name;
  return names;
}());

// Most attributes are rejected by their length and first letter.
bool MayBeIn(const std::array<uint32_t, 16>& first_letters, std::string_view name) {
  if (name.size() >= first_letters.size()) return false;
  const char c = Lower(name[0]);
  return c >= 'a' && c <= 'z' && (first_letters[name.size()] >> (c - 'a') & 1) != 0;
}

// The elements that an attribute of kAttributesRead is read on only, one bit each.
constexpr std::array<std::string_view, 4> kReadOnlyOn = {"meta", "script", "link", "abbr"};

constexpr uint8_t OnlyOnBit(std::string_view tag) {
  for (std::size_t i = 0; i < kReadOnlyOn.size(); ++i) {
    if (kReadOnlyOn[i] == tag) return static_cast<uint8_t>(1u << i);
  }
  return 0;
}

// The kReadOnlyOn bit of a tag named `name` (any case); 0 for the other elements.
uint8_t OnlyOnBitOfTag(std::string_view name) {
  if (name.size() != 4 && name.size() != 6) return 0;
  for (std::size_t i = 0; i < kReadOnlyOn.size(); ++i) {
    if (EqualsFolded(name, kReadOnlyOn[i])) return static_cast<uint8_t>(1u << i);
  }
  return 0;
}

struct ReadName {
  std::string_view name;
  uint8_t only_on = 0;  // a kReadOnlyOn bit; 0: read on every element
};

// kAttributesRead by length: at most three names share one.
constexpr auto kReadByLength = [] {
  std::array<std::array<ReadName, 3>, 16> t{};
  for (const ReadAttribute& read : kAttributesRead) {
    for (ReadName& slot : t[read.name.size()]) {
      if (slot.name.empty()) {
        slot = {read.name, OnlyOnBit(read.on)};
        break;
      }
    }
  }
  return t;
}();
static_assert([] {
  for (const ReadAttribute& read : kAttributesRead) {
    if (read.name.size() >= kReadByLength.size() || (!read.on.empty() && OnlyOnBit(read.on) == 0)) return false;
    bool slotted = false;
    for (const ReadName& slot : kReadByLength[read.name.size()]) slotted = slotted || slot.name == read.name;
    if (!slotted) return false;
  }
  return true;
}(), "every read attribute has a slot, and its element a bit in kReadOnlyOn");

// Whether the attribute `name` (any case) is read on a tag of kReadOnlyOn bit `tag_bit`.
bool IsReadAttribute(std::string_view name, uint8_t tag_bit) {
  if (!MayBeIn(kReadFirstLetters, name)) return false;
  const char first = Lower(name[0]);
  for (const ReadName& read : kReadByLength[name.size()]) {
    if (!read.name.empty() && read.name[0] == first && EqualsFolded(name.substr(1), read.name.substr(1))) {
      return read.only_on == 0 || read.only_on == tag_bit;
    }
  }
  return false;
}

// Per byte, whether some key of kScriptKeysRead has it second (after the opening quote).
constexpr std::array<bool, 256> kScriptKeySecond = [] {
  std::array<bool, 256> t{};
  for (std::string_view key : kScriptKeysRead) t[static_cast<unsigned char>(key[1])] = true;
  return t;
}();

// Whether a script body holds one of kScriptKeysRead (as std::string_view::find finds it).
bool HoldsScriptKey(std::string_view body) {
  static_assert([] {
    for (std::string_view key : kScriptKeysRead) {
      if (key.size() < 2 || key[0] != '"') return false;
    }
    return true;
  }(), "every key starts with a quote");
  const char* p = body.data();
  const char* end = p + body.size();
  while (const void* q = std::memchr(p, '"', static_cast<std::size_t>(end - p))) {
    p = static_cast<const char*>(q);
    if (end - p > 1 && kScriptKeySecond[static_cast<unsigned char>(p[1])]) {
      const std::string_view rest(p, static_cast<std::size_t>(end - p));
      for (std::string_view key : kScriptKeysRead) {
        if (rest.starts_with(key)) return true;
      }
    }
    ++p;
  }
  return false;
}

// What a start tag does to the tokenizer, by its (folded) name.
enum class TagKind { kOrdinary, kScript, kStyle, kRawText, kSelect, kSelectContent, kUnmodelled };

TagKind KindOf(std::string_view name) {
  // The first letters of the names below.
  static constexpr uint32_t kFirst = (1u << ('f' - 'a')) | (1u << ('h' - 'a')) | (1u << ('i' - 'a')) |
                                     (1u << ('m' - 'a')) | (1u << ('n' - 'a')) | (1u << ('o' - 'a')) |
                                     (1u << ('p' - 'a')) | (1u << ('s' - 'a')) | (1u << ('t' - 'a')) | (1u << ('x' - 'a'));
  const char c = Lower(name[0]);  // tag names start with a letter
  if ((kFirst >> (c - 'a') & 1) == 0) return TagKind::kOrdinary;
  switch (name.size()) {
    case 2: if (EqualsFolded(name, "hr")) return TagKind::kSelectContent; break;
    case 3:
      if (EqualsFolded(name, "svg")) return TagKind::kUnmodelled;
      if (EqualsFolded(name, "xmp")) return TagKind::kRawText;
      break;
    case 4: if (EqualsFolded(name, "math")) return TagKind::kUnmodelled; break;
    case 5:
      if (EqualsFolded(name, "style")) return TagKind::kStyle;
      if (EqualsFolded(name, "title")) return TagKind::kRawText;  // RCDATA: ends the same way
      break;
    case 6:
      if (EqualsFolded(name, "script")) return TagKind::kScript;
      if (EqualsFolded(name, "iframe")) return TagKind::kRawText;
      if (EqualsFolded(name, "select")) return TagKind::kSelect;
      if (EqualsFolded(name, "option")) return TagKind::kSelectContent;
      break;
    case 7: if (EqualsFolded(name, "noembed")) return TagKind::kRawText; break;
    case 8:
      if (EqualsFolded(name, "textarea")) return TagKind::kRawText;  // RCDATA
      if (EqualsFolded(name, "noframes")) return TagKind::kRawText;
      if (EqualsFolded(name, "frameset")) return TagKind::kUnmodelled;
      if (EqualsFolded(name, "optgroup")) return TagKind::kSelectContent;
      break;
    case 9: if (EqualsFolded(name, "plaintext")) return TagKind::kUnmodelled; break;
    default: break;
  }
  return TagKind::kOrdinary;
}

// myhtml's script data states, less the transient ones (handled where they occur).
enum class ScriptState { kData, kEscaped, kEscapedDash, kEscapedDashDash, kDouble, kDoubleDash, kDoubleDashDash };

// The first '-' or '<' in [p, end), or end: eight bytes at a time (escaped scripts are long).
const char* FindDashOrLessThan(const char* p, const char* end) {
  constexpr uint64_t kOnes = 0x0101010101010101ull, kHighs = 0x8080808080808080ull;
  for (; end - p >= 8; p += 8) {
    uint64_t w;
    std::memcpy(&w, p, 8);
    const uint64_t dash = w ^ (kOnes * '-'), lt = w ^ (kOnes * '<');
    // A zero byte in either word (the classic "has zero byte" test; exact for the first one).
    const uint64_t found = ((dash - kOnes) & ~dash & kHighs) | ((lt - kOnes) & ~lt & kHighs);
    if (found != 0) break;
  }
  while (p < end && *p != '-' && *p != '<') ++p;
  return p;
}

// Character classes of the tag states, one bit each.
enum : uint8_t { kEndsName = 1, kSkipBeforeName = 2, kEndsAttrName = 4, kEndsUnquoted = 8 };
constexpr std::array<uint8_t, 256> kClass = [] {
  std::array<uint8_t, 256> t{};
  for (unsigned char c : {' ', '\t', '\n', '\f', '\r'}) t[c] = kEndsName | kSkipBeforeName | kEndsAttrName | kEndsUnquoted;
  t['/'] = kEndsName | kSkipBeforeName | kEndsAttrName;
  t['>'] = kEndsName | kEndsAttrName | kEndsUnquoted;
  t['='] = kEndsAttrName;
  return t;
}();

class Scanner {
 public:
  explicit Scanner(std::string_view s) : s_(s), n_(s.size()) {}

  // One past the '>' that ends the tag whose name starts at `name_begin` (myhtml's tag name and
  // attribute states: '>' inside a quoted value does not end it); npos at the end of input.
  // `name_end` receives the end of the tag name; `unread`, when given, the spans (name to end of
  // value) of the attributes no extraction step reads on this tag (IsReadAttribute) that can be removed
  // without changing how the rest of the tag is read: those that follow white space, begin where
  // the tokenizer is before an attribute name and end with a value or with the tag. ("a /" and
  // "a =" after a bare name would be read differently once it is removed.)
  std::size_t TagEnd(std::size_t name_begin, std::size_t& name_end, std::vector<Span>* unread) const {
    const char* s = s_.data();
    std::size_t j = name_begin;
    while (j < n_ && !(kClass[static_cast<unsigned char>(s[j])] & kEndsName)) ++j;
    name_end = j;
    if (j >= n_) return kNpos;
    if (s[j] == '>') return j + 1;
    const uint8_t tag_bit = unread != nullptr ? OnlyOnBitOfTag(s_.substr(name_begin, j - name_begin)) : 0;
    ++j;  // white space or '/': before the attributes (self-closing start tag state for '/')
    bool before_name = true;  // else after a bare attribute name (and white space)
    for (;;) {
      // Before an attribute name (or after one): white space and '/' are skipped.
      while (j < n_ && (kClass[static_cast<unsigned char>(s[j])] & kSkipBeforeName)) {
        if (!before_name && s[j] == '/') before_name = true;  // myhtml reads it in the name state
        ++j;
      }
      if (j >= n_) return kNpos;
      if (s[j] == '>') return j + 1;
      if (s[j] == '=' && !before_name) {
        // A value for the bare name before: not a new attribute. (Read as one with no name.)
        before_name = true;
        j = ValueEnd(j + 1);
        if (j == kNpos) return kNpos;
        continue;
      }
      // An attribute name; its first character may be '=' or a quote.
      const std::size_t begin = j;
      const bool droppable = before_name && IsSpace(s[begin - 1]);
      ++j;
      while (j < n_ && !(kClass[static_cast<unsigned char>(s[j])] & kEndsAttrName)) ++j;
      if (j >= n_) return kNpos;
      const std::size_t name_stop = j;
      std::size_t end = j;
      bool has_value = false;
      // After the name: white space, then '=' gives a value.
      std::size_t k = j;
      while (k < n_ && IsSpace(s[k])) ++k;
      if (k >= n_) return kNpos;
      if (s[k] == '=' && s[j] != '/') {
        has_value = true;
        end = ValueEnd(k + 1);
        if (end == kNpos) return kNpos;
        j = end;
        before_name = true;
      } else if (s[j] == '/') {
        j = j + 1;
        before_name = true;
      } else {
        j = k;
        before_name = s[k] == '>';
      }
      if (unread != nullptr && droppable && (has_value || s[end] == '>') &&
          !IsReadAttribute(s_.substr(begin, name_stop - begin), tag_bit)) {
        unread->push_back({begin, end});
      }
    }
  }

  // One past the value that starts at or after `j` (just after '='), white space before it
  // skipped: a quoted value to its closing quote, an unquoted one to white space or '>'; an
  // empty value ends at `j` when '>' comes first. npos at the end of input.
  std::size_t ValueEnd(std::size_t j) const {
    const char* s = s_.data();
    while (j < n_ && IsSpace(s[j])) ++j;
    if (j >= n_) return kNpos;
    const char c = s[j];
    if (c == '>') return j;
    if (c == '"' || c == '\'') {
      const void* close = std::memchr(s + j + 1, c, n_ - j - 1);
      if (close == nullptr) return kNpos;
      return static_cast<std::size_t>(static_cast<const char*>(close) - s) + 1;
    }
    while (j < n_ && !(kClass[static_cast<unsigned char>(s[j])] & kEndsUnquoted)) ++j;
    return j < n_ ? j : kNpos;
  }

  // Where `</script` ends the script whose data starts at `i` (the position of its '<'),
  // following myhtml's script data states, escaped and double-escaped ones included; npos when
  // the input ends first.
  std::size_t ScriptEnd(std::size_t i) const {
    using enum ScriptState;
    ScriptState state = kData;
    while (i < n_) {
      switch (state) {
        case kData: {
          const void* lt = std::memchr(s_.data() + i, '<', n_ - i);
          if (lt == nullptr) return kNpos;
          std::size_t p = static_cast<std::size_t>(static_cast<const char*>(lt) - s_.data());
          i = p + 1;
          if (i >= n_) return kNpos;
          if (s_[i] == '/') {
            if (IsScriptEndTag(i + 1)) return p;
            ++i;  // the name, if any, is script data again
          } else if (s_[i] == '!') {
            ++i;
            if (i < n_ && s_[i] == '-') {
              ++i;
              if (i < n_ && s_[i] == '-') {
                ++i;
                state = kEscapedDashDash;
              }
            }
          }
          break;
        }
        case kEscaped:
          i = DashOrLessThan(i);
          if (i >= n_) return kNpos;
          if (s_[i] == '-') {
            state = kEscapedDash;
            ++i;
          } else if (std::size_t end = EscapedLessThan(i, state); end != kNpos) {
            return end;
          }
          break;
        case kEscapedDash:
        case kEscapedDashDash:
          if (s_[i] == '-') {
            state = kEscapedDashDash;
            ++i;
          } else if (s_[i] == '<') {
            if (std::size_t end = EscapedLessThan(i, state); end != kNpos) return end;
          } else {
            state = s_[i] == '>' && state == kEscapedDashDash ? kData : kEscaped;
            ++i;
          }
          break;
        case kDouble:
          i = DashOrLessThan(i);
          if (i >= n_) return kNpos;
          if (s_[i] == '-') {
            state = kDoubleDash;
            ++i;
          } else {
            DoubleLessThan(i, state);
          }
          break;
        case kDoubleDash:
        case kDoubleDashDash:
          if (s_[i] == '-') {
            state = kDoubleDashDash;
            ++i;
          } else if (s_[i] == '<') {
            DoubleLessThan(i, state);
          } else {
            state = s_[i] == '>' && state == kDoubleDashDash ? kData : kDouble;
            ++i;
          }
          break;
      }
    }
    return kNpos;
  }

  std::size_t DashOrLessThan(std::size_t i) const {
    return static_cast<std::size_t>(FindDashOrLessThan(s_.data() + i, s_.data() + n_) - s_.data());
  }

  // `</` + "script" (any case) + white space, '/' or '>' at `name` (just after the '/').
  bool IsScriptEndTag(std::size_t name) const {
    return n_ - name > 6 && EqualsFolded(s_.substr(name, 6), "script") && EndsTagName(s_[name + 6]);
  }

  // The end of the element whose raw text (RAWTEXT or RCDATA) starts at `i`: the '<' of the
  // first `</name` (any case, as myhtml matches it) + white space, '/' or '>'; npos when there
  // is none.
  std::size_t RawTextEnd(std::size_t i, std::string_view name) const {
    while (i < n_) {
      const void* lt = std::memchr(s_.data() + i, '<', n_ - i);
      if (lt == nullptr) return kNpos;
      std::size_t p = static_cast<std::size_t>(static_cast<const char*>(lt) - s_.data());
      i = p + 1;
      if (p + 2 + name.size() >= n_) return kNpos;
      if (s_[p + 1] != '/') continue;
      if (EqualsFolded(s_.substr(p + 2, name.size()), name) && EndsTagName(s_[p + 2 + name.size()])) return p;
    }
    return kNpos;
  }

  // A comment's text starts at `b` (after `<!--`): sets `text_end` to where its text ends and
  // returns one past its closing '>', as myhtml's comment states end it (`<!-->` and `<!--->`
  // are empty comments; otherwise the first `-->` or `--!>`); npos when the input ends first.
  std::size_t CommentEnd(std::size_t b, std::size_t& text_end) const {
    text_end = b;
    if (b < n_ && s_[b] == '>') return b + 1;
    if (b + 1 < n_ && s_[b] == '-' && s_[b + 1] == '>') return b + 2;
    // The comment ends at the first "--" (more dashes allowed) followed by ">" or "!>".
    for (std::size_t j = b;;) {
      const std::size_t q = s_.find("--", j);
      if (q == kNpos) return kNpos;
      std::size_t k = q + 2;
      while (k < n_ && s_[k] == '-') ++k;
      if (k < n_ && s_[k] == '>') {
        text_end = k - 2;  // "-->" is kept
        return k + 1;
      }
      if (k + 1 < n_ && s_[k] == '!' && s_[k + 1] == '>') {
        text_end = k - 2;  // "--!>" is kept
        return k + 2;
      }
      j = k;
    }
  }

  // One past the '>' at or after `i`; npos when there is none.
  std::size_t After(std::size_t i, char c) const {
    if (i >= n_) return kNpos;
    const void* p = std::memchr(s_.data() + i, c, n_ - i);
    return p == nullptr ? kNpos : static_cast<std::size_t>(static_cast<const char*>(p) - s_.data()) + 1;
  }

 private:
  // At the '<' in an escaped script: `</script…` ends the script (returns its position);
  // `<script…` starts the double-escaped state.
  std::size_t EscapedLessThan(std::size_t& i, ScriptState& state) const {
    std::size_t p = i++;
    state = ScriptState::kEscaped;
    if (i >= n_) return kNpos;
    if (s_[i] == '/') {
      if (IsScriptEndTag(i + 1)) return p;
      ++i;
    } else if (IsAlpha(s_[i])) {
      std::size_t j = i;
      while (j < n_ && IsAlpha(s_[j])) ++j;
      if (j < n_ && EndsTagName(s_[j])) {
        if (EqualsFolded(s_.substr(i, j - i), "script")) state = ScriptState::kDouble;
        i = j + 1;
      } else {
        i = j;
      }
    }
    return kNpos;
  }

  // At the '<' in a double-escaped script: `</script` + white space, '/' or '>' goes back to
  // the escaped state.
  void DoubleLessThan(std::size_t& i, ScriptState& state) const {
    ++i;
    state = ScriptState::kDouble;
    if (i >= n_ || s_[i] != '/') return;
    ++i;
    std::size_t j = i;
    while (j < n_ && IsAlpha(s_[j])) ++j;
    if (j < n_ && EndsTagName(s_[j])) {
      if (EqualsFolded(s_.substr(i, j - i), "script")) state = ScriptState::kEscaped;
      i = j + 1;
    } else {
      i = j;
    }
  }

  std::string_view s_;
  std::size_t n_;
};

}  // namespace

// Formatting elements are compared with their attributes when the tree is built (the "Noah's
// Ark" clause of the list of active formatting elements): theirs are all kept. (<a> is not among
// them: the list never holds two <a> after its last marker, so it never compares them.)
// <input> (type=hidden in tables) and <isindex> (prompt text in old parsers) keep theirs too.
bool PrescanKeepsAllAttributes(std::string_view tag_name) {
  static constexpr std::array<std::string_view, 16> kNames = {
      "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u", "input", "isindex", "keygen"};
  static constexpr auto kFirstLetters = FirstLettersByLength(kNames);
  if (tag_name.empty() || !MayBeIn(kFirstLetters, tag_name)) return false;
  for (std::string_view keep : kNames) {
    if (EqualsFolded(tag_name, keep)) return true;
  }
  return false;
}

namespace {

// One pass of DropUnreadHtml: walks from '<' to '<', copying the page into `out_` with the
// unread parts left out. Each On* method reads the markup at `p` (a '<') and returns where the
// walk goes on, or kNpos to stop: the rest of the page is then copied as it is.
class Dropper {
 public:
  Dropper(std::string_view html, std::string& out, PrescanStats& st)
      : html_(html), n_(html.size()), out_(out), st_(st), scan_(html) {}

  bool Run() {
    out_.clear();
    std::size_t i = 0;
    for (;;) {
      const void* lt = i < n_ ? std::memchr(html_.data() + i, '<', n_ - i) : nullptr;
      if (lt == nullptr) break;
      const std::size_t p = static_cast<std::size_t>(static_cast<const char*>(lt) - html_.data());
      if (p + 1 >= n_) break;
      const char c = html_[p + 1];
      if (IsAlpha(c) || (c == '/' && p + 2 < n_ && IsAlpha(html_[p + 2]))) {
        i = OnTag(p, c == '/');
      } else if (c == '/') {  // `</` + not a letter: `</>` is dropped, the rest is a bogus comment
        i = p + 2 >= n_ ? kNpos : html_[p + 2] == '>' ? p + 3 : scan_.After(p + 2, '>');
      } else if (c == '!') {
        i = OnDeclaration(p);
      } else if (c == '?') {
        i = scan_.After(p + 2, '>');
      } else {
        i = p + 1;  // a '<' that is text
        continue;
      }
      if (i == kNpos) {
        st_.stopped_at = p;
        break;
      }
    }
    if (copied_ == 0) return false;
    out_.append(html_.data() + copied_, n_ - copied_);
    return true;
  }

 private:
  // Copies html[copied_, from) and `instead`; html[from, to) is left out.
  void Drop(std::size_t from, std::size_t to, std::string_view instead = {}) {
    if (out_.empty()) out_.reserve(n_);
    out_.append(html_.data() + copied_, from - copied_).append(instead);
    copied_ = to;
  }

  // A start or end tag at `p`; for raw-text elements, their body too.
  std::size_t OnTag(std::size_t p, bool end_tag) {
    const std::size_t name_begin = p + (end_tag ? 2 : 1);
    std::size_t name_end = 0;
    unread_.clear();
    const std::size_t after = scan_.TagEnd(name_begin, name_end, end_tag ? nullptr : &unread_);
    if (after == kNpos) return kNpos;
    const std::string_view name = html_.substr(name_begin, name_end - name_begin);
    const TagKind kind = KindOf(name);
    const bool template_tag = name.size() == 8 && EqualsFolded(name, "template");
    if (end_tag) {
      if (kind == TagKind::kSelect) in_select_ = false;
      if (template_tag && template_depth_ > 0) --template_depth_;
      return after;
    }
    if (template_tag) ++template_depth_;
    // Inside a <template>, <col> puts the tree builder in column-group mode with the template
    // (not a <colgroup>) as current node: a <script> after it is ignored, not a script, so the
    // tokenizer's state depends on tree building: stop here.
    if (template_depth_ > 0 && (EqualsFolded(name, "col") || EqualsFolded(name, "colgroup"))) return kNpos;
    // Only <option>, <optgroup> and <hr> are modelled inside a <select>.
    if ((in_select_ && kind != TagKind::kSelectContent) || kind == TagKind::kUnmodelled) return kNpos;
    if (!unread_.empty() && !PrescanKeepsAllAttributes(name)) {
      for (const Span& a : unread_) Drop(a.begin, a.end);
      st_.attributes += unread_.size();
    }
    if (kind == TagKind::kOrdinary || kind == TagKind::kSelectContent) return after;
    if (kind == TagKind::kSelect) {
      in_select_ = true;
      return after;
    }
    return OnRawText(p, after, name, kind);
  }

  // The body of a script, style or other raw-text element whose start tag ends at `after`;
  // returns where its end tag starts (read as a tag next).
  std::size_t OnRawText(std::size_t p, std::size_t after, std::string_view name, TagKind kind) {
    std::size_t end = kNpos;
    if (kind == TagKind::kScript) {
      end = scan_.ScriptEnd(after);
    } else {
      // RAWTEXT and RCDATA end at `</` + the start tag's name, compared folded.
      char folded[16];
      for (std::size_t k = 0; k < name.size(); ++k) folded[k] = Lower(name[k]);
      end = scan_.RawTextEnd(after, std::string_view(folded, name.size()));
    }
    if (end == kNpos) return kNpos;
    // JSON-LD is read (html_metadata.cc); a type attribute written with a character reference
    // could spell it too, so any script whose tag holds "json" or '&' is kept.
    if (kind == TagKind::kStyle && end > after) {
      Drop(after, end);
      ++st_.styles;
    } else if (kind == TagKind::kScript && end > after + 1) {
      // A script keeps a text (one space) so that the scripts read for their state keys are
      // counted as before (html_metadata.cc reads the first few).
      const std::string_view tag = html_.substr(p, after - p);
      if (!ContainsFolded(tag, "json") && tag.find('&') == kNpos && !HoldsScriptKey(html_.substr(after, end - after))) {
        Drop(after, end, " ");
        ++st_.scripts;
      }
    }
    return end;
  }

  // `<!`: a comment (its text dropped), a doctype, or a bogus comment (CDATA too, outside
  // foreign content).
  std::size_t OnDeclaration(std::size_t p) {
    if (p + 3 < n_ && html_[p + 2] == '-' && html_[p + 3] == '-') {
      std::size_t text_end = 0;
      const std::size_t i = scan_.CommentEnd(p + 4, text_end);
      if (i != kNpos && text_end > p + 4) {
        Drop(p + 4, text_end);
        ++st_.comments;
      }
      return i;
    }
    if (p + 9 > n_) return kNpos;  // myhtml waits for more input before it decides
    if (!EqualsFolded(html_.substr(p + 2, 7), "doctype")) return scan_.After(p + 2, '>');
    const std::size_t i = scan_.After(p + 9, '>');
    if (i == kNpos) return kNpos;
    // A '>' inside a quoted identifier: leave the doctype's reading to myhtml.
    const std::string_view doctype = html_.substr(p, i - p);
    std::size_t quotes = 0;
    for (char ch : doctype) quotes += ch == '"';
    return quotes % 2 != 0 || doctype.find('\'') != kNpos ? kNpos : i;
  }

  std::string_view html_;
  std::size_t n_;
  std::string& out_;
  PrescanStats& st_;
  Scanner scan_;
  std::size_t copied_ = 0;  // html[copied_, …) is still to be copied into `out_`
  bool in_select_ = false;
  int template_depth_ = 0;  // open <template> elements (by their tags)
  std::vector<Span> unread_;  // unread attributes of the current tag
};

}  // namespace

bool DropUnreadHtml(std::string_view html, std::string& out, PrescanStats* stats) {
  PrescanStats local;
  PrescanStats& st = stats != nullptr ? *stats : local;
  st = PrescanStats();
  return Dropper(html, out, st).Run();
}

}  // namespace storyline
