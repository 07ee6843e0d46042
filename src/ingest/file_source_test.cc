#include "ingest/file_source.h"

#include <unistd.h>
#include <zlib.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

namespace storyline {
namespace {

namespace fs = std::filesystem;
const std::string kBad = std::string(STORYLINE_FIXTURES_DIR) + "/ingest/bad/";
const std::string kTree = std::string(STORYLINE_FIXTURES_DIR) + "/ingest/tree/";

std::string GzipCompress(const std::string& data) {
  z_stream zs{};
  EXPECT_EQ(deflateInit2(&zs, 9, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY), Z_OK);
  std::string out(deflateBound(&zs, data.size()) + 64, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = static_cast<uInt>(data.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(deflate(&zs, Z_FINISH), Z_STREAM_END);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

class TempDir {
 public:
  TempDir() : path_(fs::temp_directory_path() / ("storyline_ingest_" + std::to_string(::getpid()))) {
    fs::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
  }
  std::string File(const std::string& name) const { return (path_ / name).string(); }

 private:
  fs::path path_;
};

TEST(GunzipTest, RoundTripAndConcatenatedMembers) {
  std::string a = "first member\n", b = "second member\n";
  Result<std::string> one = Gunzip(GzipCompress(a), 1000);
  ASSERT_TRUE(one.ok()) << one.status().ToString();
  EXPECT_EQ(*one, a);
  Result<std::string> two = Gunzip(GzipCompress(a) + GzipCompress(b) + std::string(8, '\0'), 1000);
  ASSERT_TRUE(two.ok()) << two.status().ToString();
  EXPECT_EQ(*two, a + b);
}

TEST(GunzipTest, Errors) {
  std::string good = GzipCompress(std::string(5000, 'x') + "tail");
  struct Case {
    std::string name, bytes;
    std::size_t limit;
    StatusCode code;
    std::string needle;
  } cases[] = {
      {"truncated", good.substr(0, good.size() - 6), 100000, StatusCode::kInvalidArgument, "truncated"},
      {"not gzip", "plain text", 100000, StatusCode::kInvalidArgument, "not gzip"},
      {"corrupt body", good.substr(0, 10) + std::string(40, '\x7f'), 100000,
       StatusCode::kInvalidArgument, "corrupt"},
      {"trailing garbage", good + "garbage!", 100000, StatusCode::kInvalidArgument, "corrupt"},
      {"output over cap", good, 1000, StatusCode::kTooLarge, "too large"},
  };
  for (const auto& c : cases) {
    Result<std::string> r = Gunzip(c.bytes, c.limit);
    ASSERT_FALSE(r.ok()) << c.name;
    EXPECT_EQ(r.status().code(), c.code) << c.name << ": " << r.status().ToString();
    EXPECT_NE(r.status().message().find(c.needle), std::string::npos) << c.name << ": " << r.status().ToString();
  }
}

// A gzip bomb: 32 MB of zeros compress to ~32 KB; the cap must stop it long before 32 MB.
TEST(GunzipTest, BombIsCappedNotInflatedFully) {
  std::string bomb = GzipCompress(std::string(32u << 20, '\0'));
  ASSERT_LT(bomb.size(), 64u << 10);
  Result<std::string> r = Gunzip(bomb, 1u << 20);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kTooLarge);
}

TEST(ReadWholeFileTest, ReadsFixture) {
  Result<std::string> r = ReadWholeFile(kTree + "sub/b.txt", 1u << 20);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->substr(0, 31), "Council approves new bus routes");
}

TEST(ReadWholeFileTest, MissingFile) {
  Result<std::string> r = ReadWholeFile(kBad + "does-not-exist.txt", 100);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kNotFound);
}

// 100 MB (sparse, so the test itself is cheap) must be refused from its size alone.
TEST(ReadWholeFileTest, HundredMegabytesRefusedQuickly) {
  TempDir dir;
  std::string path = dir.File("huge.txt");
  { std::ofstream(path) << "x"; }
  fs::resize_file(path, 100u << 20);
  auto start = std::chrono::steady_clock::now();
  Result<std::string> r = ReadWholeFile(path, 64u << 20);
  auto elapsed = std::chrono::steady_clock::now() - start;
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kTooLarge);
  EXPECT_NE(r.status().message().find("too large"), std::string::npos);
  EXPECT_LT(elapsed, std::chrono::milliseconds(50));
}

TEST(IsGzipPathTest, Table) {
  EXPECT_TRUE(IsGzipPath("a.txt.gz"));
  EXPECT_TRUE(IsGzipPath("A.JSONL.GZ"));
  EXPECT_FALSE(IsGzipPath("a.txt"));
  EXPECT_FALSE(IsGzipPath("gz"));
  EXPECT_FALSE(IsGzipPath("a.tgz"));
}

}  // namespace
}  // namespace storyline
