#!/usr/bin/env bash
# Installs what transit-tidy needs on Debian 12 (as root, or through sudo),
# skipping what is already there, then configures and builds it.
#
#   scripts/setup.sh                        LLVM 19 (the default), in ./build
#   TRANSIT_LLVM_MAJOR=22 scripts/setup.sh  LLVM 22, in ./build-llvm22
#   TRANSIT_SETUP=build-only                only what building needs
#   TRANSIT_BUILD_DIR=dir                   another build directory
#   TRANSIT_CMAKE_ARGS=...                  more configure options
#   TRANSIT_BUILD_TARGETS="a b"             build only these ninja targets
#
# Packages (<M> is the LLVM major, <O> the other supported one):
#   build     cmake ninja-build python3 git clang-<M> clang-tidy-<M> libclang-<M>-dev
#             llvm-<M>-dev llvm-<M>-tools libgtest-dev libprotobuf-dev (Debian's
#             clangd links gRPC and protobuf for its remote index: transit-clangd too)
#   headers   libgrpc++-dev libpq-dev libcurl4-openssl-dev (the example and the
#             real-header test tier)
#   tests     clang-tidy-<O> clang-<O> (to prove the plugins refuse another LLVM),
#             python3-jsonschema (the SARIF output against the SARIF schema),
#             python3-yaml (the pre-commit hook), distcc (distributed builds), ccache,
#             libclang-rt-<M>-dev (libFuzzer), libpq-dev libpqxx-dev libmariadb-dev
#             libhiredis-dev libmongoc-dev libmemcached-dev libmysqlcppconn-dev
#             libssl-dev libboost-dev libasio-dev librabbitmq-dev librdkafka-dev
#             libnats-dev libzmq3-dev cppzmq-dev libpaho-mqtt-dev libpaho-mqttpp-dev
#             libcurl4-openssl-dev libcpp-httplib-dev libpoco-dev libcpprest-dev
#             libmosquitto-dev libmicrohttpd-dev libwolfssl-dev libmbedtls-dev
#             libgnutls28-dev libthrift-dev libcapnp-dev libldap2-dev
#             libcurlpp-dev unixodbc-dev libsoci-dev libcivetweb-dev
#             libevent-dev libwebsocketpp-dev libwebsockets-dev
#             qt6-base-dev qtbase5-dev libpistache-dev libcoap3-dev libsnmp-dev libnghttp2-dev
#             (real headers)
set -euo pipefail
cd "$(dirname "$0")/.."

LLVM_MAJOR="${TRANSIT_LLVM_MAJOR:-19}"
case "$LLVM_MAJOR" in
  19) OTHER_MAJOR=22; BUILD_DIR=build ;;
  22) OTHER_MAJOR=19; BUILD_DIR=build-llvm22 ;;
  *) echo "transit-tidy: LLVM $LLVM_MAJOR is not supported (19 or 22)" >&2; exit 1 ;;
esac
BUILD_DIR="${TRANSIT_BUILD_DIR:-$BUILD_DIR}"
packages=(cmake ninja-build python3 git "clang-$LLVM_MAJOR" "clang-tidy-$LLVM_MAJOR"
          "libclang-$LLVM_MAJOR-dev" "llvm-$LLVM_MAJOR-dev" "llvm-$LLVM_MAJOR-tools"
          libgtest-dev libprotobuf-dev libgrpc++-dev libpq-dev libcurl4-openssl-dev)
if [[ "${TRANSIT_SETUP:-}" != build-only ]]; then
  packages+=("clang-tidy-$OTHER_MAJOR" "clang-$OTHER_MAJOR" "libclang-rt-$LLVM_MAJOR-dev"
             python3-jsonschema python3-yaml distcc ccache
             libpq-dev libpqxx-dev libmariadb-dev libhiredis-dev libmongoc-dev
             libmemcached-dev libmysqlcppconn-dev libssl-dev libboost-dev libasio-dev
             librabbitmq-dev librdkafka-dev libnats-dev libzmq3-dev cppzmq-dev
             libpaho-mqtt-dev libpaho-mqttpp-dev libcurl4-openssl-dev
             libcpp-httplib-dev libpoco-dev libcpprest-dev libmosquitto-dev
             libmicrohttpd-dev libwolfssl-dev libmbedtls-dev libgnutls28-dev
             libthrift-dev libcapnp-dev libldap2-dev libcurlpp-dev unixodbc-dev
             libsoci-dev libcivetweb-dev libevent-dev libwebsocketpp-dev
             libwebsockets-dev qt6-base-dev qtbase5-dev libpistache-dev libcoap3-dev libsnmp-dev
             libnghttp2-dev)
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

# TRANSIT_CMAKE_ARGS: more configure options (scripts/sanitize.sh passes
# -DTRANSIT_SANITIZE=ON).
# shellcheck disable=SC2086
cmake -S . -B "$BUILD_DIR" -G Ninja -DTRANSIT_LLVM_ROOT="/usr/lib/llvm-$LLVM_MAJOR" ${TRANSIT_CMAKE_ARGS:-} >/dev/null
# TRANSIT_BUILD_TARGETS: build only these ninja targets (the sanitizer smoke
# builds what its tests load); everything by default.
# shellcheck disable=SC2086
ninja -C "$BUILD_DIR" ${TRANSIT_BUILD_TARGETS:-}
