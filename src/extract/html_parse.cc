// The fast parser's tokenizer (html_parse.h): the HTML5 tokenizer states that decide where tags,
// text, comments and raw text begin and end, feeding TreeBuilder (html_tree.h).
#include "extract/html_parse.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

#include "extract/html_entities.h"
#include "extract/html_prescan.h"
#include "extract/html_tree.h"

namespace storyline {
namespace {

constexpr std::array<bool, 256> kSpace = [] {
  std::array<bool, 256> t{};
  for (unsigned char c : {' ', '\t', '\n', '\f', '\r'}) t[c] = true;
  return t;
}();
// Bytes that end a run of text in the data state.
constexpr std::array<bool, 256> kDataStop = [] {
  std::array<bool, 256> t{};
  for (unsigned char c : {'<', '&', '\r', '\0'}) t[c] = true;
  return t;
}();
// Bytes that a value must be decoded for.
constexpr std::array<bool, 256> kValueStop = [] {
  std::array<bool, 256> t{};
  for (unsigned char c : {'&', '\r', '\0'}) t[c] = true;
  return t;
}();
// Bytes of a tag name: 1 ends it, 2 needs lower-casing (or dropping: NUL).
constexpr std::array<uint8_t, 256> kTagNameByte = [] {
  std::array<uint8_t, 256> t{};
  for (unsigned char c : {' ', '\t', '\n', '\f', '\r', '/', '>'}) t[c] = 1;
  for (unsigned char c = 'A'; c <= 'Z'; ++c) t[c] = 2;
  t[0] = 2;
  return t;
}();
// Bit (c & 31) of entry n: a name in kAttributesRead has n bytes and starts with letter c.
constexpr std::array<uint32_t, 16> kReadLengthFirst = [] {
  std::array<uint32_t, 16> t{};
  for (const ReadAttribute& r : kAttributesRead) t[r.name.size()] |= 1u << (r.name[0] & 31);
  return t;
}();
// Bytes that end a tag or attribute name.
constexpr std::array<bool, 256> kNameStop = [] {
  std::array<bool, 256> t = kSpace;
  for (unsigned char c : {'/', '>', '=', '\0'}) t[c] = true;
  return t;
}();

bool IsSpace(char c) { return kSpace[static_cast<unsigned char>(c)]; }

bool IsAlpha(char c) { return static_cast<unsigned char>((c | 0x20) - 'a') < 26; }
char Lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

bool ContainsNoCase(std::string_view s, std::string_view lower) {
  for (std::size_t k = 0; k + lower.size() <= s.size(); ++k) {
    if (StartsWithNoCase(s, k, lower)) return true;
  }
  return false;
}

// Whether a script body holds one of kScriptKeysRead (all of them begin with '"').
bool HoldsScriptKey(std::string_view body) {
  for (std::size_t at = body.find('"'); at != std::string_view::npos; at = body.find('"', at + 1)) {
    for (std::string_view key : kScriptKeysRead) {
      if (body.compare(at, key.size(), key) == 0) return true;
    }
  }
  return false;
}

// Quirks mode from a doctype's text (after "<!doctype"): no "html" name, or a public identifier
// of the old HTML versions. (Only the <table>-closes-<p> rule depends on it here.)
bool QuirksDoctype(std::string_view doctype) {
  std::string d;
  for (char c : doctype.substr(0, 512)) d.push_back(Lower(c));
  std::size_t at = d.find_first_not_of(" \t\n\f\r");
  if (at == std::string::npos || d.compare(at, 4, "html") != 0 ||
      (at + 4 < d.size() && !IsSpace(d[at + 4]))) {
    return true;
  }
  const std::size_t pub = d.find("public", at + 4);
  if (pub == std::string::npos) return d.find("ibmxhtml1-transitional") != std::string::npos;
  const std::size_t q = d.find_first_of("\"'", pub);
  if (q == std::string::npos) return false;
  const std::size_t q_end = d.find(d[q], q + 1);
  const std::string_view id = std::string_view(d).substr(q + 1, q_end == std::string::npos ? std::string::npos : q_end - q - 1);
  const bool has_system = q_end != std::string::npos && d.find_first_of("\"'", q_end + 1) != std::string::npos;
  static constexpr std::string_view kQuirky[] = {
      "+//silmaril//", "-//as//", "-//advasoft", "-//ietf//dtd html", "-//metrius//",
      "-//microsoft//dtd internet explorer", "-//netscape comm. corp.//dtd", "-//o'reilly and associates//",
      "-//softquad", "-//spyglass//", "-//sq//", "-//sun microsystems corp.//", "-//w3c//dtd html 3",
      "-//w3c//dtd html 4.0 frameset//", "-//w3c//dtd html 4.0 transitional//", "-//w3c//dtd html experimental",
      "-//w3c//dtd w3 html//", "-//w3o//dtd w3 html", "-//webtechs//"};
  for (std::string_view prefix : kQuirky) {
    if (id.starts_with(prefix)) return true;
  }
  if (id == "html" || id == "-/w3c/dtd html 4.0 transitional/en") return true;
  return !has_system && (id.starts_with("-//w3c//dtd html 4.01 frameset//") ||
                         id.starts_with("-//w3c//dtd html 4.01 transitional//"));
}

class Tokenizer {
 public:
  Tokenizer(std::string_view in, std::string& arena, TreeBuilder& tree, TagNames& names,
            std::vector<TokenAttribute>& attrs)
      : in_(in), n_(in.size()), arena_(arena), tree_(tree), names_(names), attrs_(attrs) {}

  void Run() {
    // A page past kMaxParseNodes nodes is junk or an attack: the rest of it is not read.
    while (i_ < n_ && tree_.NodeCount() < kMaxParseNodes) {
      switch (model_) {
        case ContentModel::kData: Data(); break;
        case ContentModel::kPlaintext: EmitRun(i_, n_, false), i_ = n_; break;
        default: RawText(); break;
      }
    }
  }

 private:
  Slice InputSlice(std::size_t begin, std::size_t end) const {
    return {static_cast<uint32_t>(begin), static_cast<uint32_t>(end - begin), false};
  }
  Slice ArenaSince(std::size_t before) const {
    return {static_cast<uint32_t>(before), static_cast<uint32_t>(arena_.size() - before), true};
  }

  // Text of [begin, end): character references decoded when `refs`, CR LF and CR as LF, NUL
  // dropped. A run with none of these is passed as it is; else it is decoded into the arena
  // whole, as one piece (pages written with CR LF would otherwise give a piece a line).
  void EmitRun(std::size_t begin, std::size_t end, bool refs) {
    std::size_t k = begin;
    while (k < end && !(in_[k] == '\r' || in_[k] == '\0' || (refs && in_[k] == '&'))) ++k;
    if (k == end) {
      if (end > begin) Emit(InputSlice(begin, end));
      return;
    }
    const std::size_t before = arena_.size();
    std::size_t run = begin;
    while (k < end) {
      const char c = in_[k];
      if (!(c == '\r' || c == '\0' || (refs && c == '&'))) {
        ++k;
        continue;
      }
      arena_.append(in_.data() + run, k - run);
      std::size_t used = 1;
      if (c == '&') {
        used = DecodeCharRef(in_.substr(k, end - k), false, arena_);
        if (used == 0) arena_.push_back('&'), used = 1;
      } else if (c == '\r' && (k + 1 >= end || in_[k + 1] != '\n')) {
        arena_.push_back('\n');
      }
      k += used;
      run = k;
    }
    arena_.append(in_.data() + run, end - run);
    if (arena_.size() > before) Emit(ArenaSince(before));
  }

  void Data() {
    std::size_t k = i_;
    while (k < n_ && !kDataStop[static_cast<unsigned char>(in_[k])]) ++k;
    if (k < n_ && in_[k] != '<') {
      // A reference, CR or NUL: the run up to the next '<' the slower way.
      const char* lt = static_cast<const char*>(std::memchr(in_.data() + k, '<', n_ - k));
      const std::size_t end = lt == nullptr ? n_ : static_cast<std::size_t>(lt - in_.data());
      EmitRun(i_, end, true);
      i_ = end;
      return;
    }
    if (k > i_) Emit(InputSlice(i_, k));
    i_ = k;
    if (i_ < n_) TagOpen();
  }

  void TextBytes(std::size_t begin, std::size_t end) { Emit(InputSlice(begin, end)); }
  void Emit(Slice text) {
    if (raw_) tree_.RawText(text);
    else tree_.Text(text);
  }

  // At '<'.
  void TagOpen() {
    if (i_ + 1 >= n_) return TextBytes(i_, n_), void(i_ = n_);
    const char c = in_[i_ + 1];
    if (IsAlpha(c)) return StartTag();
    if (c == '/') {
      if (i_ + 2 < n_ && IsAlpha(in_[i_ + 2])) return EndTag();
      if (i_ + 2 < n_ && in_[i_ + 2] == '>') return void(i_ += 3);  // "</>" is nothing
      if (i_ + 2 >= n_) return TextBytes(i_, n_), void(i_ = n_);
      return BogusComment(i_ + 2);
    }
    if (c == '!') return MarkupDeclaration();
    if (c == '?') return BogusComment(i_ + 1);
    TextBytes(i_, i_ + 1);
    ++i_;
  }

  // Reads a tag name from i_ (lower-cased) and returns its id.
  myhtml_tag_id_t TagName() {
    const std::size_t begin = i_;
    uint8_t seen = 0;
    for (uint8_t b; i_ < n_ && (b = kTagNameByte[static_cast<unsigned char>(in_[i_])]) != 1; ++i_) seen |= b;
    std::string_view name = in_.substr(begin, i_ - begin);
    if (seen != 0) {
      name_.clear();
      for (char c : name) {
        if (c != '\0') name_.push_back(Lower(c));
      }
      name = name_;
    }
    return names_.Id(name);
  }

  // A value's bytes: in the input when there is nothing to decode, else decoded into the arena.
  Slice AttributeValue(std::size_t begin, std::size_t end) {
    const std::string_view v = in_.substr(begin, end - begin);
    if (std::none_of(v.begin(), v.end(), [](char c) { return kValueStop[static_cast<unsigned char>(c)]; })) {
      return InputSlice(begin, end);
    }
    const std::size_t before = arena_.size();
    for (std::size_t k = 0; k < v.size();) {
      const char c = v[k];
      if (c == '&') {
        const std::size_t used = DecodeCharRef(v.substr(k), true, arena_);
        if (used > 0) {
          k += used;
          continue;
        }
        arena_.push_back(c);
      } else if (c == '\r') {
        if (k + 1 >= v.size() || v[k + 1] != '\n') arena_.push_back('\n');
      } else if (c == '\0') {
        arena_.append("\xef\xbf\xbd");
      } else {
        arena_.push_back(c);
      }
      ++k;
    }
    return ArenaSince(before);
  }

  // Attributes up to the end of the tag; keeps those read on `tag` when `keep`. Returns false
  // at the end of the input inside the tag (the tag is then dropped, as the standard does).
  bool Attributes(myhtml_tag_id_t tag, bool keep, bool& self_closing) {
    attrs_.clear();
    self_closing = false;
    hidden_input_ = type_seen_ = false;
    for (;;) {
      while (i_ < n_ && IsSpace(in_[i_])) ++i_;
      if (i_ >= n_) return false;
      if (in_[i_] == '>') return ++i_, true;
      if (in_[i_] == '/') {
        ++i_;
        if (i_ < n_ && in_[i_] == '>') return self_closing = true, ++i_, true;
        continue;
      }
      const std::size_t name_begin = i_++;  // a first '=' belongs to the name
      while (i_ < n_ && !kNameStop[static_cast<unsigned char>(in_[i_])]) ++i_;
      const std::size_t name_end = i_;
      while (i_ < n_ && IsSpace(in_[i_])) ++i_;
      std::size_t value_begin = i_, value_end = i_;
      if (i_ < n_ && in_[i_] == '=') {
        ++i_;
        while (i_ < n_ && IsSpace(in_[i_])) ++i_;
        if (i_ < n_ && (in_[i_] == '"' || in_[i_] == '\'')) {
          const char* close = static_cast<const char*>(std::memchr(in_.data() + i_ + 1, in_[i_], n_ - i_ - 1));
          if (close == nullptr) return i_ = n_, false;
          value_begin = i_ + 1;
          value_end = static_cast<std::size_t>(close - in_.data());
          i_ = value_end + 1;
        } else {
          value_begin = i_;
          while (i_ < n_ && !IsSpace(in_[i_]) && in_[i_] != '>') ++i_;
          value_end = i_;
        }
      }
      const std::string_view name = in_.substr(name_begin, name_end - name_begin);
      if (keep) KeepAttribute(tag, name, value_begin, value_end);
      if (tag == MyHTML_TAG_INPUT && name.size() == 4 && StartsWithNoCase(name, 0, "type") && !type_seen_) {
        type_seen_ = true;
        hidden_input_ = value_end - value_begin == 6 && StartsWithNoCase(in_, value_begin, "hidden");
      }
    }
  }

  void KeepAttribute(myhtml_tag_id_t tag, std::string_view name, std::size_t value_begin, std::size_t value_end) {
    // Most of a page's attributes are not read: one table read by length and first letter.
    if (name.size() >= kReadLengthFirst.size() ||
        (kReadLengthFirst[name.size()] >> (static_cast<unsigned char>(name[0] | 0x20) & 31) & 1) == 0) {
      return;
    }
    char lower[16];
    for (std::size_t k = 0; k < name.size(); ++k) lower[k] = Lower(name[k]);
    const int index = ReadAttributeIndex(tag, std::string_view(lower, name.size()));
    if (index < 0) return;
    for (const TokenAttribute& a : attrs_) {
      if (a.read_index == index) return;  // the first of a name counts
    }
    attrs_.push_back({static_cast<uint8_t>(index), AttributeValue(value_begin, value_end)});
  }

  void StartTag() {
    ++i_;
    const myhtml_tag_id_t tag = TagName();
    bool self_closing = false;
    if (!Attributes(tag, true, self_closing)) return;
    raw_tag_ = tag;
    if (tag == MyHTML_TAG_SCRIPT) {
      script_json_ = false;
      for (const TokenAttribute& a : attrs_) {
        if (kAttributesRead[a.read_index].name == "type") {
          script_json_ = ContainsNoCase(a.value.arena ? std::string_view(arena_).substr(a.value.begin, a.value.size)
                                                      : in_.substr(a.value.begin, a.value.size),
                                        "json");
        }
      }
    }
    model_ = tree_.StartTag(tag, attrs_, self_closing, hidden_input_);

  }

  void EndTag() {
    i_ += 2;
    const myhtml_tag_id_t tag = TagName();
    bool self_closing = false;
    if (!Attributes(tag, false, self_closing)) return;
    tree_.EndTag(tag);
  }

  // At "<!".
  void MarkupDeclaration() {
    if (in_.compare(i_ + 2, 2, "--") == 0) return CommentFrom(i_ + 4);
    if (StartsWithNoCase(in_, i_ + 2, "doctype")) {
      const char* gt = static_cast<const char*>(std::memchr(in_.data() + i_, '>', n_ - i_));
      const std::size_t end = gt == nullptr ? n_ : static_cast<std::size_t>(gt - in_.data());
      tree_.Doctype(gt == nullptr || QuirksDoctype(in_.substr(i_ + 9, end - i_ - 9)));
      i_ = gt == nullptr ? n_ : end + 1;
      return;
    }
    if (in_.compare(i_ + 2, 7, "[CDATA[") == 0 && tree_.InForeignContent()) {
      const std::size_t end = in_.find("]]>", i_ + 9);
      EmitRun(i_ + 9, end == std::string_view::npos ? n_ : end, false);
      i_ = end == std::string_view::npos ? n_ : end + 3;
      return;
    }
    BogusComment(i_ + 2);
  }

  void CommentFrom(std::size_t k) {
    if (k < n_ && in_[k] == '>') return tree_.Comment(false), void(i_ = k + 1);                      // <!-->
    if (k + 1 < n_ && in_[k] == '-' && in_[k + 1] == '>') return tree_.Comment(false), void(i_ = k + 2);  // <!--->
    const std::size_t begin = k;
    for (;;) {
      const std::size_t dashes = in_.find("--", k);
      if (dashes == std::string_view::npos) return tree_.Comment(false), void(i_ = n_);
      const bool end = dashes + 2 < n_ && in_[dashes + 2] == '>';
      if (end || (dashes + 3 < n_ && in_[dashes + 2] == '!' && in_[dashes + 3] == '>')) {
        tree_.Comment(in_.substr(begin, dashes - begin) == "/$");  // React's end of a suspense boundary
        return void(i_ = dashes + (end ? 3 : 4));
      }
      k = dashes + 1;
    }
  }

  void BogusComment(std::size_t from) {
    tree_.Comment(false);
    const char* gt = static_cast<const char*>(std::memchr(in_.data() + from, '>', n_ - from));
    i_ = gt == nullptr ? n_ : static_cast<std::size_t>(gt - in_.data()) + 1;
  }

  // Whether "</name" of the raw text element starts at k, followed by what ends a tag name.
  bool EndOfRaw(std::size_t k, std::string_view name) const {
    if (k + 2 + name.size() >= n_ || in_[k + 1] != '/') return false;
    if (!StartsWithNoCase(in_, k + 2, name)) return false;
    const char after = in_[k + 2 + name.size()];
    return IsSpace(after) || after == '/' || after == '>';
  }

  // Where the raw text of the current element ends (npos: at the end of the input).
  std::size_t FindRawEnd(std::string_view name) const {
    for (std::size_t k = i_;;) {
      const char* lt = static_cast<const char*>(std::memchr(in_.data() + k, '<', n_ - k));
      if (lt == nullptr) return std::string_view::npos;
      k = static_cast<std::size_t>(lt - in_.data());
      if (EndOfRaw(k, name)) return k;
      ++k;
    }
  }

  // Script data with its escape states: "<!--" starts an escaped part, in which "<script"
  // starts a double-escaped part where "</script>" does not end the script (until "-->").
  std::size_t FindScriptEnd() const {
    int state = 0;  // 0 normal, 1 escaped, 2 double escaped
    std::size_t dashes = 0;  // the next "-->" at or after k, once looked for
    bool dashes_known = false;
    for (std::size_t k = i_;;) {
      if (state != 0 && (!dashes_known || dashes < k)) {
        dashes = in_.find("-->", k);
        dashes_known = true;
      }
      const char* lt = static_cast<const char*>(std::memchr(in_.data() + k, '<', n_ - k));
      const std::size_t at = lt == nullptr ? std::string_view::npos : static_cast<std::size_t>(lt - in_.data());
      if (state != 0 && dashes != std::string_view::npos && dashes < at) {
        state = 0;
        k = dashes + 3;
        continue;
      }
      if (at == std::string_view::npos) return at;
      if (state == 0 && in_.compare(at, 4, "<!--") == 0) {
        state = 1;
        k = at + 2;  // "<!-->" ends the escape at once
        dashes_known = false;
        continue;
      }
      if (state != 2 && EndOfRaw(at, "script")) return at;
      if (state == 1 && StartsWithNoCase(in_, at + 1, "script") && at + 7 < n_ &&
          (IsSpace(in_[at + 7]) || in_[at + 7] == '/' || in_[at + 7] == '>')) {
        state = 2;
      } else if (state == 2 && EndOfRaw(at, "script")) {
        state = 1;
      }
      k = at + 1;
    }
  }

  void RawText() {
    raw_ = true;
    const std::string_view name = RawName(raw_tag_);
    const std::size_t found = raw_tag_ == MyHTML_TAG_SCRIPT ? FindScriptEnd() : FindRawEnd(name);
    const std::size_t end = found == std::string_view::npos ? n_ : found;
    if (model_ == ContentModel::kRcdata) {
      EmitRun(i_, end, true);
    } else if (raw_tag_ == MyHTML_TAG_SCRIPT) {
      const std::string_view body = in_.substr(i_, end - i_);
      if (!body.empty() && (script_json_ || HoldsScriptKey(body))) {
        EmitRun(i_, end, false);
      } else if (!body.empty()) {
        const std::size_t before = arena_.size();
        arena_.push_back(' ');  // not read: one space, as DropUnreadHtml leaves it
        Emit(ArenaSince(before));
      }
    } else if (raw_tag_ != MyHTML_TAG_STYLE) {
      EmitRun(i_, end, false);
    }
    i_ = end;
    model_ = ContentModel::kData;
    raw_ = false;
  }

  static std::string_view RawName(myhtml_tag_id_t tag) {
    switch (tag) {
      case MyHTML_TAG_TITLE: return "title";
      case MyHTML_TAG_TEXTAREA: return "textarea";
      case MyHTML_TAG_STYLE: return "style";
      case MyHTML_TAG_XMP: return "xmp";
      case MyHTML_TAG_IFRAME: return "iframe";
      case MyHTML_TAG_NOEMBED: return "noembed";
      case MyHTML_TAG_NOFRAMES: return "noframes";
      default: return "script";
    }
  }

  std::string_view in_;
  std::size_t n_, i_ = 0;
  std::string& arena_;
  TreeBuilder& tree_;
  TagNames& names_;
  std::vector<TokenAttribute>& attrs_;
  std::string name_;
  ContentModel model_ = ContentModel::kData;
  myhtml_tag_id_t raw_tag_ = MyHTML_TAG__UNDEF;
  bool script_json_ = false;
  bool raw_ = false;  // emitting the text of a raw text element
  bool hidden_input_ = false, type_seen_ = false;  // of the tag being read: <input type=hidden>
};

// Nodes' room kept between pages (a 1 MB page has ~40,000).
constexpr std::size_t kKeptNodes = 1u << 20;

// One parser state per thread: its buffers are reused page after page.
struct ParserState {
  TreeBuilder tree;
  TagNames names;
  std::string arena;
  std::vector<TokenAttribute> attrs;
};

}  // namespace

Status ParseHtmlFast(std::string_view utf8, DomIndex& dom) {
  thread_local ParserState state;
  // The buffers are kept for the next page, unless a huge one grew them (what the last page's
  // index pointed into is no longer needed now).
  if (state.tree.Capacity() > kKeptNodes) state.tree = TreeBuilder();
  state.arena.clear();
  if (state.arena.capacity() > (16u << 20)) std::string().swap(state.arena);
  state.names.Clear();
  state.tree.Reset(utf8, &state.arena);
  Tokenizer(utf8, state.arena, state.tree, state.names, state.attrs).Run();
  state.tree.Finish(dom);
  return Status::Ok();
}

}  // namespace storyline
