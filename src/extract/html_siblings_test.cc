// The story's neighbours (html_siblings.cc): lead paragraphs ahead of the body at its level and
// above it, and what neither joins nor breaks their run (a bar of links, a picture module).
#include <string>

#include <gtest/gtest.h>

#include "extract/html_text_test_util.h"

namespace storyline {
namespace {

using namespace testing;  // NOLINT: the shared main-text test helpers

// Regression (DAnIEL tune, telegraph.co.uk): the story's first paragraphs each sit in a <div> of
// their own ahead of the body <div>; each is far below a fifth of the body's prose, so only the
// body was kept. A promotion paragraph after the body stays out.
TEST(HtmlTextTest, LeadParagraphsInTheirOwnElementsBeforeTheBodyAreKept) {
  std::string body;
  for (int i = 0; i < 6; ++i) {
    body += "<p>The research team measured how sensitive each of the volunteers was to fatty acids, "
            "repeating the tests over several weeks in paragraph " + std::to_string(i) + ".</p>";
  }
  const std::string html =
      "<html><body><div id=\"nav\"><a href=\"/\">Home</a> <a href=\"/science\">Science</a></div>"
      "<div id=\"main\"><div class=\"first\"><p>For generations, scientists thought the human tongue "
      "could detect only four basic tastes: sweet, sour, salt and bitter.</p></div>"
      "<div class=\"second\"><p>Now researchers say fat should join them as a sixth taste, after a "
      "study of volunteers at a university in the United States.</p></div>"
      "<div class=\"body\">" + body + "</div>"
      "<div class=\"promo\"><p>Sign up today and get the best of our science coverage delivered to "
      "your inbox every single morning, free of charge.</p></div></div></body></html>";
  const std::string text = TextOf(html);
  EXPECT_NE(text.find("For generations, scientists"), std::string::npos) << text;
  EXPECT_NE(text.find("Now researchers say fat"), std::string::npos) << text;
  EXPECT_NE(text.find("paragraph 5"), std::string::npos) << text;
  EXPECT_EQ(text.find("Sign up today"), std::string::npos) << text;
  EXPECT_LT(text.find("For generations"), text.find("paragraph 0")) << text;
}

// Regression (DAnIEL tune, wnp.pl and gazeta.pl): the lead sits in <div class="head"> beside
// the wrapper of the body (<div id="tab"><div class="body">…</div> tags…</div>), a level above
// the body's own siblings. A dated "Posted … Updated" box or a promotion with headings in the
// same place is no lead.
TEST(HtmlTextTest, LeadBesideTheBodysWrapperIsKept) {
  std::string body;
  for (int i = 0; i < 6; ++i) {
    body += "<p>The airport operator will rebuild the old terminal hall and its baggage system in stages, "
            "keeping flights running, as set out in paragraph " + std::to_string(i) + ".</p>";
  }
  auto page = [&](const std::string& before) {
    return "<html><body><div id=\"nav\"><a href=\"/\">Home</a> <a href=\"/air\">Air</a></div>"
           "<div id=\"content\"><h2>Terminal 1 to be rebuilt</h2><div class=\"signature\">Author: staff | "
           "04-01-2012 08:25</div>" + before + "<div id=\"tab\"><div class=\"spacer\"></div>"
           "<div class=\"body\">" + body + "</div><div class=\"tags\"><a href=\"/t/1\">airports</a> "
           "<a href=\"/t/2\">Warsaw</a></div></div></div></body></html>";
  };
  const std::string lead =
      "The operator of Warsaw's Chopin airport has opened a tender for the general contractor who will "
      "rebuild the old part of the terminal.";
  std::string text = TextOf(page("<div class=\"head\">" + lead + "</div>"));
  EXPECT_EQ(text.find(lead), 0u) << text;
  EXPECT_NE(text.find("paragraph 5"), std::string::npos) << text;

  text = TextOf(page("<div class=\"when\">Video Posted: Jan 16, 2012 7:46 PM PT Last Updated: Jan 16, 2012 "
                     "7:59 PM PT by the newsroom</div>"));
  EXPECT_EQ(text.find("Posted"), std::string::npos) << text;
  text = TextOf(page("<div class=\"promo\"><h3>Train your team</h3><p>Our academy automates invites, "
                     "certificates and reports, freeing your time for what matters most.</p></div>"));
  EXPECT_EQ(text.find("academy"), std::string::npos) << text;
}

// Regression (DAnIEL tune, medicalxpress.com): a share toolbar (all links) between the lead and
// the body's wrapper broke the run of lead paragraphs; a bar of links neither joins nor breaks it.
TEST(HtmlTextTest, LeadBeforeAShareBarIsKept) {
  const std::string body = NumberedParagraphs(
      6, "The clinic compared the scans of patients and volunteers taken over two years, as the authors describe in");
  const std::string lead =
      "A key misplaced yet again? Forgetfulness often leads to anxiety, and scientists now say a scan "
      "can tell early whether it is a sign of age or of an illness.";
  const std::string html =
      "<html><body><div id=\"nav\"><a href=\"/\">Home</a> <a href=\"/health\">Health</a></div>"
      "<div id=\"news\"><p class=\"lead\">" + lead + "</p><div><div class=\"toolbar\"><ul>"
      "<li><a href=\"/print\">Print this article</a></li><li><a href=\"/mail\">E-mail it to a friend</a></li>"
      "<li><a href=\"/fb\">Share on Facebook</a></li></ul> loading</div>"
      "<div class=\"text\">" + body + "</div></div></div></body></html>";
  const std::string text = TextOf(html);
  EXPECT_EQ(text.find(lead), 0u) << text;
  EXPECT_NE(text.find("paragraph 5"), std::string::npos) << text;
  EXPECT_EQ(text.find("Share on Facebook"), std::string::npos) << text;
}

// Regression (DAnIEL tune, washingtonpost.com): the story's first paragraphs sit in an element of
// the same kind as the one holding the rest (<div class="article_body"> twice), a comment rail
// between them; a promotion box of that kind with headings of its own is no lead.
TEST(HtmlTextTest, FirstParagraphsInAnElementOfTheBodysKindAreKept) {
  const std::string body = NumberedParagraphs(
      16, "The report compares the death rates of the last two years for each of the leading causes, as its authors "
          "set out in");
  auto page = [&](const std::string& first) {
    return "<html><body><div id=\"nav\"><a href=\"/\">Home</a> <a href=\"/health\">Health</a></div>"
           "<div id=\"article_body\">" + first + "<div class=\"side-rail\"><a href=\"#c\">Comments</a> "
           "<a href=\"#w\">Weigh In</a></div><div class=\"article_body\"><article>" + body +
           "</article></div></div></body></html>";
  };
  const std::string p1 = "Things were not so good for the economy in 2010, but for the health of the people it was "
                         "a pretty good year.";
  const std::string p2 = "Life expectancy improved and mortality rates fell for all five leading causes of death, "
                         "according to data released on Wednesday.";
  std::string text = TextOf(page("<div class=\"article_body\"><article><p>" + p1 + "</p><p>" + p2 +
                                 "</p></article></div>"));
  EXPECT_EQ(text.find(p1), 0u) << text;
  EXPECT_NE(text.find(p2), std::string::npos) << text;
  EXPECT_NE(text.find("paragraph 15"), std::string::npos) << text;
  text = TextOf(page("<div class=\"article_body\"><h3>Train your team</h3><p>Our academy automates invites, "
                     "certificates and reports, freeing your time for what matters most.</p><h3>Keep costs low</h3>"
                     "<p>Our pricing is simple, predictable and scalable, with no fees per participant.</p></div>"));
  EXPECT_EQ(text.find("academy"), std::string::npos) << text;
  EXPECT_NE(text.find("paragraph 0"), std::string::npos) << text;
}

// Regression (DAnIEL tune, sports.163.com, onet.pl): a picture module between the story's first
// part and the rest (<div class="gallery">: images, a caption) broke the run of lead paragraphs.
// It neither joins nor breaks it; its short caption stays out.
TEST(HtmlTextTest, LeadBeforeAPictureModuleIsKept) {
  const std::string body = NumberedParagraphs(
      16, "The panda keepers walked the young bears to their new enclosure in the hills above the base, as the "
          "report says in");
  const std::string lead = "The basketball player and his wife opened the cage door on Wednesday, sending six young "
                           "pandas into the wild for the first time this year.";
  const std::string html =
      "<html><body><div id=\"nav\"><a href=\"/\">Home</a> <a href=\"/sport\">Sport</a></div>"
      "<div id=\"page\"><div id=\"first\"><p>" + lead + "</p></div>"
      "<div class=\"photo-gallery\"><img src=\"a.jpg\"><p>The keepers at the gate on the day of the release</p>"
      "</div>"
      "<div id=\"rest\">" + body + "</div></div></body></html>";
  const std::string text = TextOf(html);
  EXPECT_EQ(text.find(lead), 0u) << text;
  EXPECT_NE(text.find("paragraph 15"), std::string::npos) << text;
  EXPECT_EQ(text.find("keepers at the gate"), std::string::npos) << text;
}

// Regression (DAnIEL tune, wyborcza.pl): a lead long enough to count as a fifth of the story
// (<div id="gazeta_article_lead">) beside the body's wrapper, three levels above the paragraphs'
// own container, was dropped: above the root's level only short paragraphs were looked for.
TEST(HtmlTextTest, LongLeadBesideTheBodysWrapperIsKept) {
  std::string body;
  for (int i = 0; i < 6; ++i) {
    body += "The team gave the vaccine to a group of rhesus monkeys and followed them for a year, "
            "measuring how many of them caught the virus, as paragraph " + std::to_string(i) + " says.<br /><br />";
  }
  const std::string lead =
      "Our results are truly promising, write scientists from Harvard in the latest issue of Nature. "
      "The vaccine has so far been tested only on monkeys, but the researchers are convinced that "
      "trials with people can begin soon.";
  const std::string html =
      "<html><body><div id=\"nav\"><a href=\"/\">Home</a> <a href=\"/science\">Science</a></div>"
      "<div id=\"article\"><h1>A vaccine against HIV?</h1><div id=\"article_date\">06.01.2012 10:31</div>"
      "<div id=\"article_image\"><img src=\"/hiv.jpg\"><p class=\"desc\">The virus under a microscope "
      "(Photo: agency)</p></div><div id=\"article_lead\"> " + lead + " </div>"
      "<div id=\"article_body\"><div id=\"art\"><div id=\"art2\">" + body + "</div></div></div>"
      "<div class=\"readmore\"><a href=\"/a/1\">More on vaccines from our science desk</a> "
      "<a href=\"/a/2\">Monkeys and the origin of HIV, explained</a></div></div></body></html>";
  const std::string text = TextOf(html);
  EXPECT_EQ(text.find("Our results are truly promising"), 0u) << text;
  EXPECT_NE(text.find("paragraph 5"), std::string::npos) << text;
  EXPECT_EQ(text.find("More on vaccines"), std::string::npos) << text;
}

}  // namespace
}  // namespace storyline
