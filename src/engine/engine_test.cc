#include "storyline/engine.h"

#include <gtest/gtest.h>

#include <map>
#include <string>

#include "base/cancel.h"
#include "base/clock.h"

namespace storyline {
namespace {

const std::string kEvents = std::string(STORYLINE_FIXTURES_DIR) + "/e2e/events";

std::unique_ptr<Engine> MakeEngine(const Clock* clock, EngineOptions options = {}) {
  options.data_dir = STORYLINE_TEST_DATA_DIR;
  auto engine = Engine::Create(options, clock);
  EXPECT_TRUE(engine.ok()) << engine.status().ToString();
  return engine.ok() ? std::move(engine).value() : nullptr;
}

std::map<std::string, uint64_t> StoryOf(const Engine& engine) {
  std::map<std::string, uint64_t> out;
  for (const ArticleRecord& r : engine.articles()) out[r.article.id] = r.story;
  return out;
}

TEST(Engine, TwoEnginesInOneProcessAgreeAndRerunsReplaceResults) {
  FakeClock clock;
  auto a = MakeEngine(&clock);
  auto b = MakeEngine(&clock);
  ASSERT_TRUE(a && b);
  ASSERT_TRUE(a->RunBatch({kEvents}, {}).ok());
  ASSERT_TRUE(b->RunBatch({kEvents}, {}).ok());
  EXPECT_EQ(StoryOf(*a), StoryOf(*b));
  EXPECT_EQ(a->summary().articles, 11u);  // 10 files, one of them a 2-article JSONL
  ASSERT_TRUE(a->RunBatch({kEvents}, {}).ok());
  EXPECT_EQ(a->articles().size(), 11u) << "a second batch replaces the first";
  EXPECT_EQ(StoryOf(*a), StoryOf(*b));
}

TEST(Engine, ReportsBadInputsAndKeepsGoing) {
  FakeClock clock;
  auto engine = MakeEngine(&clock);
  ASSERT_TRUE(engine);
  std::vector<std::string> errors;
  BatchCallbacks cb;
  cb.on_error = [&](const Status& s) { errors.push_back(s.message()); };
  ASSERT_TRUE(engine->RunBatch({kEvents, "/no/such/path"}, cb).ok());
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0], "/no/such/path: no such file or directory");
  EXPECT_EQ(engine->summary().errors, 1u);
  EXPECT_EQ(engine->summary().articles, 11u);
}

TEST(Engine, CancelledBatchSaysSo) {
  FakeClock clock;
  auto engine = MakeEngine(&clock);
  ASSERT_TRUE(engine);
  CancelToken cancel;
  cancel.Cancel();
  BatchCallbacks cb;
  cb.cancel = &cancel;
  EXPECT_EQ(engine->RunBatch({kEvents}, cb).code(), StatusCode::kCancelled);
  EXPECT_TRUE(engine->summary().cancelled);
}

TEST(Engine, RejectsBadOptionsAndMissingData) {
  FakeClock clock;
  EngineOptions options;
  options.data_dir = STORYLINE_TEST_DATA_DIR;
  options.threads = 0;
  EXPECT_EQ(Engine::Create(options, &clock).status().code(), StatusCode::kInvalidArgument);
  options.threads = 1;
  options.cluster_settings = {{"window_days", -1}};
  EXPECT_EQ(Engine::Create(options, &clock).status().code(), StatusCode::kInvalidArgument);
  options.cluster_settings.clear();
  options.data_dir = "/no/such/data";
  auto missing = Engine::Create(options, &clock);
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
  EXPECT_NE(missing.status().message().find("lid.176.ftz"), std::string::npos)
      << missing.status().message();
}

}  // namespace
}  // namespace storyline
