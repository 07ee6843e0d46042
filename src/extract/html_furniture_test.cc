#include <string>

#include <gtest/gtest.h>

#include "extract/extract_test_util.h"
#include "extract/html_text_test_util.h"
#include "extract/html_dom.h"
#include "extract/html_parse.h"
#include "extract/html_text.h"

namespace storyline {
namespace {

using namespace testing;  // NOLINT: the shared main-text test helpers

// The story's column often ends with furniture that no class name gives away: a heading whose
// list was dropped ("Related articles"), the author's name, "3 min read". Trimmed from the end,
// while list items, table cells and short lines ending a sentence stay.
TEST(HtmlTextTest, FurnitureAtTheEndIsTrimmed) {
  const TextCase cases[] = {
      {"a heading heading nothing and a short line are trimmed",
       "<body><div class='post'>" + P(kP1) + P(kP2) +
           "<h3>Related articles</h3><ul><li><a href='/a'>Old pier</a></li></ul><p>Jane Doe</p></div></body>",
       kP1 + "\n\n" + kP2},
      {"short list items at the end stay",
       "<body><div class='post'>" + P(kP1) + P(kP2) + "<ul><li>Route 4: diverted</li><li>Route 7: unchanged</li></ul></div></body>",
       kP1 + "\n\n" + kP2 + "\n\nRoute 4: diverted\n\nRoute 7: unchanged"},
      {"a short last sentence stays", "<body><div class='post'>" + P(kP1) + P(kP2) + "<p>Nobody was hurt.</p></div></body>",
       kP1 + "\n\n" + kP2 + "\n\nNobody was hurt."},
      {"a heading inside the story stays", "<body><div class='post'>" + P(kP1) + "<h2>Repairs</h2>" + P(kP2) + "</div></body>",
       kP1 + "\n\nRepairs\n\n" + kP2},
      {"the last paragraph left is never trimmed", "<body><p>Short note</p></body>", "Short note"},
      {"a date alone in the last table cell, even ending in \"г.\"",
       "<body><table><tr><td>" + kP1 + "</td></tr><tr><td>" + kP2 +
           "</td></tr><tr><td>28 ноября 2011 г.</td></tr><tr><td>04 Января 2012 14:11</td></tr></table></body>",
       kP1 + "\n\n" + kP2},
  };
  for (const auto& c : cases) EXPECT_EQ(TextOf(c.html), c.text) << c.name;
}

// Author boxes, copyright notices, modal dialogs, sign-up forms and breadcrumbs are named for
// what they are; their text is not the story's.
TEST(HtmlTextTest, AuthorBoxCopyrightAndSignUpAreDropped) {
  const std::string html =
      "<html><body><div class=\"breadcrumbs\"><span>Home</span> <span>Local news from the harbour and the coast</span></div>"
      "<div class=\"post\">" + P(kP1) + P(kP2) + P(kP3) +
      "<div class=\"author-box\"><p>Jo Marsh has covered the harbour for ten years and lives in the old town.</p></div>"
      "<p class=\"copyright\">Copyright 2024 Harbour News Limited, all rights reserved by the publisher.</p>"
      "<div class=\"signup-modal\"><p>Get the harbour news in your inbox every morning, free of charge.</p></div></div></body></html>";
  EXPECT_EQ(TextOf(html), kP1 + "\n\n" + kP2 + "\n\n" + kP3);
}

// A disclaimer box (affiliate links, "no investment advice") is furniture too; a page that is
// mostly a disclaimer (a legal page) keeps it (wcxb-dev: disclosure notes kept under the story).
TEST(HtmlTextTest, DisclaimerBoxIsDropped) {
  const std::string html = "<html><body><div class=\"post\">" + P(kP1) + P(kP2) + P(kP3) +
                           "<div class=\"post-disclaimer\"><p>This post contains affiliate links; we may earn a fee "
                           "when you buy through them.</p></div></div></body></html>";
  EXPECT_EQ(TextOf(html), kP1 + "\n\n" + kP2 + "\n\n" + kP3);
  const std::string legal[] = {kP1 + " " + kP2, kP2 + " " + kP3, kP3 + " " + kP1, kP1 + " " + kP3};
  std::string body, text;
  for (const std::string& l : legal) body += P(l), text += (text.empty() ? "" : "\n\n") + l;
  EXPECT_EQ(TextOf("<html><body><div id=\"disclaimer\">" + body + "</div><div class=\"side\"><p>Tide tables.</p></div></body></html>"),
            text);
}

// ... but a wrapper so named that holds the page's story is not furniture.
TEST(HtmlTextTest, StoryInAnAuthorNamedWrapperIsKept) {
  const std::string html = "<html><body><div class=\"entry author-jo\">" + P(kP1) + P(kP2) + P(kP3) +
                           "</div><div class=\"side\"><p>Tide tables.</p></div></body></html>";
  EXPECT_EQ(TextOf(html), kP1 + "\n\n" + kP2 + "\n\n" + kP3);
}

// A date or dateline line at the start of the text is the page's, not the story's; a first
// sentence with a number in it is the story's.
TEST(HtmlTextTest, DateLineAtTheStartIsTrimmed) {
  const TextCase cases[] = {
      {"a date line", "<body><div class='post'><p>Updated 3 May 2024, 12:40</p>" + P(kP1) + P(kP2) + "</div></body>",
       kP1 + "\n\n" + kP2},
      {"a byline with a date, then a dateline",
       "<body><div class='post'><div>By Jo Marsh | 3 May 2024</div><div>2024-05-03 12:40 Local</div>" + P(kP1) +
           P(kP2) + "</div></body>",
       kP1 + "\n\n" + kP2},
      {"a short first sentence with a number stays",
       "<body><div class='post'><p>Nine boats sank in 2023.</p>" + P(kP1) + "</div></body>",
       "Nine boats sank in 2023.\n\n" + kP1},
      {"a first line without a digit stays", "<body><div class='post'><p>Harbour news</p>" + P(kP1) + "</div></body>",
       "Harbour news\n\n" + kP1},
      {"a label over the date, and the reading time", "<body><div class='post'><div>Business</div><div>August 25, 2025</div>"
       "<div>15 min</div>" + P(kP1) + "</div></body>",
       kP1},
      {"a middle dot between the reading time and the date",
       "<body><div class='post'><span>6 min read</span><div>\u00b7</div><div>Dec 1, 2025</div>" + P(kP1) +
           "</div></body>",
       kP1},
      {"a label without a date under it stays", "<body><div class='post'><div>Business</div>" + P(kP1) + "</div></body>",
       "Business\n\n" + kP1},
  };
  for (const auto& c : cases) EXPECT_EQ(TextOf(c.html), c.text) << c.name;
}

// Comment sections named in other languages (Polish "komentarze", German "Kommentare") are
// furniture like "comments".
TEST(HtmlTextTest, CommentsNamedInOtherLanguagesAreDropped) {
  for (const std::string name : {"material-komentarze", "kommentare-liste"}) {
    const std::string html = "<html><body><div class=\"artykul\">" + P(kP1) + P(kP2) + P(kP3) + "</div><div class=\"" +
                             name + "\"><p>Czytelnik: " + kP4 + "</p></div></body></html>";
    EXPECT_EQ(TextOf(html), kP1 + "\n\n" + kP2 + "\n\n" + kP3) << name;
  }
}

// Regression (DAnIEL heraldsun.com.au, newstalkzb.co.nz): a box of other news beside the story,
// headline links inside a summary, held enough prose to join the story as a sibling.
TEST(HtmlTextTest, LinkLadenSiblingDoesNotJoin) {
  const std::string box =
      "<div class=\"box\"><p>Also today: <a href=\"/a\">Town hall to close for the summer</a>, <a href=\"/b\">ferry "
      "timetable changes</a> and the weekend market that fills the square with stalls every Saturday.</p></div>";
  const std::string html =
      "<html><body><div id=\"wrap\"><div class=\"story\">" + P(kP1) + P(kP2) + P(kP3) + "</div>" + box + "</div></body></html>";
  EXPECT_EQ(TextOf(html), kP1 + "\n\n" + kP2 + "\n\n" + kP3);
}

// Regression (DAnIEL news.com.au): a short story's column also held "Today's top stories",
// headline links each over a one-line summary, outside any list. The column held more than 1.5
// times the story's prose, so the climb took it and the teasers came out after the story. An
// ancestor whose added text is mostly links is not taken; one that adds a linked sentence is.
TEST(HtmlTextTest, TeaserBlockAroundAShortStoryIsLeftOut) {
  const std::string story =
      "<div class='story-body'><p>One of Australia's most treasured national icons is being used to sell "
      "cigarettes in Europe, and health groups say the campaign breaks the rules.</p><p>The packets show a "
      "kangaroo and the words \"Australian Favourite\", which the company says is only a brand name.</p>"
      "<p>See <a href='/rules'>the rules on tobacco advertising</a> for what is allowed in each country.</p></div>";
  std::string teasers = "<h3>Today's Top Stories</h3>";
  for (int i = 0; i < 6; ++i) {
    const std::string href = "'/s" + std::to_string(i) + "'";
    teasers += "<div class='story-block'><h4><a href=" + href + ">Activists throw acid at a whaling boat, part " +
               std::to_string(i) + " of the week's news</a></h4><div class='inner'><div class='caption'><p>Hostilities "
               "reach boiling point in the Southern Ocean (" + std::to_string(i) + ").</p><span><a href=" + href +
               ">See more of this story</a></span></div></div></div>";
  }
  const std::string html = "<html><body><div class='content'>" + story + teasers + "</div></body></html>";
  const std::string text = TextOf(html);
  EXPECT_NE(text.find("treasured national icons"), std::string::npos) << text;
  EXPECT_NE(text.find("the rules on tobacco advertising"), std::string::npos) << text;
  EXPECT_EQ(text.find("Hostilities reach boiling point"), std::string::npos) << text;
}

// Regression (DAnIEL ctv.ca): the readers' comments sat in the story's own element, after the
// comment rules' line and a counter, each a bold name over a paragraph; with many comments the
// story was under a fifth of the text. The text now ends where the comments open.
TEST(HtmlTextTest, CommentsInTheStoryElementAreCut) {
  const std::string story =
      "<p>More people are diagnosed with cancer in Ottawa than in the rest of Ontario, while fewer people die from it.</p>"
      "<p>Those findings were released in a City of Ottawa report on Monday, using data collected in 2007.</p>"
      "<p>The report said the most common types of cancer in Ottawa were breast, lung and prostate cancer.</p>";
  std::string comments = "<span>*Submitted comments are subject to moderation before being displayed.</span><hr>"
                         "<div>| 13 Comment(s)</div><hr>";
  for (int i = 0; i < 12; ++i) {
    comments += "<p><b>Reader " + std::to_string(i) + "</b><br>I wonder if the higher number of diagnosed cancers has "
                "something to do with how many people here get tested every single year.</p><hr>";
  }
  const std::string html = "<html><body><div class='storyBody'>" + story + comments + "</div></body></html>";
  const std::string text = TextOf(html);
  EXPECT_NE(text.find("breast, lung and prostate"), std::string::npos) << text;
  EXPECT_EQ(text.find("I wonder if"), std::string::npos) << text;
  EXPECT_EQ(text.find("Submitted comments"), std::string::npos) << text;
}

// Regression (DAnIEL konflikty.wp.pl): readers' comments in the story's element with no heading
// to open them, each under a stamp (the reader's name and a date with a time of day). Three
// stamps or more cut the text at the first; one dated line in a story stays.
TEST(HtmlTextTest, CommentsKnownByTheirStampsAreCut) {
  std::string comments;
  for (int i = 0; i < 4; ++i) {
    comments += "<div class='k'><b>~reader" + std::to_string(i) + " [2012-01-0" + std::to_string(i + 4) +
                " 08:4" + std::to_string(i) + "]</b><p>I wonder if the pier will ever be finished, given how long the "
                "council has talked about it already.</p></div>";
  }
  const std::string story = P(kP1) + P(kP2) + P(kP3);
  EXPECT_EQ(TextOf("<html><body><div class='post'>" + story + comments + "</div></body></html>"),
            kP1 + "\n\n" + kP2 + "\n\n" + kP3);
  const std::string dated = P(kP1) + "<p>Riga, 2012-01-04 08:45</p>" + P(kP2) + P(kP3);
  EXPECT_EQ(TextOf("<html><body><div class='post'>" + dated + "</div></body></html>"),
            kP1 + "\n\nRiga, 2012-01-04 08:45\n\n" + kP2 + "\n\n" + kP3);
}

// Regression (DAnIEL tune, wiadomosci.wp.pl): a short story beside a long thread of readers'
// comments (each under "~name [date time]", with vote counts before it); the thread outweighed
// the story, became the root, and its stamps came too early to cut at. A root that is a thread
// from its start is set aside and the roots are chosen again. A story with a dated line at its
// top and a feed of dated items is no thread.
TEST(HtmlTextTest, CommentThreadLongerThanTheStoryIsSetAside) {
  std::string thread = "<div id='opinions'>";
  for (int i = 0; i < 8; ++i) {
    thread += "<div class='op'><div class='votes'><span>" + std::to_string(i) + "</span></div><div class='hd'>~reader" +
              std::to_string(i) + " <span>[2012-01-1" + std::to_string(i) + " 14:2" + std::to_string(i) +
              "]</span></div><div class='body'><p>Doctors are right about this, the ministry should have asked them "
              "before writing the law, and the patients pay for the chaos every single day now." +
              (i == 2 ? " Nobody at the ministry reads the law before it is passed, and then they blame the doctors, "
                        "the pharmacists and the patients for what they wrote themselves, while the queues grow longer "
                        "and the prices of the medicines nobody can get any more go up and up." : "") +
              "</p></div></div>";
  }
  thread += "</div>";
  const std::string story = "<div class='txt'><strong>" + kP1 + "</strong><br><br>" + kP2 + "<br><br></div>";
  const std::string text =
      TextOf("<html><body><div id='main'><div id='art'>" + story + "</div><div id='box'><form><textarea></textarea></form>" +
             thread + "</div></div></body></html>");
  EXPECT_EQ(text, kP1 + "\n\n" + kP2);
  // Dated lines over the story (a feed's stamps, no names) are no thread (DAnIEL ria.ru).
  const std::string dated = "<p>31 января 2012, 06:50</p><p>30 января 2012, 05:21</p><p>29 января 2012, 06:06</p>" +
                            P(kP3) + P(kP4) + P(kP5) + P(kP6);
  const std::string text2 = TextOf("<html><body><div id='story'>" + dated + "</div><div id='side'>" + P(kP1) +
                                   "</div></body></html>");
  EXPECT_NE(text2.find(kP6), std::string::npos) << text2;
}

// Regression (DAnIEL nr2.ru): the site's legal notice, several paragraphs of rights and terms,
// was longer than the short story and became the root. Paragraphs of 100+ bytes with "©" are no
// prose; a short credit with "©" in the story is harmless.
TEST(HtmlTextTest, LegalNoticeLongerThanTheStoryIsNoRoot) {
  const std::string story =
      "<div class='news'><p>Kyiv, January 5 – Ukrainian tennis player Alexandr Dolgopolov reached the semi-final of "
      "the Brisbane International on Thursday.</p><p>In the quarter-final Dolgopolov beat Radek Stepanek of the Czech "
      "Republic in three sets.</p><p>Photo © Reuters</p><p>In the semi-final he meets Gilles Simon of France on "
      "Saturday morning.</p></div>";
  const std::string legal =
      "<div class='lm02'><p>Owner and rights holder of the NR2.Ru project: © News Agency NR2 NEW RUSSIA L.P. Version 5.0, "
      "August 2004-2013. Information about the agency and its partners.</p><p>Legal restrictions: under the contract "
      "between the agency and its authors, the site publishes materials of independent journalists, residents and "
      "non-residents, and of periodicals with which it has agreements.</p><p>Все права на материалы и новости, "
      "опубликованные на сайте © NR2.Ru, охраняются в соответствии с законодательством РФ и международным правом.</p>"
      "<p>Quoting up to half of a material is allowed without agreement with © News Agency NR2 NEW RUSSIA L.P., with a "
      "direct hyperlink to the page the material was taken from, placed in the text itself.</p></div>";
  const std::string html = "<html><body>" + story + legal + "</body></html>";
  const std::string text = TextOf(html);
  EXPECT_NE(text.find("Dolgopolov reached the semi-final"), std::string::npos) << text;
  EXPECT_NE(text.find("Gilles Simon"), std::string::npos) << text;
  EXPECT_EQ(text.find("rights holder"), std::string::npos) << text;
}

}  // namespace
}  // namespace storyline
