#!/usr/bin/env bash
# Installs what transit-tidy needs on Debian 12 (as root, or through sudo),
# skipping what is already there, then configures and builds it in ./build.
#
#   scripts/setup.sh            build packages + test packages, then build
#   TRANSIT_SETUP=build-only    only what building needs (no test extras)
#
# Packages:
#   build     cmake ninja-build python3 clang-19 clang-tidy-19 libclang-19-dev
#             llvm-19-dev llvm-19-tools libgtest-dev
#   headers   libgrpc++-dev (the example and the real-header test tier)
#   tests     clang-tidy-22 clang-22 (to prove the plugins refuse another LLVM)
set -euo pipefail
cd "$(dirname "$0")/.."

LLVM_MAJOR="${TRANSIT_LLVM_MAJOR:-19}"
packages=(cmake ninja-build python3 "clang-$LLVM_MAJOR" "clang-tidy-$LLVM_MAJOR"
          "libclang-$LLVM_MAJOR-dev" "llvm-$LLVM_MAJOR-dev" "llvm-$LLVM_MAJOR-tools"
          libgtest-dev libgrpc++-dev)
if [[ "${TRANSIT_SETUP:-}" != build-only ]]; then
  packages+=(clang-tidy-22 clang-22)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "transit-tidy: installing ${missing[*]}" >&2
  as_root=()
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "transit-tidy: need root (or sudo) to install: ${missing[*]}" >&2; exit 1; }
    as_root=(sudo)
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${as_root[@]}" apt-get update -qq
  "${as_root[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

cmake -S . -B build -G Ninja -DTRANSIT_LLVM_ROOT="/usr/lib/llvm-$LLVM_MAJOR" >/dev/null
ninja -C build
