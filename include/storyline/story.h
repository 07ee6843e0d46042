// Story: a group of articles that report one real-world story.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace storyline {

struct Story {
  uint64_t id = 0;                   // stable: assigned when the story is created, never reused
  std::string title;                 // best headline among its articles
  std::vector<std::size_t> members;  // indices into the engine's article list, in arrival order
  double score = 0.0;                // importance; higher first
  std::string lang;                  // dominant language of its articles
  std::string category;              // society | economy | technology | sports | entertainment | science | other
};

}  // namespace storyline
