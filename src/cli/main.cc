// storyline: command-line entry point. Parses flags, calls one subcommand, returns its exit code.
#include <CLI/CLI.hpp>

#include "cli/commands.h"

namespace {

constexpr const char* kExitCodes =
    "Exit codes: 0 ok (at least one article processed); 1 nothing could be read; "
    "2 usage error; 3 data/model missing or output not writable; 130 interrupted.";

void AddCommon(CLI::App* cmd, storyline::CommonFlags& common) {
  cmd->add_option("--data-dir", common.data_dir,
                  "folder with models/, stopwords/, lexicons/ (default: $STORYLINE_DATA_DIR or "
                  "the built-in path)");
  cmd->add_option("-j,--threads", common.threads, "worker threads for reading and analysis")
      ->check(CLI::Range(1, 256));
  cmd->add_flag("-q,--quiet", common.quiet, "no progress output (bad inputs are still reported)");
  cmd->add_option("-o,--out", common.out, "write the result to FILE (atomically) instead of stdout");
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"storyline: turns a stream of news articles into stories"};
  app.footer(kExitCodes);
  app.require_subcommand(1);
  storyline::CommonFlags common;

  storyline::ClusterFlags cluster;
  auto* c = app.add_subcommand("cluster", "group articles into stories and print them as JSON");
  c->add_option("paths", cluster.paths, "files or directories (.html .htm .txt .jsonl, optionally .gz)")
      ->required();
  c->add_option("--format", cluster.format, "json (default) or text")
      ->check(CLI::IsMember({"json", "text"}));
  c->add_option("--threshold", cluster.threshold,
                "story similarity threshold override (default: the tuned value)")
      ->check(CLI::Range(0.0, 1.0));
  c->add_option("--cluster-option", cluster.cluster_options,
                "expert: set a clusterer option, NAME=VALUE (repeatable; see docs/TUNING.md)");
  c->add_flag("--explain", cluster.explain,
              "add to each article why it joined its story: similarity, threshold, shared terms");
  AddCommon(c, common);
  c->footer(kExitCodes);

  storyline::TimelineFlags timeline;
  auto* l = app.add_subcommand("timeline", "one timeline of dated events over all the given articles (a topic)");
  l->add_option("paths", timeline.paths, "files or directories (.html .htm .txt .jsonl, optionally .gz)")
      ->required();
  l->add_option("--dates", timeline.dates, "dates to keep, the most cited first (default 10)")
      ->check(CLI::Range(1, 100000));
  l->add_option("--format", timeline.format, "json (default) or text")
      ->check(CLI::IsMember({"json", "text"}));
  AddCommon(l, common);
  l->footer(kExitCodes);

  std::string extract_path;
  auto* e = app.add_subcommand("extract", "print one parsed article as JSON");
  e->add_option("file", extract_path, "an .html/.htm/.txt file (or .jsonl: its first article)")
      ->required();
  bool date_fallback = false;
  e->add_flag("--date-fallback", date_fallback,
              "an HTML page that marks no publication date gets the date its markup writes most "
              "often (published_source \"fallback:page\"; a guess)");
  AddCommon(e, common);
  e->footer(kExitCodes);

  std::string tg_mode, tg_dir;
  auto* t = app.add_subcommand(
      "tgnews", "Telegram Data Clustering Contest outputs: languages|news|categories|threads|top DIR");
  t->add_option("mode", tg_mode, "languages, news, categories, threads or top")
      ->required()
      ->check(CLI::IsMember({"languages", "news", "categories", "threads", "top"}));
  t->add_option("dir", tg_dir, "directory of articles (walked recursively)")->required();
  AddCommon(t, common);
  t->footer(kExitCodes);

  std::string timex_path, timex_dct, timex_lang = "en";
  auto* x = app.add_subcommand("timex", "date and time expressions of a text file as JSON (TimeML values)");
  x->add_option("file", timex_path, "a UTF-8 text file")->required();
  x->add_option("--dct", timex_dct, "document creation date YYYY-MM-DD (anchors relative dates)");
  x->add_option("--lang", timex_lang, "en or ru")->check(CLI::IsMember({"en", "ru"}));
  x->add_option("-o,--out", common.out, "write the result to FILE instead of stdout");
  x->footer(kExitCodes);

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& err) {
    int code = app.exit(err);
    return code == 0 ? 0 : storyline::kExitUsage;
  }
  if (c->parsed()) return storyline::RunCluster(common, cluster);
  if (e->parsed()) return storyline::RunExtract(common, extract_path, date_fallback);
  if (l->parsed()) return storyline::RunTimeline(common, timeline);
  if (x->parsed()) return storyline::RunTimex(common, timex_path, timex_dct, timex_lang);
  return storyline::RunTgnews(common, tg_mode, tg_dir);
}
