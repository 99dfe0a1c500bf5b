# lit configuration of the transit-tidy suite.
#
#   test/checks/    one test per check (and per topic), run through both front
#                   ends by check_transit.py against mock headers (Inputs/)
#   test/real/      the same harness against the real Debian -dev headers
#   test/frontends/ what is particular to each front end (arguments, config,
#                   NOLINT, -Werror, version guard)
#   test/driver/    transit-tidy over a fixture project: every output format
#                   against golden files, the batch fix, review mode, baseline
#   test/editors/   transit-clangd in an LSP session, transit-clang-tidy
#   test/audit/     transit-audit over a fixture repository
import os
import shutil

import lit.formats

config.name = "transit-tidy"
config.test_format = lit.formats.ShTest(execute_external=True)
config.suffixes = [".c", ".cpp", ".test"]
config.excludes = ["Inputs", "unit", "fuzz", "golden", "consumer", "CMakeLists.txt", "lit.cfg.py",
                   "check_transit.py", "check_driver.py", "lsp_session.py",
                   "pre_commit.py", "distcc_build.py", "compiler_cache.py", "checklist.py",
                   "make_repo.py", "repo", "validate.py"]
config.test_source_root = os.path.dirname(__file__)
config.test_exec_root = config.transit_test_exec_root

# Tests see the same tools whatever the machine's PATH holds.
config.environment["PATH"] = os.pathsep.join(
    [config.llvm_tools_dir, config.environment.get("PATH", os.environ.get("PATH", ""))])
# TRANSIT_UPDATE_GOLDEN=1 rewrites the golden files (test/audit/golden.py).
for var in ("HOME", "TMPDIR", "LANG", "TRANSIT_UPDATE_GOLDEN"):
    if var in os.environ:
        config.environment[var] = os.environ[var]

# A sanitized build (-DTRANSIT_SANITIZE=ON, scripts/sanitize.sh): the plugins
# need the shared ASan runtime in hosts that are not instrumented, so every
# command gets it preloaded. Any report is fatal; the hosts' own leaks
# (clang frees nothing at exit on purpose) are not ours to report, and LLVM's
# allocators poison memory only in the instrumented half of a mixed build
# (allow_user_poisoning=0 keeps that from reading as use-after-poison).
if getattr(config, "transit_asan_runtime", ""):
    config.available_features.add("sanitized")
    config.environment["LD_PRELOAD"] = config.transit_asan_runtime
    config.environment["ASAN_OPTIONS"] = (
        "detect_leaks=0:abort_on_error=0:exitcode=86:detect_odr_violation=0:"
        "allow_user_poisoning=0:"
        "allocator_may_return_null=1:strict_string_checks=1:"
        "check_initialization_order=1")
    config.environment["UBSAN_OPTIONS"] = "print_stacktrace=1:halt_on_error=1:exitcode=86"

tidy_plugin = os.path.join(config.transit_lib_dir, "libTransitTidy.so")
clang_plugin = os.path.join(config.transit_lib_dir, "libTransitClang.so")
harness = os.path.join(config.test_source_root, "check_transit.py")

config.substitutions.append(
    ("%check_transit",
     f"python3 {harness} --clang-tidy {config.clang_tidy} --clang {config.clang} "
     f"--clangxx {config.clangxx} --filecheck {config.filecheck} "
     f"--tidy-plugin {tidy_plugin} --clang-plugin {clang_plugin} "
     f"--linked-tidy {os.path.join(config.transit_bin_dir, 'transit-clang-tidy')}"))
config.substitutions.append(
    ("%clang_tidy_transit", f"{config.clang_tidy} --load={tidy_plugin}"))
config.substitutions.append(("%clangxx_transit", f"{config.clangxx} -fplugin={clang_plugin}"))
config.substitutions.append(("%clang_transit", f"{config.clang} -fplugin={clang_plugin}"))
config.substitutions.append(("%clang_tidy_binary", config.clang_tidy))
config.substitutions.append(("%clangxx_binary", config.clangxx))
config.substitutions.append(("%clang_binary", config.clang))
config.substitutions.append(("%tidy_plugin", tidy_plugin))
config.substitutions.append(("%clang_plugin", clang_plugin))
config.substitutions.append(("%FileCheck", config.filecheck))
config.substitutions.append(("%transit_src", config.transit_source_dir))
config.substitutions.append(("%llvm_major", config.llvm_major))
transit_tidy = os.path.join(config.transit_bin_dir, "transit-tidy")
config.substitutions.append(("%transit_build", config.transit_build_dir))
config.substitutions.append(("%transit_clangd", os.path.join(config.transit_bin_dir, "transit-clangd")))
config.substitutions.append(("%transit_clang_tidy", os.path.join(config.transit_bin_dir, "transit-clang-tidy")))
config.substitutions.append(("%transit_tidy", transit_tidy))
config.substitutions.append(("%transit_audit", os.path.join(config.transit_bin_dir, "transit-audit")))
config.substitutions.append(
    ("%check_driver",
     f"python3 {os.path.join(config.test_source_root, 'driver', 'check_driver.py')} "
     f"--transit-tidy {transit_tidy} --clangxx {config.clangxx} "
     f"--mocks {os.path.join(config.test_source_root, 'checks', 'Inputs')}"))

# Fix-it safety (test/fixit/): every fix of every test input applied, then
# compiled, re-run and compared between clang-tidy and transit-tidy.
config.substitutions.append(
    ("%fix_safety",
     f"python3 {os.path.join(config.test_source_root, 'fixit', 'fix_safety.py')} "
     f"--clang-tidy {config.clang_tidy} --tidy-plugin {tidy_plugin} "
     f"--transit-tidy {transit_tidy} --clang {config.clang} --clangxx {config.clangxx}"
     + (" --no-skips" if os.environ.get("TRANSIT_REQUIRE_REAL_HEADERS") == "1" else "")))

# The real-header tier needs Debian's -dev packages. scripts/setup.sh installs
# them; CI sets TRANSIT_REQUIRE_REAL_HEADERS=1 so that a missing package fails
# the run instead of silently skipping the tier.
real_headers = {
    "grpc-headers": "/usr/include/grpcpp/grpcpp.h",
    "libpq-headers": "/usr/include/postgresql/libpq-fe.h",
    "libpqxx-headers": "/usr/include/pqxx/pqxx",
    "mariadb-headers": "/usr/include/mariadb/mysql.h",
    "hiredis-headers": "/usr/include/hiredis/hiredis.h",
    "mongoc-headers": "/usr/include/libmongoc-1.0/mongoc/mongoc.h",
    "memcached-headers": "/usr/include/libmemcached/memcached.h",
    "mysqlcppconn-headers": "/usr/include/cppconn/driver.h",
    "boost-headers": "/usr/include/boost/asio/ssl/stream.hpp",
    "asio-headers": "/usr/include/asio.hpp",
    "rabbitmq-headers": "/usr/include/amqp_tcp_socket.h",
    "rdkafka-headers": "/usr/include/librdkafka/rdkafkacpp.h",
    "nats-headers": "/usr/include/nats/nats.h",
    "zmq-headers": "/usr/include/zmq.hpp",
    "paho-headers": "/usr/include/mqtt/async_client.h",
    "curl-headers": "/usr/include/*/curl/curl.h",
    "httplib-headers": "/usr/include/httplib.h",
    "poco-headers": "/usr/include/Poco/Net/HTTPSClientSession.h",
    "cpprest-headers": "/usr/include/cpprest/http_client.h",
    "mosquitto-headers": "/usr/include/mosquitto.h",
    "microhttpd-headers": "/usr/include/microhttpd.h",
    "openssl-headers": "/usr/include/openssl/ssl.h",
    "wolfssl-headers": "/usr/include/wolfssl/ssl.h",
    "mbedtls-headers": "/usr/include/mbedtls/ssl.h",
    "gnutls-headers": "/usr/include/gnutls/gnutls.h",
    "thrift-headers": "/usr/include/thrift/transport/TSSLSocket.h",
    "capnp-headers": "/usr/include/capnp/ez-rpc.h",
    "ldap-headers": "/usr/include/ldap.h",
    "curlpp-headers": "/usr/include/curlpp/Options.hpp",
    "odbc-headers": "/usr/include/sqlext.h",
    "civetweb-headers": "/usr/include/CivetServer.h",
    "libevent-headers": "/usr/include/event2/bufferevent_ssl.h",
    "websocketpp-headers": "/usr/include/websocketpp/config/asio_client.hpp",
    "libwebsockets-headers": "/usr/include/libwebsockets.h",
    "qt6-headers": "/usr/include/x86_64-linux-gnu/qt6/QtNetwork/qsslsocket.h",
    "qt5-headers": "/usr/include/x86_64-linux-gnu/qt5/QtNetwork/qsslsocket.h",
    "pistache-headers": "/usr/include/pistache/endpoint.h",
    "coap-headers": "/usr/include/coap3/coap.h",
    "nghttp2-headers": "/usr/include/nghttp2/nghttp2.h",
    "snmp-headers": "/usr/include/net-snmp/net-snmp-includes.h",
    "soci-headers": "/usr/include/soci/odbc/soci-odbc.h",
}
import glob
for feature, header in real_headers.items():
    if glob.glob(header):
        config.available_features.add(feature)
    elif os.environ.get("TRANSIT_REQUIRE_REAL_HEADERS") == "1":
        lit_config.fatal(f"{header} is missing (feature {feature}); run scripts/setup.sh")

# Another LLVM major next to ours, to prove the plugins refuse it cleanly.
# scripts/setup.sh installs clang-tidy-22 and clang-22 for it.
for major in ("22", "19", "18", "17", "16"):
    if (major != config.llvm_major and shutil.which(f"clang-tidy-{major}")
            and shutil.which(f"clang++-{major}")):
        config.available_features.add("other-llvm")
        config.substitutions.append(("%other_clang_tidy", f"clang-tidy-{major}"))
        config.substitutions.append(("%other_clangxx", f"clang++-{major}"))
        config.substitutions.append(("%other_llvm_major", major))
        break
else:
    if os.environ.get("TRANSIT_REQUIRE_REAL_HEADERS") == "1":
        lit_config.fatal("no clang-tidy/clang++ of a second LLVM major; run scripts/setup.sh")
