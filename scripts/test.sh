#!/usr/bin/env bash
# The whole test suite: installs what is missing, builds, and runs ctest (the
# GoogleTest units and the lit suite, which runs every check test through
# clang-tidy and through the compiler plugin) against LLVM 19, then again
# against LLVM 22, the second supported major (TRANSIT_SECOND_MAJOR=none skips
# it). Then the sanitizer smoke: an ASan + UBSan build of both plugins,
# transit-tidy, transit-clang-tidy and the units, running the units and a few lit tests
# (TRANSIT_CI_SANITIZE=full: the whole sanitized suite; =none: skip it).
# .ci/run calls exactly this.
set -euo pipefail
cd "$(dirname "$0")/.."
# Fail, rather than skip, when a test tier's packages are missing.
export TRANSIT_REQUIRE_REAL_HEADERS=1

scripts/setup.sh
(cd build && ctest --output-on-failure -j "$(nproc)")

if [[ "${TRANSIT_SECOND_MAJOR:-22}" != none ]]; then
  TRANSIT_LLVM_MAJOR="${TRANSIT_SECOND_MAJOR:-22}" scripts/setup.sh
  (cd "build-llvm${TRANSIT_SECOND_MAJOR:-22}" && ctest --output-on-failure -j "$(nproc)")
fi

case "${TRANSIT_CI_SANITIZE:-smoke}" in
  none) ;;
  smoke) scripts/sanitize.sh --smoke ;;
  full) scripts/sanitize.sh ;;
  *) echo "test.sh: TRANSIT_CI_SANITIZE is none, smoke or full" >&2; exit 2 ;;
esac
