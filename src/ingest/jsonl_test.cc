#include "ingest/jsonl.h"

#include <string>
#include <vector>

#include <gtest/gtest.h>

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
