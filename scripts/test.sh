#!/usr/bin/env bash
# The whole test suite: installs what is missing, builds, runs ctest (the
# GoogleTest units and the lit suite, which runs every check test through
# clang-tidy and through the compiler plugin). .ci/run calls exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
# Fail, rather than skip, when a test tier's packages are missing.
export TRANSIT_REQUIRE_REAL_HEADERS=1
cd build
ctest --output-on-failure -j "$(nproc)"
