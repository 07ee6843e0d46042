#include "ner/ner_trainer.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>

#include "ner/entity_tagger.h"

namespace storyline {
namespace {

LabeledSentence S(std::vector<std::string> words, std::vector<std::string> tags) {
  return {std::move(words), std::move(tags)};
}

std::vector<LabeledSentence> ToyData() {
  std::vector<LabeledSentence> d;
  const char* people[][2] = {{"John", "Smith"}, {"Mary", "Jones"}, {"Anna", "Brown"},
                             {"Peter", "White"}, {"Sergei", "Lavrov"}};
  const char* places[] = {"Paris", "London", "Moscow", "Berlin", "Rome"};
  for (auto& p : people) {
    for (const char* place : places) {
      d.push_back(S({p[0], p[1], "visited", place, "."}, {"B-PER", "I-PER", "O", "B-LOC", "O"}));
      d.push_back(S({"In", place, ",", p[1], "said", "no", "."},
                    {"O", "B-LOC", "O", "B-PER", "O", "O", "O"}));
    }
  }
  return d;
}

TEST(TrainNer, LearnsAToyTask) {
  NerTrainOptions options;
  options.lang = "en";
  options.min_count = 1;
  Result<NerModel> model = TrainNer(ToyData(), options);
  ASSERT_TRUE(model.ok()) << model.status().ToString();
  EXPECT_EQ(model->labels(), (std::vector<std::string>{"O", "B-LOC", "I-LOC", "B-PER", "I-PER"}));
  EntityTagger tagger(std::move(model).value());
  struct Case {
    std::vector<std::string_view> words;
    std::vector<std::string> want;
  } cases[] = {
      {{"Mary", "Smith", "visited", "Moscow", "."}, {"B-PER", "I-PER", "O", "B-LOC", "O"}},
      {{"In", "Rome", ",", "Lavrov", "said", "no", "."}, {"O", "B-LOC", "O", "B-PER", "O", "O", "O"}},
  };
  for (const Case& c : cases) EXPECT_EQ(tagger.TagWords(c.words), c.want);
  const std::string text = "Anna Brown visited Paris. In Berlin, Jones said no.";
  std::vector<std::string> found;
  for (const EntityMention& m : tagger.Tag(text)) {
    found.push_back(text.substr(m.begin, m.end - m.begin) + "/" + EntityKindName(m.kind));
  }
  EXPECT_EQ(found, (std::vector<std::string>{"Anna Brown/person", "Paris/place", "Berlin/place",
                                             "Jones/person"}));
}

TEST(TrainNer, IsDeterministicAndSurvivesSaving) {
  NerTrainOptions options;
  options.lang = "en";
  auto a = TrainNer(ToyData(), options), b = TrainNer(ToyData(), options);
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_EQ(NerModel::Parse(a->Serialize())->num_features(), b->num_features());
  EXPECT_EQ(a->Decode({{1, 2, 3}}), b->Decode({{1, 2, 3}}));
}

TEST(TrainNer, RejectsBadData) {
  NerTrainOptions options;
  EXPECT_EQ(TrainNer({}, options).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(TrainNer({S({"a", "b"}, {"O"})}, options).status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(TrainNer({S({"a"}, {"PER"})}, options).status().code(), StatusCode::kInvalidArgument);
}

TEST(TrainNer, RepairsIob1Starts) {
  NerTrainOptions options;
  options.min_count = 1;
  auto model = TrainNer({S({"Paris", "is", "big"}, {"I-LOC", "O", "O"})}, options);
  ASSERT_TRUE(model.ok());
  EXPECT_EQ(model->labels(), (std::vector<std::string>{"O", "B-LOC", "I-LOC"}));
}

TEST(ReadConll, ReadsSentencesAndReportsBadLines) {
  const std::string path = ::testing::TempDir() + "/ner_read_conll.txt";
  {
    std::ofstream f(path);
    f << "-DOCSTART- -X- O O\n\nEU NNP B-NP B-ORG\nrejects VBZ B-VP O\n\nPeter B-PER\r\n";
  }
  auto data = ReadConll(path);
  ASSERT_TRUE(data.ok()) << data.status().ToString();
  ASSERT_EQ(data->size(), 2u);
  EXPECT_EQ((*data)[0].words, (std::vector<std::string>{"EU", "rejects"}));
  EXPECT_EQ((*data)[0].tags, (std::vector<std::string>{"B-ORG", "O"}));
  EXPECT_EQ((*data)[1].tags, (std::vector<std::string>{"B-PER"}));
  {
    std::ofstream f(path);
    f << "EU B-ORG\nlonely\n";
  }
  auto bad = ReadConll(path);
  EXPECT_EQ(bad.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(bad.status().message().find(":2:"), std::string::npos) << bad.status().message();
  EXPECT_EQ(ReadConll("/no/such/file").status().code(), StatusCode::kNotFound);
  std::remove(path.c_str());
}

}  // namespace
}  // namespace storyline
