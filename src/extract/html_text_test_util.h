// Test-only helpers shared by the main-text tests (html_text_test.cc, html_siblings_test.cc,
// html_furniture_test.cc).
#pragma once

#include <string>

#include <gtest/gtest.h>

#include "extract/html_dom.h"
#include "extract/html_parse.h"
#include "extract/html_text.h"

namespace storyline::testing {

// The main text with the fast parser; myhtml's tree must give the same.
inline std::string TextOf(const std::string& html, const std::string& title = "") {
  DomIndex dom;
  EXPECT_TRUE(ParseHtmlFast(html, dom).ok());
  std::string fast = ExtractMainText(dom, title);
  Result<myhtml_tree_t*> tree = ParseHtml(html);
  EXPECT_TRUE(tree.ok());
  EXPECT_EQ(ExtractMainText(*tree, title), fast) << "myhtml reads this page otherwise";
  return fast;
}

struct TextCase {
  std::string name, html, text;
};

// Hand-written prose for the root-choice cases: each sentence is long enough to be scored.
inline const std::string kP1 = "The harbour board voted on Tuesday to close the old pier for repairs until the spring.";
inline const std::string kP2 = "Fishermen who moor there will use the north quay, which has forty free berths this winter.";
inline const std::string kP3 = "The board said the work would cost less than the figure it had published in its plan.";
inline const std::string kP4 = "Repairs to the sea wall beside the pier will start in March and last about six weeks.";
inline const std::string kP5 = "The council will publish a timetable for the works on its website before the end of January.";
inline const std::string kP6 = "Divers inspected the piles last year and found that a third of them needed new steel sleeves.";

inline std::string P(const std::string& text) { return "<p>" + text + "</p>"; }

// `n` paragraphs of one sentence each, told apart by its end: "<p>{opening} paragraph 0.</p>"…
inline std::string NumberedParagraphs(int n, const std::string& opening) {
  std::string out;
  for (int i = 0; i < n; ++i) out += "<p>" + opening + " paragraph " + std::to_string(i) + ".</p>";
  return out;
}

}  // namespace storyline::testing
