// Test-only helpers shared by the extract stage's tests.
#pragma once

#include <fstream>
#include <sstream>
#include <string>

namespace storyline::testing {

// The bytes of tests/fixtures/extract/<name> ("" when missing).
inline std::string ReadFixture(const std::string& name) {
  std::ifstream in(std::string(STORYLINE_FIXTURES_DIR) + "/extract/" + name, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace storyline::testing
