#include "ingest/file_source.h"

#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <limits>
#include <memory>
#include <sys/stat.h>

namespace storyline {
namespace {

struct FileCloser {
  void operator()(std::FILE* f) const { std::fclose(f); }
};

std::string SizeText(std::size_t bytes) { return std::to_string(bytes) + " bytes"; }

Status TooLargeStatus(std::size_t limit) {
  return Status::TooLarge("file too large (limit " + SizeText(limit) + ")");
}

// Owns a z_stream set up for gzip decoding.
class Inflater {
 public:
  Inflater() { ok_ = inflateInit2(&zs_, 16 + MAX_WBITS) == Z_OK; }
  ~Inflater() {
    if (ok_) inflateEnd(&zs_);
  }
  Inflater(const Inflater&) = delete;
  Inflater& operator=(const Inflater&) = delete;
  bool ok() const { return ok_; }
  z_stream& stream() { return zs_; }

 private:
  z_stream zs_{};
  bool ok_ = false;
};

std::string ZlibMessage(const z_stream& zs, int rc) {
  if (zs.msg != nullptr) return zs.msg;
  return "zlib error " + std::to_string(rc);
}

// Inflates as many gzip members as the input holds. The only legal thing after the last member
// is zero padding (tar and some writers add it); anything else is corruption.
Status InflateMembers(z_stream& zs, std::size_t max_bytes, std::string& out) {
  char buf[64 * 1024];
  while (true) {
    zs.next_out = reinterpret_cast<Bytef*>(buf);
    zs.avail_out = sizeof(buf);
    int rc = inflate(&zs, Z_NO_FLUSH);
    out.append(buf, sizeof(buf) - zs.avail_out);
    if (out.size() > max_bytes) return TooLargeStatus(max_bytes);
    if (rc == Z_STREAM_END) {
      const Bytef* rest = zs.next_in;
      if (std::all_of(rest, rest + zs.avail_in, [](Bytef b) { return b == 0; })) return Status::Ok();
      if (inflateReset(&zs) != Z_OK) return Status::InvalidArgument("corrupt gzip data");
      continue;
    }
    if (rc == Z_BUF_ERROR && zs.avail_in == 0) {
      return Status::InvalidArgument("truncated gzip data (unexpected end of stream)");
    }
    if (rc != Z_OK) return Status::InvalidArgument("corrupt gzip data: " + ZlibMessage(zs, rc));
  }
}

}  // namespace

bool IsGzipPath(std::string_view path) {
  if (path.size() < 3) return false;
  std::string_view ext = path.substr(path.size() - 3);
  return ext[0] == '.' && (ext[1] == 'g' || ext[1] == 'G') && (ext[2] == 'z' || ext[2] == 'Z');
}

Result<std::string> ReadWholeFile(const std::string& path, std::size_t max_bytes) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0) {
    if (errno == ENOENT) return Status::NotFound("no such file");
    return Status::IoError(std::string("cannot stat: ") + std::strerror(errno));
  }
  if (!S_ISREG(st.st_mode)) return Status::InvalidArgument("not a regular file");
  if (static_cast<unsigned long long>(st.st_size) > max_bytes) return TooLargeStatus(max_bytes);
  std::unique_ptr<std::FILE, FileCloser> f(std::fopen(path.c_str(), "rb"));
  if (!f) return Status::IoError(std::string("cannot open: ") + std::strerror(errno));
  std::string data(static_cast<std::size_t>(st.st_size), '\0');
  std::size_t got = std::fread(data.data(), 1, data.size(), f.get());
  if (std::ferror(f.get())) return Status::IoError(std::string("read failed: ") + std::strerror(errno));
  data.resize(got);  // the file may have shrunk since stat(); never read past the cap
  return data;
}

Result<std::string> Gunzip(std::string_view compressed, std::size_t max_bytes) {
  if (compressed.size() < 2 || compressed[0] != '\x1f' || compressed[1] != '\x8b') {
    return Status::InvalidArgument("not gzip data (bad magic)");
  }
  if (compressed.size() > std::numeric_limits<uInt>::max()) return TooLargeStatus(max_bytes);
  Inflater inflater;
  if (!inflater.ok()) return Status::Internal("zlib inflateInit2 failed");
  z_stream& zs = inflater.stream();
  // zlib's avail_in is 32-bit; inputs are capped far below that by max_file_bytes.
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
  zs.avail_in = static_cast<uInt>(compressed.size());
  std::string out;
  if (Status s = InflateMembers(zs, max_bytes, out); !s.ok()) return s;
  return out;
}

}  // namespace storyline
