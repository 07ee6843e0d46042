#!/usr/bin/env bash
# Builds everything with warnings as errors and runs every test (unit, end-to-end, eval metrics).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/build.sh -DSTORYLINE_WERROR=ON
jobs=$(nproc 2>/dev/null || echo 2)
ctest --test-dir build --output-on-failure -j"$jobs"
