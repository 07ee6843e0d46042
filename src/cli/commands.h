// The `storyline` subcommands. main() only parses flags and calls one of these.
#pragma once

#include <string>
#include <vector>

namespace storyline {

// Exit codes of every subcommand (documented in docs/CLI.md and `storyline --help`).
enum ExitCode : int {
  kExitOk = 0,           // ran; at least one article processed
  kExitNoInput = 1,      // nothing could be read (every input bad or none given)
  kExitUsage = 2,        // bad flags or arguments
  kExitSetup = 3,        // models/data missing, output not writable
  kExitInterrupted = 130 // stopped by Ctrl-C (SIGINT) or SIGTERM; partial output not written
};

struct CommonFlags {
  std::string data_dir;  // empty: STORYLINE_DATA_DIR, else the built-in default
  int threads = 1;
  bool quiet = false;
  std::string out;  // empty: stdout
};

struct ClusterFlags {
  std::vector<std::string> paths;
  std::string format = "json";  // json | text
  double threshold = -1.0;
  std::vector<std::string> cluster_options;  // "name=value"
  bool explain = false;                       // say why each article joined its story
};

int RunCluster(const CommonFlags& common, const ClusterFlags& flags);

struct TimelineFlags {
  std::vector<std::string> paths;
  std::string format = "json";  // json | text
  std::size_t dates = 10;       // dates kept, the most cited
};
int RunTimeline(const CommonFlags& common, const TimelineFlags& flags);
int RunExtract(const CommonFlags& common, const std::string& path, bool date_fallback = false);
int RunTgnews(const CommonFlags& common, const std::string& mode, const std::string& dir);
// `dct`: "YYYY-MM-DD" or "" (unknown); `lang`: en | ru.
int RunTimex(const CommonFlags& common, const std::string& path, const std::string& dct,
             const std::string& lang);

}  // namespace storyline
