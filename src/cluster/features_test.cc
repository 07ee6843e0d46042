#include "cluster/features.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "dedup/test_text.h"

namespace storyline {
namespace {

const RawFeature* Find(const std::vector<RawFeature>& features, const std::string& key) {
  auto it = std::find_if(features.begin(), features.end(),
                         [&](const RawFeature& f) { return f.key == key; });
  return it == features.end() ? nullptr : &*it;
}

struct FeatureCase {
  const char* key;
  bool present;
  float count;  // when present
  bool in_title;
};

TEST(Features, ChannelsNamesAndNumbers) {
  const AnalyzedText title = MakeTestText("Council Approves Bridge Plan For 2027");
  const AnalyzedText body = MakeTestText(
      "The council led by Maria Hansen approved the bridge plan. Hansen said 48 million "
      "euros will be spent by 2027. Bridge works start soon.");
  const std::vector<RawFeature> features = ExtractFeatures(title, body, ClusterOptions{});
  const FeatureCase cases[] = {
      {"w:council", true, 2, true},  {"n:council", false, 0, false},  // Title Case is no name
      {"w:bridge", true, 3, true},   {"n:bridge", false, 0, false},   // capitalised only first
      {"n:hansen", true, 2, false},  {"n:maria", true, 1, false},     // sentence start confirmed
      {"w:hansen", true, 2, false},  {"#:2027", true, 2, true},       // years are weak features
      {"#:48", false, 0, false},     {"w:the", false, 0, false},      // short numbers, stop words
      {"w:million", true, 1, false},
  };
  for (const auto& c : cases) {
    const RawFeature* f = Find(features, c.key);
    ASSERT_EQ(f != nullptr, c.present) << c.key;
    if (!f) continue;
    EXPECT_EQ(f->count, c.count) << c.key;
    EXPECT_EQ(f->in_title, c.in_title) << c.key;
  }
  EXPECT_TRUE(
      std::is_sorted(features.begin(), features.end(),
                     [](const RawFeature& a, const RawFeature& b) { return a.key < b.key; }));
}

TEST(Features, ZeroWeightChannelsAreLeftOut) {
  ClusterOptions options;
  options.name_weight = 0;
  options.number_weight = 0;
  const std::vector<RawFeature> features =
      ExtractFeatures({}, MakeTestText("Yesterday Maria Hansen paid 2027 euros."), options);
  EXPECT_EQ(Find(features, "n:hansen"), nullptr);
  EXPECT_EQ(Find(features, "#:2027"), nullptr);
  EXPECT_NE(Find(features, "w:hansen"), nullptr);
}

struct LeadCase {
  const char* name;
  std::size_t lead_tokens;
  double lead_weight;
  float lead_count;  // "w:ferry", once in the first sentence
  float tail_count;  // "w:harbour", once at the end
};

TEST(Features, LeadTokensCountMore) {
  // Tokens: Ferry(0) sank(1) near(2) Bari ... harbour is the last token.
  const AnalyzedText body = MakeTestText(
      "Ferry sank near Bari. Officials later reviewed old reports about the harbour");
  const LeadCase cases[] = {
      {"default: no emphasis", 60, 1.0, 1, 1},
      {"lead twice", 3, 2.0, 2, 1},       // ferry is token 0, inside the lead
      {"whole text is lead", 60, 3.0, 3, 3},
  };
  for (const auto& c : cases) {
    ClusterOptions options;
    options.lead_tokens = c.lead_tokens;
    options.lead_weight = c.lead_weight;
    const std::vector<RawFeature> features = ExtractFeatures({}, body, options);
    const RawFeature* lead = Find(features, "w:ferry");
    const RawFeature* tail = Find(features, "w:harbour");
    ASSERT_NE(lead, nullptr) << c.name;
    ASSERT_NE(tail, nullptr) << c.name;
    EXPECT_EQ(lead->count, c.lead_count) << c.name;
    EXPECT_EQ(tail->count, c.tail_count) << c.name;
  }
}

TEST(Features, DisplayDropsThePrefix) {
  EXPECT_EQ(FeatureDisplay("n:hansen"), "hansen");
  EXPECT_EQ(FeatureDisplay("x"), "x");
}

}  // namespace
}  // namespace storyline
