// End-to-end tests: run the real binary on small fixture corpora and assert properties of the
// result (same-event articles together, different events apart, copies flagged, bad inputs
// reported and skipped, contest outputs well-formed). Expected values live in each corpus's
// hand-written expected.json.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <set>

#include "cli_test_util.h"

namespace storyline::testing {
namespace {

using nlohmann::json;

json ClusterJson(const std::string& args) {
  RunResult r = RunStoryline("cluster --quiet " + args);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return json::parse(r.out);
}

std::map<std::string, json> ArticlesById(const json& doc) {
  std::map<std::string, json> by_id;
  for (const auto& a : doc["articles"]) by_id[a["id"].get<std::string>()] = a;
  return by_id;
}

TEST(ClusterCli, OutputFollowsTheSchema) {
  json doc = ClusterJson(Fixture("e2e/events"));
  ASSERT_TRUE(doc.contains("articles") && doc.contains("stories") && doc.contains("summary"));
  std::set<uint64_t> story_ids;
  std::map<std::string, int> appearances;
  double last_score = 1e300;
  for (const auto& s : doc["stories"]) {
    for (const char* k : {"id", "title", "articles", "score"}) EXPECT_TRUE(s.contains(k)) << k;
    EXPECT_LE(s["score"].get<double>(), last_score) << "stories must be sorted by score";
    last_score = s["score"].get<double>();
    story_ids.insert(s["id"].get<uint64_t>());
    for (const auto& id : s["articles"]) ++appearances[id.get<std::string>()];
  }
  for (const auto& a : doc["articles"]) {
    for (const char* k : {"id", "title", "published", "published_from", "lang", "source", "story"}) {
      EXPECT_TRUE(a.contains(k)) << k;
    }
    const std::string from = a["published_from"];
    EXPECT_TRUE(from == "metadata" || from == "text" || from == "story" || from == "none") << from;
    EXPECT_EQ(a["published"].is_null(), from == "none") << a["id"];
    EXPECT_TRUE(story_ids.count(a["story"].get<uint64_t>())) << a["id"];
    EXPECT_EQ(appearances[a["id"].get<std::string>()], 1) << "each article in exactly one story";
  }
}

TEST(ClusterCli, EntitiesMergeTwoSpellingsOfOnePerson) {
  json doc = ClusterJson(Fixture("e2e/entities"));
  ASSERT_EQ(doc["stories"].size(), 1u);
  const json& entities = doc["stories"][0]["entities"];
  const json* ryabkov = nullptr;
  int persons_named_ryabkov = 0;
  bool geneva_in_both = false;
  for (const auto& e : entities) {
    for (const char* k : {"name", "kind", "aliases", "role", "articles"}) EXPECT_TRUE(e.contains(k)) << k;
    const std::string name = e["name"];
    if (name.find("Ryabkov") != std::string::npos) ++persons_named_ryabkov, ryabkov = &e;
    if (name == "Geneva") geneva_in_both = e["kind"] == "place" && e["articles"].size() == 2;
  }
  ASSERT_EQ(persons_named_ryabkov, 1) << entities.dump(1);
  EXPECT_EQ((*ryabkov)["kind"], "person");
  EXPECT_EQ((*ryabkov)["articles"], json({"talks-geneva.txt", "talks-wire.txt"}));
  std::set<std::string> spellings{(*ryabkov)["name"].get<std::string>()};
  for (const auto& a : (*ryabkov)["aliases"]) spellings.insert(a.get<std::string>());
  EXPECT_TRUE(spellings.count("Sergei Ryabkov") && spellings.count("Sergey Ryabkov")) << ryabkov->dump();
  EXPECT_EQ((*ryabkov)["role"], "Deputy Foreign Minister");
  EXPECT_TRUE(geneva_in_both) << entities.dump(1);
}

TEST(ClusterCli, TextFormatListsTheMainEntities) {
  RunResult r = RunStoryline("cluster --quiet --format text " + Fixture("e2e/entities"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("who: "), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Ryabkov (Deputy Foreign Minister)"), std::string::npos) << r.out;
}

TEST(ClusterCli, SameEventTogetherDifferentEventsApart) {
  json doc = ClusterJson(Fixture("e2e/events"));
  json expected = LoadJson(Fixture("e2e/events/expected.json"));
  auto by_id = ArticlesById(doc);
  for (const auto& group : expected["groups"]) {
    const std::string first = group[0];
    ASSERT_TRUE(by_id.count(first)) << first;
    for (const auto& id : group) {
      ASSERT_TRUE(by_id.count(id.get<std::string>())) << id;
      EXPECT_EQ(by_id[id.get<std::string>()]["story"], by_id[first]["story"])
          << id << " should share a story with " << first;
    }
  }
  for (const auto& pair : expected["apart"]) {
    const std::string a = pair[0], b = pair[1];
    ASSERT_TRUE(by_id.count(a) && by_id.count(b)) << a << " " << b;
    EXPECT_NE(by_id[a]["story"], by_id[b]["story"]) << a << " and " << b << " must be apart";
  }
}

TEST(ClusterCli, ExactAndNearCopiesAreFlagged) {
  json doc = ClusterJson(Fixture("e2e/copies"));
  json expected = LoadJson(Fixture("e2e/copies/expected.json"));
  auto by_id = ArticlesById(doc);
  auto copy_link = [&](const std::string& a, const std::string& b) -> json {
    for (const auto& [x, y] : {std::pair{a, b}, std::pair{b, a}}) {
      for (const auto& c : by_id[x]["copies"]) {
        if (c["of"] == y) return c;
      }
    }
    return nullptr;
  };
  for (const auto& pair : expected["exact"]) {
    json link = copy_link(pair[0], pair[1]);
    ASSERT_FALSE(link.is_null()) << pair.dump();
    EXPECT_TRUE(link["exact"].get<bool>()) << pair.dump();
  }
  for (const auto& pair : expected["near"]) {
    json link = copy_link(pair[0], pair[1]);
    ASSERT_FALSE(link.is_null()) << pair.dump();
    EXPECT_FALSE(link["exact"].get<bool>()) << pair.dump();
    EXPECT_GE(link["similarity"].get<double>(), 0.5);
  }
}

TEST(ClusterCli, BadInputsAreReportedAndSkipped) {
  RunResult r = RunStoryline("cluster --quiet " + Fixture("e2e/bad"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  json doc = json::parse(r.out);
  json expected = LoadJson(Fixture("e2e/bad/expected.json"));
  auto by_id = ArticlesById(doc);
  for (const auto& id : expected["ok"]) EXPECT_TRUE(by_id.count(id.get<std::string>())) << id;
  for (const auto& name : expected["bad"]) {
    EXPECT_NE(r.err.find(name.get<std::string>()), std::string::npos)
        << name << " must be named on stderr:\n" << r.err;
  }
  EXPECT_GE(doc["summary"]["errors"].get<std::size_t>(), expected["bad"].size());
}

TEST(ClusterCli, HugeFileIsSkippedQuicklyAndTheRestGoesOn) {
  auto dir = TempDir("huge");
  {
    std::ofstream big(dir / "huge.txt", std::ios::binary);
    std::string line(1 << 20, 'a');
    for (int i = 0; i < 100; ++i) big << line;  // 100 MiB
  }
  std::filesystem::copy_file(Fixture("e2e/bad/expected.json"), dir / "not-an-article.json");
  {
    std::ofstream good(dir / "good.txt");
    good << "Flood waters recede in Porto Alegre\n\nRescue teams in Porto Alegre said on Monday "
            "that the flood waters had started to recede after a week of heavy rain.\n";
  }
  RunResult r = RunStoryline("cluster --quiet " + dir.string());
  std::filesystem::remove_all(dir);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("huge.txt"), std::string::npos) << r.err;
  auto by_id = ArticlesById(json::parse(r.out));
  EXPECT_TRUE(by_id.count("good.txt"));
  EXPECT_FALSE(by_id.count("huge.txt"));
}

TEST(ClusterCli, ExitCodes) {
  auto dir = TempDir("empty");
  { std::ofstream(dir / "empty.txt"); }
  RunResult nothing = RunStoryline("cluster --quiet " + dir.string());
  EXPECT_EQ(nothing.exit_code, 1) << "nothing readable";
  EXPECT_NE(nothing.err.find("empty.txt"), std::string::npos) << nothing.err;
  EXPECT_EQ(RunStoryline("cluster --quiet " + (dir / "missing").string()).exit_code, 1);
  std::filesystem::remove_all(dir);
  EXPECT_EQ(RunStoryline("cluster").exit_code, 2) << "no paths";
  EXPECT_EQ(RunStoryline("cluster --no-such-flag x").exit_code, 2);
  EXPECT_EQ(RunStoryline("frobnicate").exit_code, 2);
  EXPECT_EQ(RunStoryline("tgnews everything " + Fixture("e2e/tgnews")).exit_code, 2);
  EXPECT_EQ(RunStoryline("cluster --help").exit_code, 0);
}

TEST(ClusterCli, OutFileTextFormatAndDeterminism) {
  auto dir = TempDir("out");
  const std::string out = (dir / "stories.json").string();
  RunResult r = RunStoryline("cluster --quiet --out " + out + " " + Fixture("e2e/events"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(r.out.empty());
  json a = LoadJson(out);
  json b = ClusterJson("--threads 2 " + Fixture("e2e/events"));
  a.erase("summary");
  b.erase("summary");
  EXPECT_EQ(a, b) << "1 and 2 threads must give the same result";
  RunResult text = RunStoryline("cluster --quiet --format text " + Fixture("e2e/events"));
  ASSERT_EQ(text.exit_code, 0);
  EXPECT_NE(text.out.find("1. "), std::string::npos);
  // The ferry story's timeline is listed under it: 2023-10-12, from all three reports.
  RunResult ferry = RunStoryline("cluster --quiet --format text " + Fixture("e2e/timeline"));
  ASSERT_EQ(ferry.exit_code, 0);
  const std::size_t timeline = ferry.out.find("     timeline:\n");
  ASSERT_NE(timeline, std::string::npos) << ferry.out;
  EXPECT_NE(ferry.out.find("       2023-10-12  ", timeline), std::string::npos) << ferry.out;
  EXPECT_NE(ferry.out.find("(3 articles)", timeline), std::string::npos) << ferry.out;
  std::filesystem::remove_all(dir);
}

TEST(ClusterCli, DetectsLanguages) {
  json doc = ClusterJson(Fixture("e2e/multilang"));
  json expected = LoadJson(Fixture("e2e/multilang/expected.json"));
  auto by_id = ArticlesById(doc);
  for (const auto& [id, lang] : expected["lang"].items()) {
    ASSERT_TRUE(by_id.count(id)) << id;
    EXPECT_EQ(by_id[id]["lang"], lang) << id;
  }
}

TEST(TgnewsCli, AllModesAreWellFormed) {
  const std::string dir = Fixture("e2e/tgnews");
  auto run = [&](const std::string& mode) {
    RunResult r = RunStoryline("tgnews --quiet " + mode + " " + dir);
    EXPECT_EQ(r.exit_code, 0) << mode << ": " << r.err;
    return json::parse(r.out);
  };
  json langs = run("languages");
  ASSERT_TRUE(langs.is_array());
  std::set<std::string> codes;
  for (const auto& l : langs) {
    codes.insert(l["lang_code"].get<std::string>());
    for (const auto& a : l["articles"]) {
      EXPECT_EQ(a.get<std::string>().find('/'), std::string::npos) << "bare file names";
    }
  }
  EXPECT_TRUE(codes.count("en") && codes.count("ru"));
  json news = run("news");
  ASSERT_TRUE(news["articles"].is_array());
  json cats = run("categories");
  ASSERT_EQ(cats.size(), 7u);
  json threads = run("threads");
  ASSERT_TRUE(threads.is_array());
  std::size_t threaded = 0;
  for (const auto& t : threads) {
    EXPECT_TRUE(t["title"].is_string());
    threaded += t["articles"].size();
  }
  EXPECT_EQ(threaded, news["articles"].size()) << "every news article in exactly one thread";
  json top = run("top");
  ASSERT_EQ(top.size(), 8u);
  EXPECT_EQ(top[0]["category"], "any");
  for (const auto& t : top[0]["threads"]) EXPECT_TRUE(t.contains("category"));
}

TEST(TgnewsCli, SameStoryPairsShareAThread) {
  const std::string dir = Fixture("e2e/tgnews");
  json expected = LoadJson(dir + "/expected.json");
  RunResult r = RunStoryline("tgnews --quiet threads " + dir);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::map<std::string, std::size_t> thread_of;
  json threads = json::parse(r.out);
  for (std::size_t i = 0; i < threads.size(); ++i) {
    for (const auto& a : threads[i]["articles"]) thread_of[a.get<std::string>()] = i;
  }
  ASSERT_TRUE(expected.contains("same_story"));
  for (const auto& pair : expected["same_story"]) {
    const std::string a = pair[0], b = pair[1];
    ASSERT_TRUE(thread_of.count(a) && thread_of.count(b)) << a << " " << b;
    EXPECT_EQ(thread_of[a], thread_of[b]) << a << " " << b;
  }
}

}  // namespace
}  // namespace storyline::testing

namespace storyline::testing {
namespace {

TEST(ClusterCli, ExplainSaysWhyEachArticleJoined) {
  RunResult r = RunStoryline("cluster --quiet --explain " + Fixture("e2e/events"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  nlohmann::json doc = nlohmann::json::parse(r.out);
  std::size_t joined = 0;
  for (const auto& a : doc["articles"]) {
    ASSERT_TRUE(a.contains("explain")) << a["id"];
    const auto& e = a["explain"];
    const double threshold = e["threshold"];
    if (e["decision"] == "joined") {
      ++joined;
      EXPECT_GE(e["similarity"].get<double>(), threshold) << a["id"];
      EXPECT_FALSE(e["shared_terms"].empty()) << a["id"];
    } else {
      EXPECT_EQ(e["decision"], "new story");
      EXPECT_LT(e["best_candidate"].get<double>(), threshold) << a["id"];
      if (e.contains("consolidated")) {  // its story was merged into an older one afterwards
        ++joined;
        const auto& c = e["consolidated"];
        EXPECT_GE(c["similarity"].get<double>(), c["threshold"].get<double>()) << a["id"];
        EXPECT_NE(c["from_story"], a["story"]) << a["id"];
      }
    }
  }
  // 11 articles in 5 stories (3 + 3 + 3 + 1 + 1): 6 joined an earlier story, in the stream or
  // by the consolidation after it.
  EXPECT_EQ(joined, 6u);
  RunResult plain = RunStoryline("cluster --quiet " + Fixture("e2e/events"));
  EXPECT_FALSE(nlohmann::json::parse(plain.out)["articles"][0].contains("explain"));
}

}  // namespace
}  // namespace storyline::testing

namespace storyline::testing {
namespace {

TEST(ClusterCli, CopiedPassagesComeWithOffsetsAndDirection) {
  RunResult r = RunStoryline("cluster --quiet " + Fixture("e2e/copies"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  nlohmann::json doc = nlohmann::json::parse(r.out);
  nlohmann::json expected = LoadJson(Fixture("e2e/copies/expected.json"));
  std::map<std::string, nlohmann::json> by_id;
  for (const auto& a : doc["articles"]) by_id[a["id"]] = a;
  std::size_t checked = 0;
  for (const auto& pair : expected["near"]) {
    for (const auto& [to, from] : {std::pair{pair[0], pair[1]}, std::pair{pair[1], pair[0]}}) {
      for (const auto& c : by_id[to]["copies"]) {
        if (c["of"] != from) continue;
        ++checked;
        EXPECT_GT(c["chars"].get<std::size_t>(), 200u) << "most of the wire text is shared";
        ASSERT_FALSE(c["passages"].empty());
        for (const auto& p : c["passages"]) {
          EXPECT_LT(p["begin"].get<int>(), p["end"].get<int>());
          EXPECT_LT(p["other_begin"].get<int>(), p["other_end"].get<int>());
        }
        const std::string order = c["order"];
        EXPECT_TRUE(order == "earlier" || order == "same time" || order == "unknown") << order;
      }
    }
  }
  EXPECT_EQ(checked, expected["near"].size()) << "each near copy is linked once, later to earlier";
  for (const auto& id : expected["unrelated"]) EXPECT_TRUE(by_id[id]["copies"].empty()) << id;
  bool story_lists_copies = false;
  for (const auto& s : doc["stories"]) story_lists_copies |= !s["copies"].empty();
  EXPECT_TRUE(story_lists_copies);
}

}  // namespace
}  // namespace storyline::testing

namespace storyline::testing {
namespace {

TEST(TimexCli, ResolvesRelativeDatesAgainstTheDct) {
  auto dir = TempDir("timex");
  {
    std::ofstream f(dir / "t.txt");
    // 2019-01-14 is a Monday: "on Thursday" with a past verb is 2019-01-10.
    f << "The talks resumed on Thursday. Next week the parliament meets again.\n";
  }
  RunResult r = RunStoryline("timex --dct 2019-01-14 " + (dir / "t.txt").string());
  ASSERT_EQ(r.exit_code, 0) << r.err;
  nlohmann::json out = nlohmann::json::parse(r.out);
  std::map<std::string, std::string> value_of;
  for (const auto& t : out) value_of[t["text"]] = t["value"];
  EXPECT_EQ(value_of["Thursday"], "2019-01-10");
  EXPECT_EQ(value_of["Next week"], "2019-W04");  // ISO week 3 + 1
  EXPECT_EQ(RunStoryline("timex --dct 2019-13-01 " + (dir / "t.txt").string()).exit_code, 2);
  EXPECT_EQ(RunStoryline("timex " + (dir / "missing.txt").string()).exit_code, 1);
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace storyline::testing

namespace storyline::testing {
namespace {

// tests/fixtures/e2e/timeline/EXPECTED.md works the dates out by hand.
TEST(ClusterCli, StoryTimelineMergesResolvedDatesAcrossArticles) {
  RunResult r = RunStoryline("cluster --quiet " + Fixture("e2e/timeline"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  nlohmann::json doc = nlohmann::json::parse(r.out);
  ASSERT_EQ(doc["stories"].size(), 1u) << "three reports of one sinking";
  const nlohmann::json& timeline = doc["stories"][0]["timeline"];
  std::map<std::string, std::set<std::string>> ids_of;
  std::vector<std::string> dates;
  for (const auto& e : timeline) {
    dates.push_back(e["date"]);
    EXPECT_FALSE(e["text"].get<std::string>().empty());
    for (const auto& id : e["articles"]) ids_of[e["date"]].insert(id.get<std::string>());
  }
  // Thursday before Friday 2023-10-13, "October 12, 2023" and "12 October" are one event.
  EXPECT_EQ(ids_of["2023-10-12"],
            (std::set<std::string>{"ferry-wire.txt", "ferry-local.txt", "ferry-divers.txt"}));
  EXPECT_EQ(ids_of["2023-10-15"], (std::set<std::string>{"ferry-divers.txt"}));  // Sunday
  for (std::size_t i = 1; i < dates.size(); ++i) EXPECT_LT(dates[i - 1], dates[i]) << "date order";
}

}  // namespace
}  // namespace storyline::testing

namespace storyline::testing {
namespace {

// An undated article of a story with dated articles takes the lower median of their times, and
// says so ("story"); a story with no dated article leaves its articles undated.
TEST(ClusterCli, UndatedArticlesTakeTheirStorysMedianDate) {
  json doc = ClusterJson(Fixture("e2e/events"));
  std::map<uint64_t, std::vector<std::string>> known;  // story → its own (not inferred) dates
  std::map<uint64_t, std::vector<std::string>> inferred;
  for (const auto& a : doc["articles"]) {
    const std::string from = a["published_from"];
    const uint64_t story = a["story"];
    if (from == "metadata" || from == "text") known[story].push_back(a["published"]);
    if (from == "story") inferred[story].push_back(a["published"]);
  }
  ASSERT_FALSE(inferred.empty()) << "the fixture has undated reports of dated stories";
  for (auto& [story, dates] : inferred) {
    ASSERT_TRUE(known.count(story)) << story;
    std::vector<std::string> own = known[story];
    std::sort(own.begin(), own.end());  // ISO 8601 UTC strings sort as times
    const std::string median = own[(own.size() - 1) / 2];
    for (const std::string& d : dates) EXPECT_EQ(d, median) << story;
  }
  for (const auto& a : doc["articles"]) {
    if (a["published_from"] == "none") {
      EXPECT_FALSE(known.count(a["story"].get<uint64_t>())) << a["id"];
    }
  }
}

}  // namespace
}  // namespace storyline::testing

namespace storyline::testing {
namespace {

// tests/fixtures/e2e/quotes/EXPECTED.md works the speaker and the merge out by hand.
TEST(ClusterCli, StoryQuotesMergeOneQuotationAcrossArticlesUnderTheFullName) {
  RunResult r = RunStoryline("cluster --quiet " + Fixture("e2e/quotes"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  nlohmann::json doc = nlohmann::json::parse(r.out);
  ASSERT_EQ(doc["stories"].size(), 1u) << "two reports of one dam breach";
  const nlohmann::json& quotes = doc["stories"][0]["quotes"];
  ASSERT_FALSE(quotes.empty()) << doc["stories"][0].dump();
  const nlohmann::json& top = quotes[0];
  EXPECT_EQ(top["speaker"], "Maria Lindqvist");
  EXPECT_EQ(top["text"], "Nobody will be left without shelter tonight");
  std::set<std::string> ids;
  for (const auto& id : top["articles"]) ids.insert(id.get<std::string>());
  EXPECT_EQ(ids, (std::set<std::string>{"dam-wire.txt", "dam-local.txt"}));
  for (std::size_t i = 1; i < quotes.size(); ++i) {
    EXPECT_NE(quotes[i]["text"], top["text"]) << "the quotation is listed once";
  }

  RunResult text = RunStoryline("cluster --quiet --format text " + Fixture("e2e/quotes"));
  ASSERT_EQ(text.exit_code, 0) << text.err;
  EXPECT_NE(text.out.find("     quotes:\n       Maria Lindqvist: “Nobody will be left without shelter "
                          "tonight”  (2 articles)\n"),
            std::string::npos)
      << text.out;
}

}  // namespace
}  // namespace storyline::testing

namespace storyline::testing {
namespace {

// `storyline timeline` keeps the most cited dates over everything it is given, in date order.
TEST(TimelineCli, KeepsTheMostCitedDatesInDateOrder) {
  RunResult one = RunStoryline("timeline --quiet --dates 1 " + Fixture("e2e/timeline"));
  ASSERT_EQ(one.exit_code, 0) << one.err;
  const nlohmann::json top = nlohmann::json::parse(one.out)["timeline"];
  ASSERT_EQ(top.size(), 1u);
  EXPECT_EQ(top[0]["date"], "2023-10-12") << "the sinking, cited by all three reports";
  EXPECT_EQ(top[0]["articles"].size(), 3u);
  RunResult all = RunStoryline("timeline --quiet --dates 50 " + Fixture("e2e/timeline"));
  ASSERT_EQ(all.exit_code, 0) << all.err;
  const nlohmann::json doc = nlohmann::json::parse(all.out);
  std::vector<std::string> dates;
  for (const auto& e : doc["timeline"]) dates.push_back(e["date"]);
  EXPECT_NE(std::find(dates.begin(), dates.end(), "2023-10-15"), dates.end());  // divers, Sunday
  for (std::size_t i = 1; i < dates.size(); ++i) EXPECT_LT(dates[i - 1], dates[i]);
  RunResult text = RunStoryline("timeline --quiet --format text --dates 1 " + Fixture("e2e/timeline"));
  EXPECT_EQ(text.out.rfind("2023-10-12  ", 0), 0u) << text.out;
  EXPECT_NE(RunStoryline("timeline --quiet --dates 0 " + Fixture("e2e/timeline")).exit_code, 0);
}

}  // namespace
}  // namespace storyline::testing

namespace storyline::testing {
namespace {

// The planted contradictions of e2e/conflicts (EXPECTED.md): a death toll and an age.
TEST(ClusterCli, PlantedContradictionsAreFound) {
  RunResult r = RunStoryline("cluster --quiet " + Fixture("e2e/conflicts"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const nlohmann::json doc = nlohmann::json::parse(r.out);
  ASSERT_EQ(doc["stories"].size(), 1u) << "three reports of one explosion";
  std::map<std::string, std::map<std::string, std::set<std::string>>> found;  // about → value → ids
  for (const auto& c : doc["stories"][0]["conflicts"]) {
    for (const auto& v : c["values"]) {
      for (const auto& id : v["articles"]) found[c["about"]][v["value"]].insert(id.get<std::string>());
    }
  }
  using Ids = std::set<std::string>;
  EXPECT_EQ(found["killed … miners"]["14"], (Ids{"mine-wire.txt", "mine-inquiry.txt"}));
  EXPECT_EQ(found["killed … miners"]["17"], (Ids{"mine-local.txt"}));
  EXPECT_EQ(found["age of Petr Holub"]["52"], (Ids{"mine-wire.txt", "mine-local.txt"}));
  EXPECT_EQ(found["age of Petr Holub"]["53"], (Ids{"mine-inquiry.txt"}));
  EXPECT_EQ(found.size(), 2u) << "nothing else disagrees";
}

}  // namespace
}  // namespace storyline::testing

namespace storyline::testing {
namespace {

// e2e/weekday (EXPECTED.md): an undated report's "on Thursday, December 23" is dated in the year
// of its story, 2021, rather than given the story's median day.
TEST(ClusterCli, UndatedArticleTakesTheWeekdayDateItsTextNames) {
  RunResult r = RunStoryline("cluster --quiet " + Fixture("e2e/weekday"));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const nlohmann::json doc = nlohmann::json::parse(r.out);
  ASSERT_EQ(doc["stories"].size(), 1u);
  bool seen = false;
  for (const auto& a : doc["articles"]) {
    if (a["id"] != "harbour-3") continue;
    seen = true;
    EXPECT_EQ(a["published"].get<std::string>().substr(0, 10), "2021-12-23");
    EXPECT_EQ(a["published_from"], "text");
    EXPECT_EQ(a["published_source"], "text:weekday");
  }
  EXPECT_TRUE(seen);
}

}  // namespace
}  // namespace storyline::testing

namespace storyline::testing {
namespace {

// `extract --date-fallback`: a page that marks no date takes the date its markup writes most
// often, and says so; without the flag it stays undated.
TEST(ExtractCli, DateFallbackIsOptInAndNamed) {
  auto dir = TempDir("datefallback");
  {
    std::ofstream f(dir / "p.html");
    f << "<html><head><title>Association meeting</title><link rel=\"canonical\" "
         "href=\"https://example.org/news/29-10-2021\"></head><body><p>The association met on Friday to "
         "discuss the closed forest roads and the police investigation that followed it.</p>"
         "<div data-id=\"29-10-2021\"></div></body></html>";
  }
  RunResult plain = RunStoryline("extract " + (dir / "p.html").string());
  ASSERT_EQ(plain.exit_code, 0) << plain.err;
  EXPECT_TRUE(nlohmann::json::parse(plain.out)["published"].is_null()) << plain.out;
  RunResult guessed = RunStoryline("extract --date-fallback " + (dir / "p.html").string());
  ASSERT_EQ(guessed.exit_code, 0) << guessed.err;
  nlohmann::json out = nlohmann::json::parse(guessed.out);
  EXPECT_EQ(out["published_local"], "2021-10-29") << guessed.out;
  EXPECT_EQ(out["published_source"], "fallback:page") << guessed.out;
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace storyline::testing
