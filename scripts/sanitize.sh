#!/usr/bin/env bash
# The whole suite (GoogleTest units, every lit test including the real-header
# tier, the benchmark smoke) against an ASan + UBSan build of both plugins and
# every program, in build-asan/ (LLVM 19; TRANSIT_LLVM_MAJOR=22 for the other
# major, in build-asan-llvm22/). Any sanitizer report fails the test it comes
# from. Installs what is missing, like scripts/test.sh.
#
#   scripts/sanitize.sh            everything
#   scripts/sanitize.sh --smoke    the units and a few lit tests that load the
#                                  plugins into every host (what CI runs when
#                                  TRANSIT_CI_SANITIZE=smoke)
set -euo pipefail
cd "$(dirname "$0")/.."
export TRANSIT_REQUIRE_REAL_HEADERS=1
major="${TRANSIT_LLVM_MAJOR:-19}"
build=build-asan
[[ "$major" == 19 ]] || build="build-asan-llvm$major"

targets="${TRANSIT_BUILD_TARGETS:-}"
# The smoke builds only what its tests load: both plugins, transit-tidy,
# transit-clang-tidy and the units (not transit-clangd, transit-audit or
# the fuzzers).
[[ "${1:-}" != --smoke || -n "$targets" ]] ||
  targets="TransitTidy TransitClang transit-tidy transit-clang-tidy transit-unit-tests"
TRANSIT_LLVM_MAJOR="$major" TRANSIT_BUILD_DIR="$build" TRANSIT_BUILD_TARGETS="$targets" \
  TRANSIT_CMAKE_ARGS="-DTRANSIT_SANITIZE=ON" scripts/setup.sh
lit="$(sed -n 's/^TRANSIT_LIT:FILEPATH=//p' "$build/CMakeCache.txt")"
if [[ "${1:-}" == --smoke ]]; then
  "$build/test/transit-unit-tests" --gtest_brief=1
  python3 "$lit" -sv "$build/test" --filter \
    'checks/transit-carve-out\.cpp|checks/transit-connection-sites\.c$|checks/fixit-shared-and-sized-literals\.c|real/grpc-service|real/unverified-peer-openssl\.c|driver/formats|driver/fix\.test|frontends/'
else
  (cd "$build" && ctest --output-on-failure -j "$(nproc)")
fi
