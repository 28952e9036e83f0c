#!/usr/bin/env bash
# Quick start (2): installs what is missing, builds with warnings as errors, runs every test.
# Usage: scripts/test.sh [BUILD_DIR] [extra cmake args...]
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-build}; shift || true
scripts/setup.sh "$dir" -DJAMKOLL_WERROR=ON "$@"
ctest --test-dir "$dir" --output-on-failure -j "$(nproc)"
