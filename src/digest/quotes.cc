#include "digest/quotes.h"

#include <algorithm>
#include <unordered_map>

#include "digest/quotes_lexicon.h"
#include "digest/quotes_speaker.h"
#include "digest/timex_tokens.h"

namespace storyline {
namespace {

using quotes::CueMatch;
using quotes::CueShape;
using timex::Token;
using timex::TokenKind;
using Tokens = std::vector<Token>;

constexpr std::size_t kMaxSourceTokens = 25;
constexpr std::size_t kMaxRightSourceTokens = 12;
constexpr std::size_t kMaxInvertedTail = 8;  // tokens after an inverted "…, he said" cue
// Content is at most this many tokens on either side of its cue: bounds the work per cue, so a
// megabyte paragraph without punctuation stays linear.
constexpr std::size_t kMaxContentTokens = 300;
constexpr std::size_t kNoQuote = static_cast<std::size_t>(-1);
// "said in a written statement on Tuesday: …": at most this many words before the colon.
constexpr std::size_t kMaxAdjunctTokens = 6;

struct Range {  // token indices [begin, end)
  std::size_t begin = 0;
  std::size_t end = 0;
  bool empty() const { return begin >= end; }
  std::size_t size() const { return empty() ? 0 : end - begin; }
};

struct QuotePair {
  std::size_t open = 0;  // token index of the opening mark
  std::size_t close = 0;  // of the closing mark
};

bool Is(const Token& t, std::string_view s) { return t.lower == s; }

bool IsOpenMark(const Token& t) {
  return t.kind == TokenKind::kPunct && (Is(t, "“") || Is(t, "«") || Is(t, "„") || Is(t, "\""));
}

bool IsQuoteMark(const Token& t) {
  return t.kind == TokenKind::kPunct &&
         (Is(t, "“") || Is(t, "”") || Is(t, "«") || Is(t, "»") || Is(t, "„") || Is(t, "\""));
}

bool Closes(std::string_view opener, const Token& t) {
  if (t.kind != TokenKind::kPunct) return false;
  if (opener == "“") return Is(t, "”") || Is(t, "“");
  if (opener == "«") return Is(t, "»");
  if (opener == "„") return Is(t, "“") || Is(t, "”");
  return Is(t, "\"");
}

bool IsDash(const Token& t) { return Is(t, "—") || Is(t, "–") || Is(t, "-"); }

// Pairs quotation marks within paragraphs. “ may close „ (German/Russian style) and also close
// “ in texts that use it for both ends; an opener with no closer in its paragraph is dropped.
std::vector<QuotePair> PairQuotes(const Tokens& t) {
  std::vector<QuotePair> out;
  std::size_t open = kNoQuote;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (open != kNoQuote && (t[i].newline_before || i - open > kMaxQuoteTokens)) open = kNoQuote;
    if (open != kNoQuote && Closes(t[open].lower, t[i])) {
      out.push_back({open, i});
      open = kNoQuote;
    } else if (open == kNoQuote && IsOpenMark(t[i])) {
      open = i;
    }
  }
  return out;
}

bool IsSentenceEndMark(const Token& t) {
  return t.kind == TokenKind::kPunct && (Is(t, ".") || Is(t, "!") || Is(t, "?") || Is(t, "…"));
}

bool IsClosing(const Token& t) {
  return Is(t, "”") || Is(t, "»") || Is(t, "\"") || Is(t, ")") || Is(t, "]") || Is(t, "’") ||
         Is(t, "'");
}

// After the sentence-final mark at `i` (and closing marks), does a new sentence start?
std::size_t SentenceEndAfter(const Tokens& t, std::size_t i) {
  if (Is(t[i], ".") && i > 0 && t[i - 1].kind == TokenKind::kWord && !t[i].space_before &&
      (t[i - 1].lower.size() == 1 || quotes::IsAbbreviation(t[i - 1].lower))) {
    return 0;
  }
  std::size_t j = i + 1;
  while (j < t.size() && !t[j].space_before && IsClosing(t[j])) ++j;
  if (j >= t.size()) return j;
  const Token& n = t[j];
  if (!n.space_before) return 0;
  // “Nobody will be left behind!” Lindqvist told reporters. — the attribution goes on.
  if (j > i + 1 && IsQuoteMark(t[j - 1]) && !n.newline_before) {
    for (std::size_t k = j; k < t.size() && k - j < 4 && t[k].kind == TokenKind::kWord; ++k) {
      if (quotes::MatchCue(t, k).length) return 0;
    }
  }
  if (n.newline_before || n.capitalized || n.inner_capital || n.kind == TokenKind::kNumber ||
      IsOpenMark(n)) {
    return j;  // "… in the world." iOS will … : "iOS" starts a sentence too
  }
  return 0;
}

std::vector<Range> Sentences(const Tokens& t) {
  std::vector<Range> out;
  std::size_t begin = 0;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (i > begin && t[i].newline_before) {
      out.push_back({begin, i});
      begin = i;
    }
    if (!IsSentenceEndMark(t[i])) continue;
    if (std::size_t next = SentenceEndAfter(t, i); next > i) {
      out.push_back({begin, next});
      begin = next;
      i = next - 1;
    }
  }
  if (begin < t.size()) out.push_back({begin, t.size()});
  return out;
}

// Sentences joined so that no quotation is cut: "“We won. They lost,” he said." is one unit.
std::vector<Range> Units(const Tokens& t, const std::vector<QuotePair>& quotes) {
  std::vector<std::size_t> close_of(t.size(), kNoQuote);
  for (const QuotePair& q : quotes) close_of[q.open] = q.close;
  std::vector<Range> out;
  std::size_t reach = 0;  // the furthest closing mark of a quotation opened so far
  for (const Range& s : Sentences(t)) {
    if (!out.empty() && reach >= s.begin) {
      out.back().end = s.end;
    } else {
      out.push_back(s);
    }
    for (std::size_t i = s.begin; i < s.end; ++i) {
      if (close_of[i] != kNoQuote) reach = std::max(reach, close_of[i]);
    }
  }
  return out;
}

class Finder {
 public:
  Finder(std::string_view text, const Tokens& tokens)
      : text_(text), t_(tokens), quote_at_(tokens.size(), kNoQuote), claimed_(tokens.size(), 0) {
    quotes_ = PairQuotes(t_);
    for (std::size_t q = 0; q < quotes_.size(); ++q) {
      for (std::size_t i = quotes_[q].open; i <= quotes_[q].close; ++i) quote_at_[i] = q;
    }
  }

  std::vector<Attribution> Run() {
    std::size_t q = 0;  // quotations are in text order, like the units
    for (const Range& u : Units(t_, quotes_)) {
      Headline(u);
      for (; q < quotes_.size() && quotes_[q].open < u.end; ++q) {
        if (quotes_[q].open >= u.begin && quotes_[q].close < u.end) Trailer(q, u);
      }
      for (std::size_t k = u.begin; k < u.end; ++k) Indirect(k, u);
    }
    std::sort(out_.begin(), out_.end(), [](const Attribution& a, const Attribution& b) {
      return a.cue.begin < b.cue.begin;
    });
    return std::move(out_);
  }

 private:
  ByteSpan Bytes(Range r) const {
    if (r.empty()) return {};
    return {t_[r.begin].begin, t_[r.end - 1].end};
  }

  bool Free(Range r) const {
    for (std::size_t i = r.begin; i < r.end; ++i) {
      if (claimed_[i]) return false;
    }
    return true;
  }

  void Claim(Range r) {
    for (std::size_t i = r.begin; i < r.end; ++i) claimed_[i] = 1;
  }

  bool InsideQuote(std::size_t i) const { return quote_at_[i] != kNoQuote; }

  // A mark that opens or closes a paired quotation, or a bracket, stays at a content's edge.
  bool KeepsEdge(std::size_t i) const {
    return t_[i].kind != TokenKind::kPunct || (IsQuoteMark(t_[i]) && InsideQuote(i)) ||
           Is(t_[i], "(") || Is(t_[i], ")");
  }

  // Drops punctuation at both ends: the full stop, a stray unpaired quotation mark.
  Range TrimEnd(Range r) const {
    while (!r.empty() && !KeepsEdge(r.end - 1)) --r.end;
    while (!r.empty() && !KeepsEdge(r.begin)) ++r.begin;
    return r;
  }

  // The first unclaimed token of the stretch that ends at `i` inside the unit.
  std::size_t FreeStart(std::size_t i, const Range& u) const {
    const std::size_t floor = i - std::min(i - u.begin, kMaxContentTokens);
    while (i > floor && !claimed_[i - 1]) --i;
    return i;
  }

  bool IsSourceStop(const Token& tok) const {
    if (tok.kind == TokenKind::kPunct) {
      return Is(tok, ",") || Is(tok, ";") || Is(tok, ":") || IsQuoteMark(tok) || Is(tok, "(") ||
             Is(tok, ")") || IsSentenceEndMark(tok) || IsDash(tok);
    }
    return quotes::IsClauseBoundary(tok.lower) || quotes::IsRelativeSource(tok.lower);
  }

  // The period of "Sen." or "J." inside a name.
  bool IsAbbreviationDot(std::size_t i) const {
    return Is(t_[i], ".") && i > 0 && !t_[i].space_before && t_[i - 1].kind == TokenKind::kWord &&
           (t_[i - 1].lower.size() == 1 || quotes::IsAbbreviation(t_[i - 1].lower));
  }

  bool StopsSource(std::size_t i) const {
    if (!IsSourceStop(t_[i]) || IsAbbreviationDot(i)) return false;
    // "Schmidt-Traub", "R-Ill.": a hyphen inside a word.
    return !(Is(t_[i], "-") && !t_[i].space_before && i + 1 < t_.size() && !t_[i + 1].space_before);
  }

  // "Trump on Tuesday said", "He continues to say", "Obama also is": the words between the
  // subject and the cue are not part of the source.
  Range TrimSourceTail(Range r) const {
    static constexpr std::string_view kVerbal[] = {
        "to", "is", "are", "was", "were", "be", "been", "also", "already", "still", "all", "both",
        "just", "even", "continues", "continue", "has", "have", "had", "will", "would", "could",
        "may", "might", "did", "does", "do", "not", "never", "often", "now", "again", "then"};
    while (r.size() > 1) {
      const Token& last = t_[r.end - 1];
      if (last.capitalized || std::find(std::begin(kVerbal), std::end(kVerbal), last.lower) ==
                                  std::end(kVerbal)) {
        break;
      }
      --r.end;
    }
    static constexpr std::string_view kAdverbial[] = {
        "on", "last", "yesterday", "today", "earlier", "recently", "previously", "repeatedly",
        "again", "later", "once", "often", "never", "always", "reportedly", "publicly",
        "privately", "this", "now", "сегодня", "вчера", "ранее", "в"};
    for (std::size_t i = r.begin + 1; i < r.end; ++i) {
      if (r.end - i > 3) continue;
      for (std::string_view a : kAdverbial) {
        if (t_[i].lower == a) return {r.begin, i};
      }
    }
    return r;
  }

  // A segment ending before `end`, walking left to `lo` until a comma, quotation mark or clause
  // word.
  std::size_t SegmentStart(std::size_t end, std::size_t lo, bool through_relative = false) const {
    std::size_t j = end;
    while (j > lo && end - j < kMaxSourceTokens) {
      if (Is(t_[j - 1], ")")) {  // "Rep. Elijah Cummings (D-Md.)": a bracket inside the source
        std::size_t k = j - 1;
        while (k > lo && j - k < 8 && !Is(t_[k - 1], "(")) --k;
        if (k == lo || !Is(t_[k - 1], "(")) break;
        j = k - 1;
        continue;
      }
      if (StopsSource(j - 1) && !(through_relative && quotes::IsRelativeSource(t_[j - 1].lower))) break;
      --j;
    }
    return j;
  }

  // The source left of a cue that starts at `c`; with `apposition`, "Revesz, director of X, said"
  // takes both segments.
  Range SourceLeft(std::size_t c, std::size_t lo, bool apposition) const {
    if (c <= lo) return {};
    if (quotes::IsRelativeSource(t_[c - 1].lower)) return {c - 1, c};
    if (Is(t_[c - 1], ",")) {
      if (!apposition || c - 1 <= lo) return {};
      std::size_t app = SegmentStart(c - 1, lo, /*through_relative=*/true);
      if (app == c - 1 || app <= lo || !Is(t_[app - 1], ",")) return {};
      std::size_t head = SegmentStart(app - 1, lo);
      if (head == app - 1) return {};
      return {head, c};  // PolNeAR keeps the apposition's closing comma in the source
    }
    std::size_t j = SegmentStart(c, lo);
    if (j == c) return {};
    return TrimSourceTail({j, c});
  }

  // The source right of a cue ending at `b`: "said Smith", "— заявил глава МИД Сергей Лавров".
  Range SourceRight(std::size_t b, std::size_t ue) const {
    std::size_t j = b;
    while (j < ue && j - b < kMaxRightSourceTokens && !StopsSource(j) &&
           !(j > b && quotes::IsTrailingAdjunctStart(t_[j].lower)) && !quotes::MatchCue(t_, j).length) {
      ++j;
    }
    if (j == b) return {};
    // "said Smith, a spokesman for the group."
    if (j < ue && Is(t_[j], ",") && j + 1 < ue &&
        (Is(t_[j + 1], "a") || Is(t_[j + 1], "an") || Is(t_[j + 1], "the") || Is(t_[j + 1], "who"))) {
      std::size_t k = j + 1;
      while (k < ue && k - b < kMaxSourceTokens && !IsQuoteMark(t_[k]) && !IsSentenceEndMark(t_[k])) ++k;
      if (k == ue || IsSentenceEndMark(t_[k])) return TrimEnd({b, k});
    }
    return {b, j};
  }

  // The cue at `k` with auxiliaries before it ("has also said").
  Range CueWithAuxiliaries(std::size_t k, std::size_t len, std::size_t lo) const {
    std::size_t b = k;
    while (b > lo && k - b < 2 && quotes::IsCueAuxiliary(t_[b - 1].lower)) --b;
    return {b, k + len};
  }

  QuoteKind KindOf(const std::vector<Range>& content) const {
    if (content.size() > 1) return QuoteKind::kDirect;
    const Range& r = content.front();
    const std::size_t q = quote_at_[r.begin];
    if (q != kNoQuote && quotes_[q].open == r.begin && quotes_[q].close + 1 == r.end) {
      return QuoteKind::kDirect;
    }
    for (std::size_t i = r.begin; i < r.end; ++i) {
      if (IsQuoteMark(t_[i])) return QuoteKind::kMixed;
    }
    return QuoteKind::kIndirect;
  }

  void Add(Range source, Range cue, std::vector<Range> content) {
    Attribution a;
    a.source = Bytes(source);
    a.cue = Bytes(cue);
    a.kind = KindOf(content);
    std::size_t lo = std::min(source.empty() ? cue.begin : source.begin, cue.begin);
    std::size_t hi = std::max(source.end, cue.end);
    for (const Range& r : content) {
      a.content.push_back(Bytes(r));
      lo = std::min(lo, r.begin);
      hi = std::max(hi, r.end);
    }
    Claim({lo, hi});
    out_.push_back(std::move(a));
  }

  // A cue that is not a noun use: "said" yes, "the said" no; not inside a quotation.
  CueMatch CueAt(std::size_t k) const {
    if (InsideQuote(k) || claimed_[k]) return {};
    return quotes::MatchCue(t_, k);
  }

  // “…,” he said. / “…,” said Smith. / «…», — заявил Путин. / “A,” she said, “B.”
  void Trailer(std::size_t q, const Range& u) {
    const QuotePair& quote = quotes_[q];
    if (!Free({quote.open, quote.close + 1})) return;
    std::size_t p = quote.close + 1;
    if (p < u.end && (Is(t_[p], ",") || IsDash(t_[p]))) ++p;
    if (p < u.end && IsDash(t_[p])) ++p;
    if (p >= u.end) return;
    Range cue, source;
    std::size_t aux = p;
    while (aux < u.end && aux - p < 2 && quotes::IsCueAuxiliary(t_[aux].lower)) ++aux;
    if (CueMatch m = CueAt(aux); m.length) {
      cue = {p, aux + m.length};
      source = SourceRight(cue.end, u.end);
    } else {
      for (std::size_t k = p; k < u.end && k - p < kMaxSourceTokens; ++k) {
        if (IsQuoteMark(t_[k]) || (IsSentenceEndMark(t_[k]) && !IsAbbreviationDot(k)) ||
            quotes::IsClauseBoundary(t_[k].lower)) {
          break;
        }
        if (CueMatch c = CueAt(k); c.length && c.shape != CueShape::kAccordingTo) {
          cue = CueWithAuxiliaries(k, c.length, p);
          source = TrimSourceTail({p, cue.begin});
          break;
        }
      }
    }
    if (cue.empty() || source.empty()) return;
    std::vector<Range> content = {{quote.open, quote.close + 1}};
    std::size_t after = std::max(cue.end, source.end);
    for (std::size_t k = after; k < u.end && k - after < 8; ++k) {
      if (IsSentenceEndMark(t_[k])) break;
      if (!Is(t_[k], ",") && !Is(t_[k], ":")) continue;
      const std::size_t next = quote_at_.size() > k + 1 ? quote_at_[k + 1] : kNoQuote;
      if (next != kNoQuote && quotes_[next].open == k + 1 && quotes_[next].close < u.end) {
        content.push_back({quotes_[next].open, quotes_[next].close + 1});
      }
      break;
    }
    Add(source, cue, std::move(content));
  }

  // "Rubio: I Still Believe Trump Can't Be Trusted" — a headline or transcript line whose
  // speaker is named before a colon at the start of a paragraph.
  void Headline(const Range& u) {
    if (u.begin > 0 && !t_[u.begin].newline_before) return;
    std::size_t k = u.begin;
    while (k < u.end && k - u.begin < 6 &&
           ((t_[k].kind == TokenKind::kWord && t_[k].capitalized) || IsAbbreviationDot(k) ||
            (IsDash(t_[k]) && !t_[k].space_before))) {
      ++k;
    }
    if (k == u.begin || k >= u.end || !Is(t_[k], ":") || InsideQuote(k)) return;
    Range content = TrimEnd({k + 1, u.end});
    if (content.size() < 2 || !Free({u.begin, u.end})) return;
    Add({u.begin, k}, {k, k + 1}, {content});
  }

  // After a cue ending at `b`: where the reported clause starts ("told reporters that …").
  std::size_t ContentStart(std::size_t b, CueShape shape, const Range& u) const {
    if (shape == CueShape::kObject) {
      for (std::size_t k = b; k < u.end && k - b < 8; ++k) {
        if (Is(t_[k], "that") || IsOpenMark(t_[k])) return k;
        if (Is(t_[k], ",") || Is(t_[k], ":")) return k + 1;
        if (IsSentenceEndMark(t_[k])) break;
      }
      if (b < u.end) ++b;  // a one-word addressee: "told him the plan was dead"
      while (b < u.end && t_[b].capitalized && t_[b].kind == TokenKind::kWord) ++b;
    }
    if (b < u.end && (Is(t_[b], ":") || Is(t_[b], ","))) ++b;
    if (b < u.end && IsDash(t_[b])) ++b;
    return SkipAdjunctBeforeColon(b, u);
  }

  // "said in a statement: “…”", "said on Twitter: …": a few words, then a colon, then the
  // words reported; the adjunct belongs to neither the cue nor the content.
  std::size_t SkipAdjunctBeforeColon(std::size_t b, const Range& u) const {
    for (std::size_t k = b; k < u.end && k - b <= kMaxAdjunctTokens; ++k) {
      if (Is(t_[k], ":")) return k > b && k + 1 < u.end ? k + 1 : b;
      if (t_[k].kind == TokenKind::kPunct || InsideQuote(k) || CueAt(k).length) return b;
    }
    return b;
  }

  // The content to the right ends at the unit's end or at the first claimed token.
  Range ContentRight(std::size_t b, const Range& u) const {
    std::size_t e = b;
    while (e < u.end && e - b < kMaxContentTokens && !claimed_[e] && !Is(t_[e], ";") &&
           !StartsNextAttribution(e, u)) {
      ++e;
    }
    return TrimEnd({b, e});
  }

  // "X praised the plan, but he said …": a clause word or comma followed within a few words by
  // another cue ends the content, so the next attribution keeps its source and cue.
  bool StartsNextAttribution(std::size_t e, const Range& u) const {
    if (!Is(t_[e], ",") && !Is(t_[e], "but") && !Is(t_[e], "and") && !Is(t_[e], "while")) return false;
    for (std::size_t k = e + 2; k < u.end && k - e <= 4; ++k) {
      if (t_[k].kind == TokenKind::kPunct) return false;
      if (CueAt(k).length && CueAt(k).shape != CueShape::kAccordingTo) return true;
    }
    return false;
  }

  bool ShortTail(std::size_t b, const Range& u) const {
    Range rest = TrimEnd({b, u.end});
    if (rest.empty()) return true;
    if (rest.size() > kMaxInvertedTail) return false;
    if (!quotes::IsTrailingAdjunctStart(t_[rest.begin].lower)) return false;
    for (std::size_t i = rest.begin; i < rest.end; ++i) {
      if (IsQuoteMark(t_[i])) return false;
    }
    return true;
  }

  bool AddIfContent(Range source, Range cue, Range content) {
    content = TrimEnd(content);
    if (content.size() < 2 || source.empty()) return false;
    Add(source, cue, {content});
    return true;
  }

  void AccordingTo(Range cue, const Range& u) {
    std::size_t e = cue.end;
    while (e < u.end && e - cue.end < 15 && !Is(t_[e], ",") && !IsQuoteMark(t_[e]) &&
           !IsSentenceEndMark(t_[e])) {
      ++e;
    }
    const std::size_t lo = FreeStart(cue.begin, u);
    if (cue.begin == lo && e < u.end && Is(t_[e], ",")) {
      AddIfContent({cue.end, e}, cue, ContentRight(e + 1, u));
    } else if (cue.begin > lo && (Is(t_[cue.begin - 1], ",") || Is(t_[cue.begin - 1], "("))) {
      AddIfContent(TrimEnd({cue.end, e}), cue, {lo, cue.begin - 1});
    }
  }

  void Indirect(std::size_t k, const Range& u) {
    const CueMatch m = CueAt(k);
    if (!m.length) return;
    const std::size_t lo = FreeStart(k, u);
    const Range cue = CueWithAuxiliaries(k, m.length, lo);
    if (m.shape == CueShape::kAccordingTo) return AccordingTo(cue, u);
    // "The plan is dead, Smith said." / "The plan is dead, said Smith." / «…», — заявил Путин.
    if (ShortTail(cue.end, u) || (cue.begin > lo && (Is(t_[cue.begin - 1], ",") || IsDash(t_[cue.begin - 1])))) {
      Range left = SourceLeft(cue.begin, lo, false);
      if (!left.empty() && left.begin > lo && Is(t_[left.begin - 1], ",") && ShortTail(cue.end, u)) {
        if (AddIfContent(left, cue, {lo, left.begin - 1})) return;
      }
      std::size_t sep = cue.begin;
      while (sep > lo && (Is(t_[sep - 1], ",") || IsDash(t_[sep - 1]))) --sep;
      const Range right = SourceRight(cue.end, u.end);
      // "Revesz, director of the institute, said the states …" is an apposition, not inverted.
      const bool apposition = !SourceLeft(cue.begin, lo, true).empty() &&
                              ContentRight(ContentStart(cue.end, m.shape, u), u).size() >= 4;
      if (sep < cue.begin && sep > lo && !right.empty() && ShortTail(right.end, u) && !apposition) {
        if (AddIfContent(right, cue, {lo, sep})) return;
      }
    }
    Range source = SourceLeft(cue.begin, lo, true);
    if (source.empty()) return;
    AddIfContent(source, cue, ContentRight(ContentStart(cue.end, m.shape, u), u));
  }

  std::string_view text_;
  const Tokens& t_;
  std::vector<QuotePair> quotes_;
  std::vector<std::size_t> quote_at_;  // the quotation a token belongs to (marks included)
  std::vector<char> claimed_;          // tokens already part of an attribution
  std::vector<Attribution> out_;
};

}  // namespace

std::string_view QuoteKindName(QuoteKind kind) {
  switch (kind) {
    case QuoteKind::kDirect: return "direct";
    case QuoteKind::kMixed: return "mixed";
    case QuoteKind::kIndirect: break;
  }
  return "indirect";
}

// Two apostrophes written for a double quotation mark (''like this'', common in wire copy) become
// one straight mark.
Tokens JoinDoubledApostrophes(Tokens tokens) {
  Tokens out;
  out.reserve(tokens.size());
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    if ((Is(tokens[i], "'") || Is(tokens[i], "’")) && i + 1 < tokens.size() &&
        Is(tokens[i + 1], tokens[i].lower) && !tokens[i + 1].space_before) {
      out.push_back(std::move(tokens[i]));
      out.back().lower = "\"";
      out.back().end = tokens[++i].end;
    } else {
      out.push_back(std::move(tokens[i]));
    }
  }
  return out;
}

std::vector<Attribution> FindAttributions(std::string_view text, std::string_view lang) {
  (void)lang;  // both rule sets run on every text; the cue lexicon knows each word's language
  const Tokens tokens = JoinDoubledApostrophes(timex::Tokenize(text));
  if (tokens.empty()) return {};
  std::vector<Attribution> out = Finder(text, tokens).Run();
  quotes::ResolveSpeakers(text, tokens, out);
  return out;
}

}  // namespace storyline
