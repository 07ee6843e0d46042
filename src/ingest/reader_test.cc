#include "ingest/reader.h"

#include <unistd.h>
#include <zlib.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace storyline {
namespace {

const std::string kFixtures = std::string(STORYLINE_FIXTURES_DIR) + "/ingest/";

struct Collected {
  std::vector<Document> docs;
  std::vector<Status> errors;
  DocumentFn OnDoc() {
    return [this](Document&& d) { docs.push_back(std::move(d)); };
  }
  ErrorFn OnError() {
    return [this](const Status& s) { errors.push_back(s); };
  }
};

std::vector<std::string> Ids(const std::vector<InputFile>& files) {
  std::vector<std::string> ids;
  for (const auto& f : files) ids.push_back(f.id);
  return ids;
}

bool StartsWith(const std::string& s, const std::string& prefix) { return s.rfind(prefix, 0) == 0; }

TEST(ListInputFilesTest, WalksSortedAndSkipsUnknown) {
  Collected c;
  auto files = ListInputFiles({kFixtures + "tree"}, c.OnError());
  EXPECT_TRUE(c.errors.empty());
  EXPECT_EQ(Ids(files), (std::vector<std::string>{"a.html", "d.txt.gz", "feed.jsonl", "sub/b.txt",
                                                  "sub/deep/c.htm"}));
  for (const auto& f : files) EXPECT_FALSE(f.named_directly) << f.id;
}

TEST(ListInputFilesTest, NamedFilesKeepCommandLineOrderAndReportProblems) {
  Collected c;
  auto files = ListInputFiles({kFixtures + "tree/sub/b.txt", kFixtures + "nope", kFixtures + "bad/readme.md",
                               kFixtures + "tree/a.html"},
                              c.OnError());
  EXPECT_EQ(Ids(files), (std::vector<std::string>{"b.txt", "a.html"}));
  EXPECT_TRUE(files[0].named_directly);
  ASSERT_EQ(c.errors.size(), 2u);
  EXPECT_EQ(c.errors[0].code(), StatusCode::kNotFound);
  EXPECT_TRUE(StartsWith(c.errors[0].message(), kFixtures + "nope: ")) << c.errors[0].message();
  EXPECT_EQ(c.errors[1].code(), StatusCode::kUnsupported);
  EXPECT_TRUE(StartsWith(c.errors[1].message(), kFixtures + "bad/readme.md: ")) << c.errors[1].message();
}

TEST(ReadInputFileTest, WholeTree) {
  Collected c;
  for (const auto& f : ListInputFiles({kFixtures + "tree"}, c.OnError())) {
    ReadInputFile(f, ReadOptions{}, c.OnDoc(), c.OnError());
  }
  std::vector<std::string> ids, origins;
  for (const auto& d : c.docs) ids.push_back(d.id), origins.push_back(d.origin);
  EXPECT_EQ(ids, (std::vector<std::string>{"a.html", "d.txt.gz", "feed-1", "42", "feed-7", "sub/b.txt",
                                           "sub/deep/c.htm"}));
  EXPECT_EQ(origins, (std::vector<std::string>{"a.html", "d.txt.gz", "feed.jsonl:1", "feed.jsonl:3",
                                               "feed.jsonl:8", "sub/b.txt", "sub/deep/c.htm"}));
  EXPECT_EQ(c.docs[0].format, DocFormat::kHtml);
  EXPECT_EQ(c.docs[1].format, DocFormat::kText);
  EXPECT_TRUE(StartsWith(c.docs[1].content, "Library extends opening hours\n\n"));
  EXPECT_EQ(c.docs[2].title, "Port strike ends");
  EXPECT_EQ(c.docs[2].published, "2021-03-04T10:00:00Z");
  EXPECT_EQ(c.docs[3].format, DocFormat::kHtml);
  EXPECT_EQ(c.docs[3].published, "2021-03-05");
  EXPECT_EQ(c.docs[4].published, "2021-03-04T10:00:00Z");
  EXPECT_EQ(c.docs[6].format, DocFormat::kHtml);

  ASSERT_EQ(c.errors.size(), 4u);
  EXPECT_TRUE(StartsWith(c.errors[0].message(), "feed.jsonl:4: malformed JSON")) << c.errors[0].message();
  EXPECT_EQ(c.errors[1].message(), "feed.jsonl:5: missing id");
  EXPECT_EQ(c.errors[2].message(), "feed.jsonl:6: missing text or html");
  EXPECT_EQ(c.errors[3].message(), "feed.jsonl:7: expected a JSON object");
}

struct BadFileCase {
  std::string file;
  StatusCode code;
  std::string message_start;
};

TEST(ReadInputFileTest, BadFiles) {
  const BadFileCase cases[] = {
      {"empty.txt", StatusCode::kInvalidArgument, "bad/empty.txt: empty file"},
      {"blank.txt", StatusCode::kInvalidArgument, "bad/blank.txt: empty file"},
      {"binary.html", StatusCode::kInvalidArgument, "bad/binary.html: binary content"},
      {"truncated.txt.gz", StatusCode::kInvalidArgument, "bad/truncated.txt.gz: truncated gzip"},
      {"notgzip.txt.gz", StatusCode::kInvalidArgument, "bad/notgzip.txt.gz: not gzip"},
      {"missing.txt", StatusCode::kNotFound, "bad/missing.txt: no such file"},
  };
  for (const auto& bad : cases) {
    Collected c;
    InputFile f{kFixtures + "bad/" + bad.file, "bad/" + bad.file, false};
    ReadInputFile(f, ReadOptions{}, c.OnDoc(), c.OnError());
    EXPECT_TRUE(c.docs.empty()) << bad.file;
    ASSERT_EQ(c.errors.size(), 1u) << bad.file;
    EXPECT_EQ(c.errors[0].code(), bad.code) << bad.file;
    EXPECT_TRUE(StartsWith(c.errors[0].message(), bad.message_start)) << c.errors[0].message();
  }
}

TEST(ReadInputFileTest, SizeLimitAppliesToDecompressedBytes) {
  std::string path = (std::filesystem::temp_directory_path() /
                      ("storyline_reader_" + std::to_string(::getpid()) + ".txt.gz")).string();
  gzFile gz = gzopen(path.c_str(), "wb");
  ASSERT_NE(gz, nullptr);
  std::string text(10000, 'a');
  ASSERT_EQ(gzwrite(gz, text.data(), static_cast<unsigned>(text.size())), 10000);
  ASSERT_EQ(gzclose(gz), Z_OK);
  ASSERT_LT(std::filesystem::file_size(path), 1000u);  // small on disk, big once inflated

  Collected c;
  ReadOptions small;
  small.max_file_bytes = 1000;
  ReadInputFile({path, "big.txt.gz", true}, small, c.OnDoc(), c.OnError());
  std::filesystem::remove(path);
  EXPECT_TRUE(c.docs.empty());
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].code(), StatusCode::kTooLarge);
  EXPECT_TRUE(StartsWith(c.errors[0].message(), "big.txt.gz: file too large")) << c.errors[0].message();
}

// 100 MB on disk (sparse, so cheap to make) must be refused from stat() alone, not read.
TEST(ReadInputFileTest, HundredMegabyteFileRefusedQuickly) {
  std::string path = (std::filesystem::temp_directory_path() /
                      ("storyline_huge_" + std::to_string(::getpid()) + ".txt")).string();
  { std::ofstream(path) << "start of a very long file"; }
  std::filesystem::resize_file(path, 100u << 20);
  Collected c;
  auto start = std::chrono::steady_clock::now();
  ReadInputFile({path, "huge.txt", true}, ReadOptions{}, c.OnDoc(), c.OnError());
  auto elapsed = std::chrono::steady_clock::now() - start;
  std::filesystem::remove(path);
  ASSERT_EQ(c.errors.size(), 1u);
  EXPECT_EQ(c.errors[0].code(), StatusCode::kTooLarge);
  EXPECT_TRUE(StartsWith(c.errors[0].message(), "huge.txt: file too large")) << c.errors[0].message();
  EXPECT_LT(elapsed, std::chrono::milliseconds(100));
}

}  // namespace
}  // namespace storyline
