// Helpers for end-to-end tests that run the real `storyline` binary.
#pragma once

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/wait.h>

#include <nlohmann/json.hpp>

namespace storyline::testing {

struct RunResult {
  int exit_code = -1;
  std::string out;  // stdout
  std::string err;  // stderr
};

inline std::string Slurp(const std::filesystem::path& p) {
  std::ifstream f(p, std::ios::binary);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

inline std::filesystem::path TempDir(const std::string& name) {
  auto dir = std::filesystem::temp_directory_path() /
             ("storyline-e2e-" + name + "-" + std::to_string(::getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

// Runs `storyline ARGS` through the shell, capturing stdout and stderr in files.
inline RunResult RunStoryline(const std::string& args) {
  static int counter = 0;
  auto dir = TempDir("run" + std::to_string(counter++));
  const std::string cmd = std::string(STORYLINE_BIN) + " " + args + " >" + (dir / "out").string() +
                          " 2>" + (dir / "err").string() + " </dev/null";
  int status = std::system(cmd.c_str());
  RunResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = Slurp(dir / "out");
  r.err = Slurp(dir / "err");
  std::filesystem::remove_all(dir);
  return r;
}

inline std::string Fixture(const std::string& rel) {
  return (std::filesystem::path(STORYLINE_FIXTURES_DIR) / rel).string();
}

inline nlohmann::json LoadJson(const std::string& path) {
  return nlohmann::json::parse(Slurp(path));
}

}  // namespace storyline::testing
