#include "dedup/passages.h"

#include <gtest/gtest.h>

#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "dedup/dedup_test_corpus.h"

namespace storyline {
namespace {

// Whitespace tokens with ASCII punctuation stripped and lower-cased, with byte offsets (the
// shared MakeTestText has none). Enough for hashing windows of folded forms.
AnalyzedText Tokenize(std::string_view text) {
  AnalyzedText out;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    std::size_t b = i;
    while (i < text.size() && !std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    std::size_t e = i;
    while (b < e && std::ispunct(static_cast<unsigned char>(text[b]))) ++b;
    while (e > b && std::ispunct(static_cast<unsigned char>(text[e - 1]))) --e;
    if (b == e) continue;
    Token t;
    for (std::size_t j = b; j < e; ++j)
      t.folded += static_cast<char>(std::tolower(static_cast<unsigned char>(text[j])));
    t.stem = t.folded;
    t.begin = static_cast<uint32_t>(b);
    t.end = static_cast<uint32_t>(e);
    out.tokens.push_back(std::move(t));
  }
  return out;
}

PassageSketch Sketch(std::string_view text, const PassageOptions& o = {}) {
  return SketchPassages(Tokenize(text), o);
}

// ~60 words copied between articles in most cases below.
constexpr const char* kParagraph =
    "Firefighters worked through the night to contain a blaze that broke out in a disused "
    "textile warehouse near the harbour shortly after nine in the evening. Residents of three "
    "neighbouring streets were asked to keep their windows closed because of thick smoke, and a "
    "section of the coastal railway was suspended until the early hours of Wednesday morning.";

// kParagraph with one word changed in the middle ("three" → "four").
constexpr const char* kParagraphEdited =
    "Firefighters worked through the night to contain a blaze that broke out in a disused "
    "textile warehouse near the harbour shortly after nine in the evening. Residents of four "
    "neighbouring streets were asked to keep their windows closed because of thick smoke, and a "
    "section of the coastal railway was suspended until the early hours of Wednesday morning.";

constexpr const char* kSentenceOne =
    "The city museum will reopen its renovated east wing next month with a large exhibition of "
    "medieval maps lent by collectors from across the continent.";
constexpr const char* kSentenceTwo =
    "Curators spent almost two years restoring the fragile parchments, some of which had not "
    "been shown to the public since the late nineteenth century.";

constexpr const char* kLeadA = "Officials in the port town gave a first account on Tuesday.";
constexpr const char* kTailA =
    "An investigation into the cause has been opened, and the owner of the building could not "
    "be reached for comment.";
constexpr const char* kLeadB =
    "Weather forecasters expect strong winds along the northern coast for the rest of the week.";
constexpr const char* kTailB =
    "Schools in the area will stay open, the regional education office confirmed in a short "
    "notice published on its website.";

std::string Join(std::initializer_list<std::string_view> parts) {
  std::string out;
  for (std::string_view p : parts) {
    if (!out.empty()) out += ' ';
    out += p;
  }
  return out;
}

struct Span {
  std::size_t begin, end;
};

Span Locate(const std::string& text, std::string_view part) {
  const std::size_t at = text.find(part);
  EXPECT_NE(at, std::string::npos) << part;
  return {at, at == std::string::npos ? 0 : at + part.size()};
}

// A found range matches an expected one "modulo edge words": it lies inside it (give or take
// `slack` bytes) and covers at least `min_cover` of it.
bool Covers(uint32_t begin, uint32_t end, Span want, double min_cover, std::size_t slack = 0) {
  if (begin + slack < want.begin || end > want.end + slack) return false;
  const std::size_t b = std::max<std::size_t>(begin, want.begin);
  const std::size_t e = std::min<std::size_t>(end, want.end);
  return e > b && static_cast<double>(e - b) >= min_cover * static_cast<double>(want.end - want.begin);
}

struct Expected {
  std::string_view in_new;    // text expected as a passage of the new article
  std::string_view in_other;  // and its source in the earlier one
};

struct PairCase {
  const char* name;
  std::string earlier;
  std::string later;
  std::vector<Expected> passages;  // in order of position in the new article
};

// Each expected part is covered by the union of the passages that fall in it.
void ExpectPassages(const char* name, const std::string& later, const std::string& earlier,
                    const PassageMatch& got, const std::vector<Expected>& want,
                    double min_cover) {
  for (std::size_t i = 0; i < want.size(); ++i) {
    const Span want_new = Locate(later, want[i].in_new);
    const Span want_other = Locate(earlier, want[i].in_other);
    uint32_t b = UINT32_MAX, e = 0, ob = UINT32_MAX, oe = 0;
    for (const Passage& p : got.passages) {
      if (p.end <= want_new.begin || p.begin >= want_new.end) continue;
      b = std::min(b, p.begin), e = std::max(e, p.end);
      ob = std::min(ob, p.other_begin), oe = std::max(oe, p.other_end);
    }
    ASSERT_LT(b, e) << name << " passage " << i;
    EXPECT_TRUE(Covers(b, e, want_new, min_cover)) << name << ": " << later.substr(b, e - b);
    EXPECT_TRUE(Covers(ob, oe, want_other, min_cover))
        << name << ": " << earlier.substr(ob, oe - ob);
  }
}

TEST(PassageIndex, FindsCopiedPassagesWithOffsets) {
  const PairCase cases[] = {
      {"exact paragraph in new surroundings", Join({kLeadA, kParagraph, kTailA}),
       Join({kLeadB, kParagraph, kTailB}), {{kParagraph, kParagraph}}},
      {"copied paragraph at the start (a new lead elsewhere)", Join({kParagraph, kTailA}),
       Join({kLeadB, kTailB, kParagraph}), {{kParagraph, kParagraph}}},
      {"one changed word", Join({kLeadA, kParagraph, kTailA}),
       Join({kLeadB, kParagraphEdited, kTailB}), {{kParagraphEdited, kParagraph}}},
      {"reordered sentences", Join({kLeadA, kSentenceOne, kSentenceTwo, kTailA}),
       Join({kLeadB, kSentenceTwo, kTailB, kSentenceOne}),
       {{kSentenceTwo, kSentenceTwo}, {kSentenceOne, kSentenceOne}}},
      {"wire story with a new lead", kWireStory, kWireStoryNewLead,
       {{std::string_view(kWireStory), std::string_view(kWireStory)}}},
      {"unrelated texts", kWireStory, kUnrelatedStory, {}},
  };
  for (const auto& c : cases) {
    PassageIndex index;
    index.Add(7, Sketch(c.earlier));
    const std::vector<PassageMatch> got = index.Query(Sketch(c.later));
    if (c.passages.empty()) {
      EXPECT_TRUE(got.empty()) << c.name;
      continue;
    }
    ASSERT_EQ(got.size(), 1u) << c.name;
    EXPECT_EQ(got[0].doc, 7u) << c.name;
    std::size_t chars = 0;
    for (const Passage& p : got[0].passages) chars += p.end - p.begin;
    EXPECT_EQ(got[0].chars, chars) << c.name;
    // One changed word may split a passage in two adjacent ones; all else is one per part.
    const bool may_split = std::string_view(c.name) == "one changed word";
    if (!may_split) {
      ASSERT_EQ(got[0].passages.size(), c.passages.size()) << c.name;
    }
    // Winnowed ends may fall a few words inside; refined ends are at the copied text's ends.
    const PassageMatch refined = RefinePassages(c.later, c.earlier, got[0]);
    ExpectPassages(c.name, c.later, c.earlier, got[0], c.passages, 0.7);
    ExpectPassages(c.name, c.later, c.earlier, refined, c.passages, 0.95);
  }
}

TEST(PassageIndex, ExactCopyWithoutWinnowingHasExactOffsets) {
  PassageOptions all_windows;
  all_windows.winnow_window = 1;
  const std::string earlier = Join({kLeadA, kParagraph, kTailA});
  const std::string later = Join({kLeadB, kParagraph, kTailB});
  PassageIndex index(all_windows);
  index.Add(1, Sketch(earlier, all_windows));
  const std::vector<PassageMatch> got = index.Query(Sketch(later, all_windows));
  ASSERT_EQ(got.size(), 1u);
  ASSERT_EQ(got[0].passages.size(), 1u);
  const Passage& p = got[0].passages[0];
  // Token offsets exclude the final period.
  const std::string want(kParagraph, std::string_view(kParagraph).size() - 1);
  EXPECT_EQ(later.substr(p.begin, p.end - p.begin), want);
  EXPECT_EQ(earlier.substr(p.other_begin, p.other_end - p.other_begin), want);
  EXPECT_EQ(got[0].chars, want.size());
  // Refining adds the final period, and nothing of the different surrounding sentences.
  const PassageMatch refined = RefinePassages(later, earlier, got[0]);
  ASSERT_EQ(refined.passages.size(), 1u);
  const Passage& r = refined.passages[0];
  EXPECT_EQ(later.substr(r.begin, r.end - r.begin), kParagraph);
  EXPECT_EQ(earlier.substr(r.other_begin, r.other_end - r.other_begin), kParagraph);
  EXPECT_EQ(refined.chars, std::string_view(kParagraph).size());
}

struct RefineCase {
  const char* name;
  std::string later, earlier;
  Passage found;       // as Query might give it (inside the shared text)
  const char* expect;  // the refined passage's text on both sides
};

TEST(PassageIndex, RefineCutsAtWholeWords) {
  const RefineCase cases[] = {
      // Shared word tail "ters" and shared ". " before the copy must not be included.
      {"shared suffix", "Foresters. Rain fell all day here.", "Forecasters. Rain fell all day there.",
       {11, 24, 13, 26}, "Rain fell all day"},
      {"to the end of both texts", "New lead. Rain fell all day.", "Rain fell all day.",
       {10, 21, 0, 11}, "Rain fell all day."},
      {"offsets outside the text are kept", "short", "short", {0, 99, 0, 5}, nullptr},
  };
  for (const auto& c : cases) {
    PassageMatch m{1, {c.found}, 0};
    const PassageMatch r = RefinePassages(c.later, c.earlier, m);
    ASSERT_EQ(r.passages.size(), 1u) << c.name;
    const Passage& p = r.passages[0];
    if (c.expect == nullptr) {
      EXPECT_EQ(p.end, c.found.end) << c.name;
      continue;
    }
    EXPECT_EQ(c.later.substr(p.begin, p.end - p.begin), c.expect) << c.name;
    EXPECT_EQ(c.earlier.substr(p.other_begin, p.other_end - p.other_begin), c.expect) << c.name;
  }
}

TEST(PassageIndex, CommonPhrasesAreNotCopies) {
  // Share set phrases of up to seven words ("said in a statement on Tuesday that", "at the end
  // of the day") but no sentence.
  const std::string a =
      "The mayor said in a statement on Tuesday that the new tram line would open in spring. At "
      "the end of the day, the council agreed to review the budget for road repairs next year, "
      "one of the most important items on its agenda.";
  const std::string b =
      "The club said in a statement on Tuesday that its captain had signed a new contract. At "
      "the end of the day, supporters gathered outside the stadium to celebrate what many "
      "called one of the most important signings in a decade.";
  PassageIndex index;
  index.Add(1, Sketch(a));
  for (const PassageMatch& m : index.Query(Sketch(b))) {
    for (const Passage& p : m.passages) ADD_FAILURE() << b.substr(p.begin, p.end - p.begin);
  }
  // Even when phrases may be as short as 8 words, two phrases a gap apart are not one passage.
  PassageOptions short_passages;
  short_passages.min_passage_tokens = 8;
  PassageIndex lenient(short_passages);
  lenient.Add(1, Sketch(a, short_passages));
  EXPECT_TRUE(lenient.Query(Sketch(b, short_passages)).empty());
}

TEST(PassageIndex, IgnoresBoilerplateSeenInManyDocuments) {
  constexpr const char* kTrailer =
      "Copyright 2024 Northern Wire Service. All rights reserved. This material may not be "
      "published, broadcast, rewritten or redistributed without permission.";
  const char* bodies[] = {kWireStory, kUnrelatedStory, kSentenceOne, kSentenceTwo, kTailA};
  PassageOptions o;
  o.max_doc_freq = 3;
  PassageIndex index(o);
  PassageIndex small_index(o);
  for (std::size_t i = 0; i < std::size(bodies); ++i) {
    index.Add(i, Sketch(Join({bodies[i], kTrailer}), o));
  }
  small_index.Add(0, Sketch(Join({bodies[0], kTrailer}), o));
  const PassageSketch query = Sketch(Join({kLeadB, kTailB, kTrailer}), o);
  EXPECT_TRUE(index.Query(query).empty());       // seen in 5 > 3 documents: boilerplate
  EXPECT_EQ(small_index.Query(query).size(), 1u);  // seen once: still a copied passage
}

TEST(PassageIndex, RanksByCopiedAmountThenDoc) {
  PassageIndex index;
  index.Add(5, Sketch(Join({kLeadA, kSentenceOne, kTailA})));
  index.Add(3, Sketch(Join({kLeadA, kParagraph, kTailA})));
  index.Add(4, Sketch(Join({kLeadB, kSentenceOne, kTailB})));
  const std::vector<PassageMatch> got =
      index.Query(Sketch(Join({kSentenceOne, kLeadB, kParagraph})));
  ASSERT_EQ(got.size(), 3u);
  EXPECT_EQ(got[0].doc, 3u);  // the long paragraph
  EXPECT_EQ(got[1].doc, 4u);  // kSentenceOne, and "Weather forecasters" is not adjacent to it
  EXPECT_EQ(got[2].doc, 5u);
  EXPECT_GT(got[0].chars, got[1].chars);

  PassageOptions one;
  one.max_matches = 1;
  PassageIndex capped(one);
  capped.Add(5, Sketch(kParagraph));
  capped.Add(4, Sketch(kParagraph));
  ASSERT_EQ(capped.Query(Sketch(kParagraph)).size(), 1u);
  EXPECT_EQ(capped.Query(Sketch(kParagraph))[0].doc, 4u);
}

struct ShortCase {
  const char* name;
  const char* text;
  std::size_t max_hashes;
  bool matches_itself;
};

TEST(PassageIndex, ShortAndEmptyTexts) {
  const ShortCase cases[] = {
      {"empty", "", 0, false},
      {"two words", "Breaking news", 0, false},
      {"one window", "The storm closed six schools today", 1, false},  // 6 words < 10
      {"one sentence", kSentenceOne, 30, true},
  };
  for (const auto& c : cases) {
    const PassageSketch s = Sketch(c.text);
    EXPECT_LE(s.hashes.size(), c.max_hashes) << c.name;
    EXPECT_EQ(s.hashes.size(), s.windows.size()) << c.name;
    PassageIndex index;
    index.Add(1, s);
    EXPECT_EQ(index.Query(s).size(), c.matches_itself ? 1u : 0u) << c.name;
  }
  PassageIndex empty;
  EXPECT_TRUE(empty.Query(Sketch(kWireStory)).empty());
  EXPECT_EQ(empty.size(), 0u);
}

TEST(PassageSketch, IsDeterministicAndCompact) {
  const std::string text = Join({kWireStory, kUnrelatedStory, kParagraph, kSentenceOne,
                                 kSentenceTwo, kWireStory, kLeadA, kLeadB});  // ~3.1 KB
  const PassageSketch a = Sketch(text);
  const PassageSketch b = Sketch(text);
  EXPECT_EQ(a.hashes, b.hashes);
  ASSERT_EQ(a.windows.size(), b.windows.size());
  for (std::size_t i = 1; i < a.windows.size(); ++i) {
    EXPECT_LT(a.windows[i - 1].token, a.windows[i].token);
  }
  const std::size_t tokens = Tokenize(text).tokens.size();
  // Winnowing over 4 windows keeps about 2/5 of the positions, at least 1/4.
  EXPECT_GE(a.hashes.size(), tokens / 4);
  EXPECT_LE(a.hashes.size(), tokens / 2);
  EXPECT_LT(a.MemoryBytes(), 6000u) << text.size() << " bytes of text";
}

TEST(PassageIndex, CountsCodePoints) {
  const std::string text = "Привет, мир! Hello";
  EXPECT_EQ(CountPassageCodePoints(text, {{0, 12, 0, 0}}), 6u);              // "Привет"
  EXPECT_EQ(CountPassageCodePoints(text, {{0, 12, 0, 0}, {22, 99, 0, 0}}), 11u);  // clamped
}

TEST(PassageIndex, ValidatesOptions) {
  EXPECT_TRUE(ValidatePassageOptions({}).ok());
  PassageOptions bad;
  bad.window_tokens = 0;
  EXPECT_EQ(ValidatePassageOptions(bad).code(), StatusCode::kInvalidArgument);
  bad = {};
  bad.max_doc_freq = 0;
  EXPECT_EQ(ValidatePassageOptions(bad).code(), StatusCode::kInvalidArgument);
  bad = {};
  bad.winnow_window = 65;
  EXPECT_EQ(ValidatePassageOptions(bad).code(), StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace storyline
