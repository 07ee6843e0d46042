#include "extract/extractor.h"

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace storyline {
namespace {

const std::string kFixtures = std::string(STORYLINE_FIXTURES_DIR) + "/extract/";

// $STORYLINE_SHARED_DATA overrides the default, ../shared/data beside the repository.
std::string SharedDataDir() {
  const char* env = std::getenv("STORYLINE_SHARED_DATA");
  return env != nullptr && *env != '\0' ? env : STORYLINE_SHARED_DATA_DIR;
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

Document FixtureDoc(const std::string& name) {
  Document d;
  d.id = name;
  d.origin = "fixtures/" + name;
  d.format = name.ends_with(".html") ? DocFormat::kHtml : DocFormat::kText;
  d.content = ReadFile(kFixtures + name);
  return d;
}

TEST(ExtractorTest, HtmlFixture) {
  Result<Article> a = Extractor().Extract(FixtureDoc("boilerplate.html"));
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->id, "boilerplate.html");
  EXPECT_EQ(a->origin, "fixtures/boilerplate.html");
  EXPECT_EQ(a->title, "Bridge closure extended by two weeks");
  EXPECT_EQ(a->source, "Riverside Gazette");
  EXPECT_EQ(a->author, "Dana Whitfield");
  EXPECT_EQ(a->published, 1614846600);
  EXPECT_EQ(a->published_from, DateSource::kMetadata);
  // The page's own time zone is kept beside the UTC instant (09:30+01:00 = 08:30Z).
  EXPECT_EQ(a->published_source, "meta:article:published_time");
  EXPECT_EQ(a->published_local, "2021-03-04T09:30:00+01:00");
  EXPECT_EQ(a->lang, "und");
  EXPECT_TRUE(a->text.starts_with("The Mill Street bridge will stay closed")) << a->text;
  EXPECT_EQ(a->text.find("Share on"), std::string::npos);
  EXPECT_EQ(a->text.find("cookies"), std::string::npos);
  EXPECT_EQ(a->text.find("Council approves budget"), std::string::npos);
  EXPECT_EQ(a->text.find("Copyright"), std::string::npos);
}

TEST(ExtractorTest, Windows1251Pages) {
  for (std::string file : {"cp1251_declared.html", "cp1251_undeclared.html", "cp1251_mislabelled.html"}) {
    Result<Article> a = Extractor().Extract(FixtureDoc(file));
    ASSERT_TRUE(a.ok()) << file << ": " << a.status().ToString();
    EXPECT_EQ(a->title, "Мэрия Самары объявила о ремонте набережной") << file;
    EXPECT_EQ(a->text,
              "Администрация Самары в понедельник объявила о начале масштабного ремонта центральной набережной, "
              "который продлится до конца сентября.\n\n"
              "По словам заместителя главы города, на работы выделено около двухсот миллионов рублей из городского "
              "и областного бюджетов.\n\n"
              "Жителей просят пользоваться объездными пешеходными маршрутами, схема которых опубликована на сайте "
              "администрации.")
        << file;
  }
}

TEST(ExtractorTest, Koi8rText) {
  Result<Article> a = Extractor().Extract(FixtureDoc("koi8r.txt"));
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->title, "Снегопад парализовал движение в Екатеринбурге");
  EXPECT_EQ(a->published, 1610668800);
  EXPECT_EQ(a->published_from, DateSource::kText);
  EXPECT_TRUE(a->text.starts_with("Сильный снегопад")) << a->text;
  EXPECT_EQ(a->text.find("Реклама"), std::string::npos);
}

TEST(ExtractorTest, Utf16Text) {
  for (std::string file : {"utf16le.txt", "utf16be.txt", "utf8_bom.txt"}) {
    Result<Article> a = Extractor().Extract(FixtureDoc(file));
    ASSERT_TRUE(a.ok()) << file << ": " << a.status().ToString();
    EXPECT_EQ(a->title, "Tram line extended to the airport") << file;
    EXPECT_EQ(a->text, "The new tram line to the airport opened on Sunday, cutting the journey to twenty minutes.")
        << file;
  }
}

TEST(ExtractorTest, TitleSuffixAndTimeElement) {
  Result<Article> a = Extractor().Extract(FixtureDoc("title_suffix.html"));
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->title, "Rail strike called off at last minute");
  EXPECT_EQ(a->published, 1572568320);
  EXPECT_EQ(a->source, "");
}

TEST(ExtractorTest, ContainerHintsWin) {
  Document d = FixtureDoc("boilerplate.html");
  d.title = "Hinted title";
  d.url = "https://hint.example/x";
  d.published = "2020-01-02T03:04:05Z";
  d.lang = "en";
  Result<Article> a = Extractor().Extract(d);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->title, "Hinted title");
  EXPECT_EQ(a->url, "https://hint.example/x");
  EXPECT_EQ(a->source, "Riverside Gazette");  // no source hint: the page's og:site_name stays
  EXPECT_EQ(a->published, 1577934245);
  EXPECT_EQ(a->published_from, DateSource::kMetadata);
  EXPECT_EQ(a->lang, "en");
}

// A given title is kept as given, but a segment naming the given source or the URL's host is
// the outlet's, not the headline's; other segments stay (a title hint is a fact, not a guess).
TEST(ExtractorTest, TitleHintLosesTheSourcesName) {
  const struct {
    const char* title;
    const char* source;
    const char* url;
    const char* want;
  } cases[] = {
      {"Flood barrier approved - Riverside Gazette", "Riverside Gazette", "", "Flood barrier approved"},
      {"Flood barrier approved | RIVERSIDEGAZETTE.COM", "", "https://www.riversidegazette.com/a", "Flood barrier approved"},
      {"Flood barrier approved - live updates", "Riverside Gazette", "https://riversidegazette.com/a",
       "Flood barrier approved - live updates"},
      {"Riverside Gazette", "Riverside Gazette", "", "Riverside Gazette"},
  };
  for (const auto& tc : cases) {
    Document d;
    d.origin = "feed.jsonl:1";
    d.format = DocFormat::kText;
    d.content = "The city council approved a flood barrier on Thursday after ten years of disputes.";
    d.title = tc.title;
    d.source = tc.source;
    d.url = tc.url;
    Result<Article> a = Extractor().Extract(d);
    ASSERT_TRUE(a.ok()) << a.status().ToString();
    EXPECT_EQ(a->title, tc.want) << tc.title;
  }
}

TEST(ExtractorTest, HintsOnPlainText) {
  Document d;
  d.id = "7";
  d.origin = "feed.jsonl:7";
  d.content = "date 2021-03-04\nSome body text.";
  d.url = "https://www.news.example/a";
  d.published = "not a date";  // ignored, not an error
  Result<Article> a = Extractor().Extract(d);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->source, "news.example");
  EXPECT_EQ(a->published, 1614816000);
  EXPECT_EQ(a->published_from, DateSource::kText);
  EXPECT_EQ(a->text, "Some body text.");
}

struct ErrorCase {
  std::string name;
  DocFormat format;
  std::string content;
  std::string message;
};

TEST(ExtractorTest, Errors) {
  const ErrorCase cases[] = {
      {"html without text", DocFormat::kHtml, ReadFile(kFixtures + "empty_shell.html"), "o.html: no article text found"},
      {"chrome only", DocFormat::kText, "Advertisement\n\nhttps://example.com/x\n", "o.html: no article text found"},
      {"binary", DocFormat::kText, std::string("ab\0\0\x01\x02", 6), "o.html: binary content"},
  };
  for (const auto& c : cases) {
    Document d;
    d.origin = "o.html";
    d.format = c.format;
    d.content = c.content;
    Result<Article> a = Extractor().Extract(d);
    ASSERT_FALSE(a.ok()) << c.name;
    EXPECT_EQ(a.status().code(), StatusCode::kInvalidArgument) << c.name;
    EXPECT_EQ(a.status().message(), c.message) << c.name;
  }
}

TEST(ExtractorTest, MinTextChars) {
  Document d;
  d.origin = "o";
  d.content = "Tiny.";
  EXPECT_FALSE(Extractor(ExtractOptions{.min_text_chars = 10}).Extract(d).ok());
  EXPECT_TRUE(Extractor(ExtractOptions{.min_text_chars = 5}).Extract(d).ok());
}

// date_fallback: a page that marks no date takes the date its markup writes most often.
TEST(ExtractorTest, DateFallbackGuessesOnlyWhenAskedAndWhenNothingIsMarked) {
  Document d;
  d.origin = "o.html";
  d.format = DocFormat::kHtml;
  d.content =
      "<html><head><title>Hunters</title><script>var page = {id: 7, changed: \"2022-01-28 12:45\"};</script>"
      "</head><body><p>The hunting association met on Friday to discuss the closed forest roads and the "
      "police investigation that followed.</p><div data-stamp=\"2022-01-28\" data-old=\"03.05.2021\"></div>"
      "</body></html>";
  Result<Article> plain = Extractor().Extract(d);
  ASSERT_TRUE(plain.ok()) << plain.status().message();
  EXPECT_FALSE(plain->published.has_value());
  Result<Article> guessed = Extractor(ExtractOptions{.date_fallback = true}).Extract(d);
  ASSERT_TRUE(guessed.ok()) << guessed.status().message();
  ASSERT_TRUE(guessed->published.has_value());
  EXPECT_EQ(guessed->published_local, "2022-01-28");
  EXPECT_EQ(guessed->published_source, "fallback:page");
  // A marked date is kept as it is.
  d.content = "<html><head><meta property=\"article:published_time\" content=\"2020-05-04\"></head>" +
              d.content.substr(d.content.find("<head>") + 6);
  Result<Article> marked = Extractor(ExtractOptions{.date_fallback = true}).Extract(d);
  ASSERT_TRUE(marked.ok());
  EXPECT_EQ(marked->published_source, "meta:article:published_time");
}

// min_text_chars = 0 keeps a page without article text for its metadata; the default rejects it.
TEST(ExtractorTest, KeepEmptyGivesTheMetadataOfAPageWithoutText) {
  Document d;
  d.origin = "o.html";
  d.format = DocFormat::kHtml;
  d.content =
      "<html><head><title>Shell page</title>"
      "<meta property=\"article:published_time\" content=\"2020-01-20T10:00:08+08:00\"></head>"
      "<body><div id=\"app\"></div><script>render()</script></body></html>";
  EXPECT_FALSE(Extractor().Extract(d).ok());
  Result<Article> a = Extractor(ExtractOptions{.min_text_chars = 0}).Extract(d);
  ASSERT_TRUE(a.ok()) << a.status().message();
  EXPECT_EQ(a->text, "");
  EXPECT_EQ(a->title, "Shell page");
  ASSERT_TRUE(a->published.has_value());
  EXPECT_EQ(*a->published, 1579485608);  // 2020-01-20T02:00:08Z
}

// Extract() is const and shares no parser state between threads: results must not interfere.
TEST(ExtractorTest, ConcurrentExtractCalls) {
  const Extractor extractor;
  const std::vector<std::string> files = {"boilerplate.html", "jsonld.html", "cp1251_declared.html", "koi8r.txt"};
  std::vector<std::string> expected;
  for (const auto& f : files) expected.push_back(extractor.Extract(FixtureDoc(f))->text);
  std::vector<int> failures(8, 0);
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 50; ++i) {
        std::size_t k = static_cast<std::size_t>(t + i) % files.size();
        Result<Article> a = extractor.Extract(FixtureDoc(files[k]));
        if (!a.ok() || a->text != expected[k]) ++failures[static_cast<std::size_t>(t)];
      }
    });
  }
  for (auto& th : threads) th.join();
  for (int f : failures) EXPECT_EQ(f, 0);
}

// The Telegram data clustering contest's sample page and its expected parse. Read from the shared
// data directory at test time; nothing from it is copied into the repository.
TEST(ExtractorTest, TelegramContestSample) {
  std::string dir = SharedDataDir() + "/tgcontest-toloka/telegram-format-sample/";
  std::string html_path = dir + "example1.html", json_path = dir + "example1.json";
  if (!std::filesystem::exists(html_path) || !std::filesystem::exists(json_path)) {
    GTEST_SKIP() << "Telegram contest sample not found in " << dir << " (set STORYLINE_SHARED_DATA)";
  }
  nlohmann::json expected = nlohmann::json::parse(ReadFile(json_path));
  Document d;
  d.id = "example1.html";
  d.origin = "example1.html";
  d.format = DocFormat::kHtml;
  d.content = ReadFile(html_path);
  Result<Article> a = Extractor().Extract(d);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(a->title, expected["title"].get<std::string>());
  EXPECT_EQ(a->published, expected["timestamp"].get<int64_t>());
  EXPECT_EQ(a->source, expected["site_name"].get<std::string>());
  EXPECT_EQ(a->url, expected["url"].get<std::string>());
  // The contest joins paragraphs with "\n" and ends with one; we join with "\n\n".
  std::string text = a->text;
  for (std::size_t pos = 0; (pos = text.find("\n\n", pos)) != std::string::npos;) text.replace(pos, 2, "\n");
  EXPECT_EQ(text + "\n", expected["text"].get<std::string>());
}

// Inputs the libFuzzer targets in fuzz/ found (tests/fixtures/extract/fuzz-regressions/): each
// is extracted as HTML and as text; only "returns, with bounded output" is checked.
TEST(ExtractorTest, FuzzRegressionsDoNotCrash) {
  const std::filesystem::path dir = kFixtures + "fuzz-regressions";
  ASSERT_TRUE(std::filesystem::is_directory(dir));
  Extractor extractor;
  int files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (!entry.is_regular_file() || entry.path().extension() == ".md") continue;
    ++files;
    for (DocFormat format : {DocFormat::kHtml, DocFormat::kText}) {
      Document d;
      d.origin = entry.path().filename().string();
      d.format = format;
      d.content = ReadFile(entry.path().string());
      Result<Article> a = extractor.Extract(d);
      if (a.ok()) {
        EXPECT_LE(a->text.size() + a->title.size(), 8 * d.content.size() + 64) << d.origin;
      }
    }
  }
  EXPECT_GT(files, 0);
}

}  // namespace
}  // namespace storyline
