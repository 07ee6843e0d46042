// Teaser cards beside the story (html_text.cc AddBlock, IsHeadlineLink, IsCardFiller,
// FollowedByProse): a summary after a headline link votes for its own list only, whatever sits
// between them (a thumbnail, a time stamp), while a story's paragraphs after an in-story link
// line are the story; and short cells that are no prose (the 25-character floor).
#include <string>

#include <gtest/gtest.h>

#include "extract/html_text_test_util.h"

namespace storyline {
namespace {

using namespace testing;  // NOLINT: the shared main-text test helpers

// Regression (DAnIEL iatronet.gr): a two-sentence story beside a "latest news" list whose
// summaries held more text; the list won the vote for the root and the story was lost.
TEST(HtmlTextTest, ShortStoryBesideALongerTeaserListIsChosen) {
  const std::string story =
      "<p>Σε αγορά 7.500 μετοχών, συνολικής αξίας 1.873,06 ευρώ, προέβη χθες το μέλος του διοικητικού "
      "συμβουλίου της εταιρείας, ανακοίνωσε η διοίκηση του ομίλου.</p>";
  std::string teasers;
  for (int i = 0; i < 5; ++i) {
    teasers += "<li><a href=\"/news/" + std::to_string(i) + "\">Τίτλος άλλης είδησης " + std::to_string(i) +
               " για τα νοσοκομεία της χώρας και τις απεργίες των γιατρών</a><div class=\"tooltip\">Συνεχίζονται χωρίς αποτέλεσμα οι "
               "συναντήσεις των εργαζομένων στο νοσοκομείο " + std::to_string(i) +
               " με τη διοίκηση, καθώς δεν διαφαίνεται λύση στην καταβολή των δεδουλευμένων.</div></li>";
  }
  const std::string html = "<html><body><div id=\"container\"><div id=\"midcol\"><h1>Αγορά μετοχών</h1>" + story +
                           "</div><div id=\"rightcol\"><h3>Τελευταία Νέα</h3><ul>" + teasers +
                           "</ul></div></div></body></html>";
  const std::string text = TextOf(html);
  EXPECT_NE(text.find("Σε αγορά 7.500 μετοχών"), std::string::npos) << text;
  EXPECT_EQ(text.find("Συνεχίζονται"), std::string::npos) << text;
}

// Regression (DAnIEL cbc.ca): the story's column climbed into its parent because the column
// beside it held teaser cards (a headline link, then a summary, in <dt>/<dd> or <h3>/<p>) with
// more prose than the story; the summaries came out as the story's last paragraphs.
TEST(HtmlTextTest, TeaserCardsBesideTheStoryAreLeftOut) {
  const std::string story = P(kP1) + P(kP2);
  std::string cards;
  for (int i = 0; i < 4; ++i) {
    const std::string n = std::to_string(i);
    cards += "<div class=\"card\"><h3><a href=\"/news/" + n + "\">Headline of another story number " + n +
             " on the site</a></h3><p>Summary " + n + " of that other story, long enough to be scored as prose.</p></div>";
  }
  const std::string html = "<html><body><div id=\"main\"><div class=\"story\"><h1>Pier to close</h1>" + story +
                           "</div><div class=\"more\">" + cards + "</div></div></body></html>";
  EXPECT_EQ(TextOf(html), kP1 + "\n\n" + kP2);
}

// Regression (DAnIEL tune news.com.au, kapital-rus.ru): the same cards with a thumbnail between
// the headline link and the summary (<h4><a>…</a></h4><a><img></a><p>…</p>) are cards too.
TEST(HtmlTextTest, TeaserCardsWithThumbnailsBesideTheStoryAreLeftOut) {
  const std::string story = P(kP1) + P(kP2);
  std::string cards;
  for (int i = 0; i < 4; ++i) {
    const std::string n = std::to_string(i);
    cards += "<div class=\"card\"><h4><a href=\"/news/" + n + "\">Headline of another story number " + n +
             " on the site</a></h4><a href=\"/news/" + n + "\"><img src=\"/t" + n +
             ".jpg\" alt=\"\"></a><p>Summary " + n + " of that other story, long enough to be scored as prose.</p></div>";
  }
  const std::string html = "<html><body><div id=\"main\"><div class=\"story\"><h1>Pier to close</h1>" + story +
                           "</div><div class=\"more\">" + cards + "</div></div></body></html>";
  EXPECT_EQ(TextOf(html), kP1 + "\n\n" + kP2);
}

// ... and so does a time stamp or a comment count there, short and without letters (DAnIEL tune
// 4geo.ru: "<a>…</a><span>05/04, 12:30</span><a>1</a><div>summary</div>" in each row of a list).
TEST(HtmlTextTest, TeaserCardsWithStampsBesideTheStoryAreLeftOut) {
  const std::string story = P(kP1) + P(kP2);
  std::string rows;
  for (int i = 0; i < 4; ++i) {
    const std::string n = std::to_string(i);
    rows += "<tr><td class=\"content\"><a href=\"/news/" + n + "\">Headline of another story number " + n +
            " on the site</a> <span class=\"date\">0" + n + "/04, 12:30</span> <a href=\"/news/" + n +
            "#comments\">" + n + "</a><div>Summary " + n + " of that other story, long enough to be scored as prose.</div></td></tr>";
  }
  const std::string html = "<html><body><div id=\"content\"><div class=\"story\"><h1>Pier to close</h1>" + story +
                           "</div><div>More news</div><table class=\"news-list\">" + rows + "</table></div></body></html>";
  EXPECT_EQ(TextOf(html), kP1 + "\n\n" + kP2);
}

// ... but only a picture is looked past: the story's text after a link, a player's script and a
// <br> is the story, not a card's summary (DAnIEL tune wiadomosci.wp.pl).
TEST(HtmlTextTest, StoryAfterALinkAndAScriptIsNoCard) {
  const std::string html =
      "<html><body><div id=\"main\"><h1>Pier to close</h1><a href=\"/listen\">Listen to this story</a>"
      "<script>var player = 1;</script><br><div class=\"txt\">" + kP1 + "<br><br>" + kP2 + "<br><br>" + kP3 +
      "</div></div><div class=\"side\"><p>" + kP4 + "</p></div></body></html>";
  const std::string text = TextOf(html);
  EXPECT_NE(text.find(kP1), std::string::npos) << text;
  EXPECT_NE(text.find(kP3), std::string::npos) << text;
}

// Regression (DAnIEL tune vesti.kz): a scoreboard of team names in table cells, 10 to 20 Cyrillic
// letters each (20 to 40 bytes), outscored a story of three paragraphs: a block is scored from 25
// characters (a CJK character counts two), not 25 bytes.
TEST(HtmlTextTest, ShortCyrillicCellsAreNoProse) {
  const std::string story =
      "<div class=\"text\">Британские учёные выяснили, что ослабление памяти начинается после сорока пяти лет.<br><br>"
      "Исследователи из Лондона в течение десяти лет изучали умственные способности служащих.<br><br>"
      "Ранее считалось, что подобные изменения начинаются у людей старше шестидесяти лет.</div>";
  std::string board;
  for (int i = 0; i < 30; ++i) {
    board += "<tr><td>Алматиночка-" + std::to_string(i) + "</td><td>Жетысу-Казыгурт</td><td>3:0</td></tr>";
  }
  const std::string html = "<html><body><div class=\"main\">" + story + "</div><div class=\"scores\"><table>" + board +
                           "</table></div></body></html>";
  const std::string text = TextOf(html);
  EXPECT_NE(text.find("Британские учёные"), std::string::npos) << text;
  EXPECT_EQ(text.find("Алматиночка"), std::string::npos) << text;
}

// Regression (DAnIEL tune vz.ru): a news feed beside a short story, each item a time stamp and
// a headline link (<dt><span> 10:17 </span><a>…</a></dt>) then a long summary (<dd>): the stamp
// hid the headline link, the feed's summaries outvoted the story, and the cell holding both came
// out whole.
TEST(HtmlTextTest, FeedOfStampedHeadlinesBesideAShortStoryIsLeftOut) {
  std::string feed;
  for (int i = 0; i < 6; ++i) {
    const std::string n = std::to_string(i);
    feed += "<dt><span> 10:1" + n + " </span><a href=\"/news/" + n + "\">Another headline " + n +
            "</a></dt><dd>The summary of that other report number " + n +
            " runs on for a good while, as a feed's summaries do, telling most of what the other story "
            "says about the weather, the markets and the roads.</dd>";
  }
  const std::string story = P(kP1) + P(kP2) + P(kP3) + P(kP4) + P(kP5) + P(kP6);
  const std::string html = "<html><body><table><tr><td class=\"right\"><div class=\"text\">" + story +
                           "</div><dl class=\"feed\">" + feed + "</dl></td></tr></table></body></html>";
  const std::string text = TextOf(html);
  EXPECT_NE(text.find(kP1), std::string::npos) << text;
  EXPECT_NE(text.find(kP6), std::string::npos) << text;
  EXPECT_EQ(text.find("The summary of that other report"), std::string::npos) << text;
}

// ... while a label with words beside the link ("Step 1 - <a>Backing up</a>") is the page's own
// heading, and the summaries under such headings are the page (wcxb-dev 4105).
TEST(HtmlTextTest, SummariesUnderLabelledHeadingLinksAreKept) {
  std::string steps;
  for (int i = 1; i <= 6; ++i) {
    const std::string n = std::to_string(i);
    steps += "<h3>Step " + n + " - <a href=\"/step" + n + "\">Backing up your data, part " + n +
             "</a></h3><p>Five things to keep in mind at step " + n +
             " of the guide, each one explained on a page of its own.</p>";
  }
  const std::string html = "<html><body><div class=\"guide\">" + P(kP1) + steps + "</div><div class=\"side\">" +
                           P(kP3) + P(kP4) + P(kP5) + P(kP6) + "</div></body></html>";
  const std::string text = TextOf(html);
  EXPECT_NE(text.find("Five things to keep in mind at step 6"), std::string::npos) << text;
  EXPECT_NE(text.find(kP1), std::string::npos) << text;
}

// Regression (htmldate eval_default industriemagazin.at): each section of a story carries an
// in-story link line ("<p><a>>>> Other headline</a></p>") before one of its paragraphs; those
// paragraphs read as teaser summaries, their votes shrank, a later section won the root, and
// the climb stopped at the "teasers" (two of four sections kept). A summary that more of the
// story follows is the story.
TEST(HtmlTextTest, ParagraphsAfterInStoryLinkLinesAreTheStory) {
  auto link_line = [](int n) {
    return "<p><strong><a href=\"/news/" + std::to_string(n) + "\">&gt;&gt;&gt; Another headline of the site, number " +
           std::to_string(n) + "</a></strong></p>";
  };
  auto section = [](const std::string& body) {
    return "<div><section class=\"content-section\"><div class=\"wrapper\">" + body + "</div></section></div>";
  };
  const std::string last1 = "The harbour master said the ferry timetable would not change while the pier was closed.";
  const std::string last2 = "Boat owners can ask the board for a berth on the north quay until the end of March.";
  const std::string html = "<html><body><div class=\"content\">" + section(link_line(1) + P(kP1 + " " + kP2) + P(kP3)) +
                           section(link_line(2) + P(kP4 + " " + kP5) + P(kP6)) + section(P(last1) + P(last2)) +
                           "</div></body></html>";
  const std::string text = TextOf(html);
  for (const std::string& p : {kP1, kP3, kP4, kP6, last1, last2}) {
    EXPECT_NE(text.find(p), std::string::npos) << p << "\n" << text;
  }
}

// A link left open before its paragraph's end is reopened by the parser in every paragraph after
// it (a browser shows the rest of the story as a link): those copies are not links the page
// wrote, so the paragraphs after it are prose, not link lines (DAnIEL onet.pl).
TEST(HtmlTextTest, ParagraphsAfterALinkLeftOpenAreTheStory) {
  const std::string html = "<html><body><div class=\"menu\"><p>" + kP6 + "</p></div><div class=\"story\">" +
                           P(kP1) + "<p>" + kP2 + " <a href=\"/gallery/4982682\">See the photographs</p>" + P(kP3) +
                           P(kP4) + P(kP5) + "</div></body></html>";
  const std::string text = TextOf(html);
  for (const std::string& p : {kP1, kP2, kP3, kP4, kP5}) {
    EXPECT_NE(text.find(p), std::string::npos) << p << "\n" << text;
  }
}

}  // namespace
}  // namespace storyline
