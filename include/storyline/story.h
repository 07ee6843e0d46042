// Story: a group of articles that report one real-world story.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace storyline {

// One dated event of a story: the date the text gives for it (not the article's date).
struct TimelineEvent {
  std::string date;                   // "YYYY-MM-DD"
  std::string text;                   // one representative sentence that states it
  std::vector<std::size_t> articles;  // the articles that mention the date, in the order given
                                      // (for a Story: indices into the engine's article list)
};

// One sentence of a story's summary.
struct SummaryLine {
  std::string text;                   // a sentence taken from one of the articles
  std::vector<std::size_t> articles;  // the articles that state it (for a Story: indices into
                                      // the engine's article list), ascending
};

// A fact the story's sources give differently (digest/conflicts.h).
struct ConflictingValue {
  std::string value;                  // as written, e.g. "at least 32"
  std::vector<std::size_t> articles;  // the articles that state it, ascending
};
struct StoryConflict {
  std::string about;                     // e.g. "killed … people", "age of Mary Barra"
  std::vector<ConflictingValue> values;  // ≥ 2, in order of first mention
};

// A named entity of a story: its mentions in the story's articles merged across spellings,
// short forms and scripts.
struct StoryEntity {
  std::string name;                   // the fullest common spelling ("Sergei Ryabkov")
  std::string kind;                   // person | organization | place | other
  std::vector<std::string> aliases;   // other spellings seen ("Ryabkov", "Рябков"), most used first
  std::string role;                   // as a source states it ("Deputy Foreign Minister"); "" if none
  std::vector<std::size_t> articles;  // the articles that mention it (for a Story: indices into the
                                      // engine's article list), ascending
  std::size_t mentions = 0;           // mentions over all its articles
};

// Who said what: one quotation or reported statement, merged across the articles that carry it.
struct Quote {
  std::string speaker;                // the speaker's fullest name in the story
  std::string text;                   // what was said, as the first article words it
  std::vector<std::size_t> articles;  // the articles that carry it (for a Story: indices into the
                                      // engine's article list), ascending
};

struct Story {
  uint64_t id = 0;                   // stable: assigned when the story is created, never reused
  std::string title;                 // best headline among its articles
  std::vector<std::size_t> members;  // indices into the engine's article list, in arrival order
  double score = 0.0;                // importance; higher first
  std::string lang;                  // dominant language of its articles
  std::string category;              // society | economy | technology | sports | entertainment | science | other
  std::vector<TimelineEvent> timeline;  // dated events in date order; empty when none is found
  std::vector<SummaryLine> summary;     // 3–5 sentences that cover the story, in reading order
  std::vector<StoryConflict> conflicts;  // facts its sources disagree on; empty when none
  std::vector<StoryEntity> entities;    // most important first (articles, then mentions)
  std::vector<Quote> quotes;            // who said what, the most carried first; empty when none
};

}  // namespace storyline
