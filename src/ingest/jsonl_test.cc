#include "ingest/jsonl.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <zlib.h>

#include <cstdio>

namespace storyline {
namespace {

TEST(ParseJsonlLineTest, FullRecord) {
  Result<Document> d = ParseJsonlLine(
      R"({"id":"x1","text":"Body.","title":"T","url":"https://e.com/a","source":"E","published":"2021-03-04","lang":"en","extra":1})",
      "f.jsonl:3");
  ASSERT_TRUE(d.ok()) << d.status().ToString();
  EXPECT_EQ(d->id, "x1");
  EXPECT_EQ(d->origin, "f.jsonl:3");
  EXPECT_EQ(d->format, DocFormat::kText);
  EXPECT_EQ(d->content, "Body.");
  EXPECT_EQ(d->title, "T");
  EXPECT_EQ(d->url, "https://e.com/a");
  EXPECT_EQ(d->source, "E");
  EXPECT_EQ(d->published, "2021-03-04");
  EXPECT_EQ(d->lang, "en");
}

struct GoodCase {
  std::string name, line, id;
  DocFormat format;
  std::string content, published;
};

TEST(ParseJsonlLineTest, Variants) {
  const GoodCase cases[] = {
      {"numeric id", R"({"id": 42, "text": "a"})", "42", DocFormat::kText, "a", ""},
      {"html body", R"({"id": "h", "html": "<p>x</p>"})", "h", DocFormat::kHtml, "<p>x</p>", ""},
      {"text wins over html", R"({"id": "b", "text": "t", "html": "<p>h</p>"})", "b", DocFormat::kText, "t", ""},
      {"blank text falls back to html", R"({"id": "c", "text": " ", "html": "<p>h</p>"})", "c", DocFormat::kHtml,
       "<p>h</p>", ""},
      {"date alias", R"({"id": "d", "text": "t", "date": "2020-01-02"})", "d", DocFormat::kText, "t", "2020-01-02"},
      {"unix seconds", R"({"id": "e", "text": "t", "published": 1614852000})", "e", DocFormat::kText, "t",
       "2021-03-04T10:00:00Z"},
      {"unicode escapes", R"({"id": "u", "text": "\u041c\u0438\u0440"})", "u", DocFormat::kText, "Мир", ""},
  };
  for (const auto& c : cases) {
    Result<Document> d = ParseJsonlLine(c.line, "o");
    ASSERT_TRUE(d.ok()) << c.name << ": " << d.status().ToString();
    EXPECT_EQ(d->id, c.id) << c.name;
    EXPECT_EQ(d->format, c.format) << c.name;
    EXPECT_EQ(d->content, c.content) << c.name;
    EXPECT_EQ(d->published, c.published) << c.name;
  }
}

TEST(ParseJsonlLineTest, Errors) {
  const std::pair<std::string, std::string> cases[] = {
      {R"({"id": "x", "text": )", "malformed JSON"},
      {R"([1, 2])", "expected a JSON object"},
      {R"({"text": "t"})", "missing id"},
      {R"({"id": "", "text": "t"})", "missing id"},
      {R"({"id": null, "text": "t"})", "missing id"},
      {R"({"id": [1], "text": "t"})", "id must be a string or a number"},
      {R"({"id": "x"})", "missing text or html"},
      {R"({"id": "x", "text": 5})", "missing text or html"},
      {R"({"id": "x", "text": "  \n"})", "missing text or html"},
  };
  for (const auto& [line, needle] : cases) {
    Result<Document> d = ParseJsonlLine(line, "o");
    ASSERT_FALSE(d.ok()) << line;
    EXPECT_EQ(d.status().code(), StatusCode::kInvalidArgument) << line;
    EXPECT_NE(d.status().message().find(needle), std::string::npos) << line << " → " << d.status().message();
  }
}

TEST(ReadJsonlTest, BadLinesReportedAndReadingGoesOn) {
  std::string content = "{\"id\":1,\"text\":\"a\"}\r\n\n{bad\n   \n{\"id\":2,\"text\":\"b\"}";
  std::vector<Document> docs;
  std::vector<Status> errors;
  ReadJsonl(content, "feed.jsonl", [&](Document&& d) { docs.push_back(std::move(d)); },
            [&](const Status& s) { errors.push_back(s); });
  ASSERT_EQ(docs.size(), 2u);
  EXPECT_EQ(docs[0].origin, "feed.jsonl:1");
  EXPECT_EQ(docs[1].origin, "feed.jsonl:5");
  EXPECT_EQ(docs[1].content, "b");
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].message().rfind("feed.jsonl:3: malformed JSON", 0), 0u) << errors[0].message();
}

}  // namespace
}  // namespace storyline

namespace storyline {
namespace {

struct StreamResult {
  std::vector<std::string> ids;
  std::vector<std::string> errors;
};

StreamResult StreamFile(const std::string& path, std::size_t max_line) {
  StreamResult r;
  ReadJsonlFile(path, "feed", max_line, [&](Document&& d) { r.ids.push_back(d.id); },
                [&](const Status& s) { r.errors.push_back(s.message()); });
  return r;
}

std::string WriteTemp(const std::string& name, const std::string& bytes) {
  std::string path = ::testing::TempDir() + name;
  FILE* f = std::fopen(path.c_str(), "wb");
  std::fwrite(bytes.data(), 1, bytes.size(), f);
  std::fclose(f);
  return path;
}

std::string Gzip(const std::string& plain) {
  std::string path = ::testing::TempDir() + "gz-tmp.gz";
  gzFile g = gzopen(path.c_str(), "wb");
  gzwrite(g, plain.data(), static_cast<unsigned>(plain.size()));
  gzclose(g);
  FILE* f = std::fopen(path.c_str(), "rb");
  std::string out;
  char buf[4096];
  std::size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) out.append(buf, n);
  std::fclose(f);
  return out;
}

std::string Lines(int n) {
  std::string s;
  for (int i = 1; i <= n; ++i) {
    s += R"({"id":"a)" + std::to_string(i) + R"(","text":"Article number )" + std::to_string(i) +
         " with some words to make the line longer than a few bytes.\"}\n";
  }
  return s;
}

TEST(ReadJsonlFileTest, StreamsPlainAndGzipFilesAlike) {
  const std::string plain = Lines(500);
  for (const auto& [name, bytes] : {std::pair{"s.jsonl", plain}, std::pair{"s.jsonl.gz", Gzip(plain)}}) {
    StreamResult r = StreamFile(WriteTemp(name, bytes), 1 << 20);
    EXPECT_EQ(r.ids.size(), 500u) << name;
    EXPECT_TRUE(r.errors.empty()) << name << ": " << (r.errors.empty() ? "" : r.errors[0]);
    ASSERT_FALSE(r.ids.empty());
    EXPECT_EQ(r.ids.front(), "a1");
    EXPECT_EQ(r.ids.back(), "a500");
  }
}

TEST(ReadJsonlFileTest, LineLimitAppliesPerLineNotPerFile) {
  // 300 lines of ~90 bytes = ~27 KB, far over a 1 KB limit, yet every line fits it.
  std::string bytes = Lines(300);
  bytes += R"({"id":"big","text":")" + std::string(5000, 'x') + "\"}\n";
  bytes += R"({"id":"after","text":"still read"})" "\n";
  StreamResult r = StreamFile(WriteTemp("limit.jsonl", bytes), 1024);
  EXPECT_EQ(r.ids.size(), 301u);
  EXPECT_EQ(r.ids.back(), "after");
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_NE(r.errors[0].find("feed:301: line longer than 1024 bytes"), std::string::npos) << r.errors[0];
}

TEST(ReadJsonlFileTest, TruncatedGzipKeepsGoodLinesAndReportsTheCut) {
  std::string gz = Gzip(Lines(2000));
  gz.resize(gz.size() * 2 / 3);
  StreamResult r = StreamFile(WriteTemp("cut.jsonl.gz", gz), 1 << 20);
  EXPECT_GT(r.ids.size(), 100u);
  EXPECT_LT(r.ids.size(), 2000u);
  ASSERT_FALSE(r.errors.empty());
  EXPECT_NE(r.errors.back().find("feed: truncated or corrupt"), std::string::npos) << r.errors.back();
}

TEST(ReadJsonlFileTest, EmptyAndBinaryFilesAreReportedOnce) {
  StreamResult empty = StreamFile(WriteTemp("e.jsonl", "  \n\n"), 1024);
  EXPECT_TRUE(empty.ids.empty());
  ASSERT_EQ(empty.errors.size(), 1u);
  EXPECT_EQ(empty.errors[0], "feed: empty file");
  std::string binary(3000, '\0');
  for (std::size_t i = 0; i < binary.size(); i += 7) binary[i] = static_cast<char>(i % 251);
  StreamResult bin = StreamFile(WriteTemp("b.jsonl", binary), 1024);
  EXPECT_TRUE(bin.ids.empty());
  ASSERT_EQ(bin.errors.size(), 1u);
  EXPECT_EQ(bin.errors[0], "feed: binary content");
}

}  // namespace
}  // namespace storyline
