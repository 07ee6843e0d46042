#include "storyline/status.h"

#include "storyline/article.h"

namespace storyline {

const char* StatusCodeName(StatusCode code) {
  switch (code) {
    case StatusCode::kOk: return "ok";
    case StatusCode::kInvalidArgument: return "invalid argument";
    case StatusCode::kNotFound: return "not found";
    case StatusCode::kIoError: return "i/o error";
    case StatusCode::kTooLarge: return "too large";
    case StatusCode::kUnsupported: return "unsupported";
    case StatusCode::kCancelled: return "cancelled";
    case StatusCode::kInternal: return "internal error";
  }
  return "unknown";
}

std::string Status::ToString() const {
  if (ok()) return "ok";
  return std::string(StatusCodeName(code_)) + ": " + message_;
}

Status Status::WithPrefix(const std::string& prefix) const {
  if (ok()) return *this;
  return Status(code_, prefix + ": " + message_);
}

const char* DateSourceName(DateSource source) {
  switch (source) {
    case DateSource::kMetadata: return "metadata";
    case DateSource::kText: return "text";
    case DateSource::kStory: return "story";
    case DateSource::kNone: break;
  }
  return "none";
}

}  // namespace storyline
