#!/usr/bin/env bash
# Installs the Debian packages jamkoll needs (only those missing), then configures and builds.
# Usage: scripts/setup.sh [--no-build] [BUILD_DIR] [extra cmake args...]
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(
  cmake g++ make pkg-config python3
  libicu-dev libre2-dev libxml2-dev libpoco-dev libgtest-dev libgmock-dev
  libzip-dev          # DOCX/ODT containers: Poco's zip reader loses data-descriptor members
  nlohmann-json3-dev  # the JSON report contract
  libpoppler-cpp-dev  # PDF text layer (pipeline/ingest/pdf/pdf_poppler.cpp, in jamkoll-pdf)
  libjemalloc-dev     # the jamkoll binary's allocator: 17 % faster checks (CMakeLists.txt, bench/README.md)
  libbenchmark-dev    # bench/
  dpkg-dev            # dpkg-shlibdeps: the Depends of the .deb that cpack builds (scripts/test-package.sh)
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}" >&2
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >&2
fi

build=1
if [ "${1:-}" = "--no-build" ]; then build=0; shift; fi
[ "$build" = 1 ] || exit 0
dir=${1:-build}; shift || true
cmake -S . -B "$dir" -DCMAKE_BUILD_TYPE=Release "$@" >&2
cmake --build "$dir" -j "$(nproc)" >&2
