#include "cli/commands.h"

#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>

#include "base/cancel.h"
#include "base/clock.h"
#include "base/progress.h"
#include "digest/timex.h"
#include "engine/json_output.h"
#include "storyline/engine.h"

namespace storyline {
namespace {

CancelToken g_cancel;  // the one piece of process state: signal handlers need it

extern "C" void OnSignal(int) {
  g_cancel.Cancel();
  std::signal(SIGINT, SIG_DFL);  // a second Ctrl-C kills at once
}

std::string ResolveDataDir(const std::string& flag) {
  if (!flag.empty()) return flag;
  if (const char* env = std::getenv("STORYLINE_DATA_DIR"); env != nullptr && *env) return env;
  return STORYLINE_DEFAULT_DATA_DIR;
}

// Writes to --out atomically (temp file + rename), or to stdout.
bool WriteOutput(const std::string& out, const std::string& content) {
  if (out.empty() || out == "-") {
    std::fwrite(content.data(), 1, content.size(), stdout);
    return std::fflush(stdout) == 0;
  }
  const std::string tmp = out + ".tmp";
  {
    std::ofstream f(tmp, std::ios::binary);
    f << content;
    if (!f.good()) {
      std::fprintf(stderr, "storyline: cannot write %s\n", tmp.c_str());
      return false;
    }
  }
  if (std::rename(tmp.c_str(), out.c_str()) != 0) {
    std::fprintf(stderr, "storyline: cannot rename %s to %s\n", tmp.c_str(), out.c_str());
    return false;
  }
  return true;
}

struct Session {
  SystemClock clock;
  std::unique_ptr<Engine> engine;
  std::unique_ptr<Progress> progress;
};

// Builds the engine and runs the batch; returns an exit code, kExitOk when results are ready.
// "name=value" pairs → cluster settings; false (after a message) when one is malformed.
bool ParseSettings(const std::vector<std::string>& pairs,
                   std::vector<std::pair<std::string, double>>& out) {
  for (const std::string& p : pairs) {
    const std::size_t eq = p.find('=');
    char* end = nullptr;
    const double value = eq == std::string::npos ? 0.0 : std::strtod(p.c_str() + eq + 1, &end);
    if (eq == std::string::npos || end == p.c_str() + eq + 1 || *end != '\0') {
      std::fprintf(stderr, "storyline: --cluster-option wants NAME=NUMBER, got '%s'\n", p.c_str());
      return false;
    }
    out.emplace_back(p.substr(0, eq), value);
  }
  return true;
}

int RunEngine(const CommonFlags& common, const std::vector<std::string>& paths, double threshold,
              const std::vector<std::string>& settings, bool explain, Session& session) {
  EngineOptions options;
  options.explain = explain;
  if (!ParseSettings(settings, options.cluster_settings)) return kExitUsage;
  options.data_dir = ResolveDataDir(common.data_dir);
  options.threads = common.threads;
  options.story_threshold = threshold;
  auto engine = Engine::Create(options, &session.clock);
  if (!engine.ok()) {
    std::fprintf(stderr, "storyline: %s\n", engine.status().ToString().c_str());
    return engine.status().code() == StatusCode::kInvalidArgument ? kExitUsage : kExitSetup;
  }
  session.engine = std::move(engine).value();
  ProgressOptions popts;
  if (common.quiet) popts.mode = ProgressOptions::Mode::kQuiet;
  session.progress = std::make_unique<Progress>(stderr, &session.clock, popts);
  Progress* progress = session.progress.get();
  BatchCallbacks cb;
  cb.progress = progress;
  cb.cancel = &g_cancel;
  // Bad inputs are reported even with --quiet: they are results, not chatter.
  cb.on_error = [progress](const Status& s) { progress->Message("storyline: skipped " + s.message()); };
  std::signal(SIGINT, OnSignal);
  std::signal(SIGTERM, OnSignal);
  Status status = session.engine->RunBatch(paths, cb);
  const BatchSummary& sum = session.engine->summary();
  if (!common.quiet || sum.errors > 0 || !status.ok()) {
    std::fprintf(stderr, "storyline: %zu files, %zu articles, %zu stories, %zu skipped, %.2f s%s\n",
                 sum.files, sum.articles, sum.stories, sum.errors, sum.seconds,
                 status.ok() ? "" : " (interrupted)");
  }
  if (status.code() == StatusCode::kCancelled) return kExitInterrupted;
  if (sum.articles == 0) {
    std::fprintf(stderr, "storyline: no article could be read\n");
    return kExitNoInput;
  }
  return kExitOk;
}

}  // namespace

int RunCluster(const CommonFlags& common, const ClusterFlags& flags) {
  Session session;
  int code = RunEngine(common, flags.paths, flags.threshold, flags.cluster_options, flags.explain,
                       session);
  if (code != kExitOk) return code;
  std::string content = flags.format == "text" ? ClusterText(*session.engine)
                                               : ClusterDocument(*session.engine, flags.explain).dump(1) + "\n";
  return WriteOutput(common.out, content) ? kExitOk : kExitSetup;
}

int RunTimeline(const CommonFlags& common, const TimelineFlags& flags) {
  Session session;
  int code = RunEngine(common, flags.paths, -1.0, {}, false, session);
  if (code != kExitOk) return code;
  std::string content = flags.format == "text"
                            ? TimelineText(*session.engine, flags.dates)
                            : TimelineDocument(*session.engine, flags.dates).dump(1) + "\n";
  return WriteOutput(common.out, content) ? kExitOk : kExitSetup;
}

int RunTgnews(const CommonFlags& common, const std::string& mode, const std::string& dir) {
  Session session;
  int code = RunEngine(common, {dir}, -1.0, {}, false, session);
  if (code != kExitOk) return code;
  auto doc = TgnewsDocument(*session.engine, mode);
  if (!doc.ok()) {
    std::fprintf(stderr, "storyline: %s\n", doc.status().message().c_str());
    return kExitUsage;
  }
  return WriteOutput(common.out, doc->dump(2) + "\n") ? kExitOk : kExitSetup;
}

int RunTimex(const CommonFlags& common, const std::string& path, const std::string& dct_text,
             const std::string& lang) {
  std::optional<CivilDate> dct;
  if (!dct_text.empty()) {
    dct = ParseCivilDate(dct_text);
    if (!dct) {
      std::fprintf(stderr, "storyline: --dct wants YYYY-MM-DD, got '%s'\n", dct_text.c_str());
      return kExitUsage;
    }
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "storyline: %s: cannot read file\n", path.c_str());
    return kExitNoInput;
  }
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  nlohmann::json out = nlohmann::json::array();
  for (const Timex& t : TagTimex(text, lang, dct)) {
    out.push_back({{"begin", t.begin}, {"end", t.end}, {"text", t.text}, {"type", t.type},
                   {"value", t.value}});
  }
  return WriteOutput(common.out, out.dump(1) + "\n") ? kExitOk : kExitSetup;
}

int RunExtract(const CommonFlags& common, const std::string& path, bool date_fallback) {
  SystemClock clock;
  EngineOptions options;
  options.date_fallback = date_fallback;
  options.data_dir = ResolveDataDir(common.data_dir);
  auto engine = Engine::Create(options, &clock);
  if (!engine.ok()) {
    std::fprintf(stderr, "storyline: %s\n", engine.status().ToString().c_str());
    return kExitSetup;
  }
  auto article = (*engine)->ExtractFile(path);
  if (!article.ok()) {
    std::fprintf(stderr, "storyline: %s\n", article.status().message().c_str());
    return kExitNoInput;
  }
  return WriteOutput(common.out, ArticleJson(*article).dump(2) + "\n") ? kExitOk : kExitSetup;
}

}  // namespace storyline
