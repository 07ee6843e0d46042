#!/usr/bin/env bash
# Builds storyline and clusters the bundled sample corpus (data/sample: Wikinews, CC BY; FactRuEval
# news texts, MIT), printing the stories it finds. Pass --format json for the full JSON document.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh
fmt=(--format text)
[ $# -gt 0 ] && fmt=("$@")
build/src/cli/storyline cluster data/sample "${fmt[@]}"
