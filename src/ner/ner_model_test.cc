#include "ner/ner_model.h"

#include <gtest/gtest.h>

#include <map>
#include <random>

#include "ner/entity_tagger.h"

namespace storyline {
namespace {

NerModel SmallModel() {
  NerModel m("en", {"O", "B-PER", "I-PER", "B-LOC", "I-LOC"});
  m.SetFeature(42, {0.0f, 2.5f, 0.0f, -1.0f, 0.0f});
  m.SetFeature(7, {1.0f, 0.0f, 0.0f, 0.0f, 0.25f});
  m.transition(1, 2) = 0.5f;
  m.transition(5, 0) = -0.125f;
  return m;
}

TEST(NerModel, SerializeParseRoundTrip) {
  const NerModel m = SmallModel();
  Result<NerModel> back = NerModel::Parse(m.Serialize());
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(back->lang(), "en");
  EXPECT_EQ(back->labels(), m.labels());
  EXPECT_EQ(back->num_features(), 2u);
  EXPECT_EQ(back->transition(1, 2), 0.5f);
  EXPECT_EQ(back->transition(5, 0), -0.125f);
  EXPECT_EQ(back->Serialize().size(), m.Serialize().size());
  EXPECT_EQ(back->Decode({{42}, {7}}), m.Decode({{42}, {7}}));
}

TEST(NerModel, AverageOfModelsTrainedAlike) {
  NerModel a("en", {"O", "B-PER", "I-PER"}), b("en", {"O", "B-PER", "I-PER"});
  a.SetFeature(1, {2.0f, 0.0f, 0.0f});
  b.SetFeature(1, {0.0f, 4.0f, 0.0f});
  b.SetFeature(2, {0.0f, 0.0f, 1.0f});
  a.transition(3, 1) = 1.0f;
  Result<NerModel> avg = AverageModels({a, b});
  ASSERT_TRUE(avg.ok()) << avg.status().ToString();
  EXPECT_EQ(avg->num_features(), 2u) << "the union of the features";
  EXPECT_EQ(avg->transition(3, 1), 0.5f);
  std::map<uint64_t, std::vector<float>> rows;
  avg->ForEachFeature([&](uint64_t h, const float* w) { rows[h] = {w[0], w[1], w[2]}; });
  EXPECT_EQ(rows[1], (std::vector<float>{1.0f, 2.0f, 0.0f}));
  EXPECT_EQ(rows[2], (std::vector<float>{0.0f, 0.0f, 0.5f})) << "absent from a: zero there";
  EXPECT_EQ(AverageModels({}).status().code(), StatusCode::kInvalidArgument);
  NerModel other("en", {"O", "B-LOC", "I-LOC"});
  EXPECT_EQ(AverageModels({a, other}).status().code(), StatusCode::kInvalidArgument);
}

TEST(NerModel, RejectsDamagedFiles) {
  const std::string good = SmallModel().Serialize();
  std::string bad_magic = good;
  bad_magic[0] = 'X';
  std::string bad_version = good;
  bad_version[8] = 9;
  struct Case {
    std::string name, bytes;
  } cases[] = {{"empty", ""},
               {"bad magic", bad_magic},
               {"other version", bad_version},
               {"truncated", good.substr(0, good.size() - 7)},
               {"no trailer", good.substr(0, good.size() - 4)},
               {"extra bytes", good.substr(0, good.size() - 4) + "xxxxEND1"}};
  for (const Case& c : cases) {
    Result<NerModel> m = NerModel::Parse(c.bytes);
    EXPECT_FALSE(m.ok()) << c.name;
    EXPECT_EQ(m.status().code(), StatusCode::kInvalidArgument) << c.name;
  }
  EXPECT_EQ(NerModel::Load("/no/such/model").status().code(), StatusCode::kNotFound);
}

TEST(NerModel, RandomBytesNeverCrash) {
  const std::string good = SmallModel().Serialize();
  std::mt19937 rng(5);
  for (int i = 0; i < 2000; ++i) {
    std::string bytes = good;
    for (int k = 0; k < 3; ++k) bytes[rng() % bytes.size()] = static_cast<char>(rng());
    (void)NerModel::Parse(bytes);  // any status is fine; it must not crash or hang
  }
}

TEST(Viterbi, InsideTagNeverStartsAnEntity) {
  const std::vector<std::string> labels{"O", "B-PER", "I-PER"};
  const std::vector<float> trans(4 * 3, 0.0f);
  // Token 0 prefers I-PER (illegal at the start), token 1 prefers I-PER after anything.
  const std::vector<float> emissions{0.0f, 1.0f, 5.0f, 0.0f, 0.0f, 3.0f};
  EXPECT_EQ(ViterbiDecode(emissions, 2, labels, trans), (std::vector<int>{1, 2}));
  EXPECT_TRUE(ViterbiDecode({}, 0, labels, trans).empty());
  EXPECT_TRUE(BioAllows(labels, 1, 2));
  EXPECT_FALSE(BioAllows(labels, 0, 2));
  EXPECT_FALSE(BioAllows(labels, 3, 2));  // sentence start
}

TEST(EntityTagger, MentionsAreByteSpansOfTheText) {
  NerModel m("en", {"O", "B-PER", "I-PER"});
  // A model that calls every capitalised word a person: shape "Xx" alone is not a known
  // feature, so train a tiny one instead of hand-setting hashes.
  EntityTagger tagger(std::move(m));
  EXPECT_TRUE(tagger.Tag("").empty());
  EXPECT_TRUE(tagger.Tag("\xFF\xFE nothing here").empty()) << "a model with no weights tags O";
}

}  // namespace
}  // namespace storyline
