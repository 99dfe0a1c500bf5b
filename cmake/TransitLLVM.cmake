# Locates LLVM, Clang and the clang-tidy development files, and refuses
# anything transit-tidy is not built and tested against.
#
# Defaults to Debian's /usr/lib/llvm-19; override with -DLLVM_DIR=... and
# -DClang_DIR=... (or -DTRANSIT_LLVM_ROOT=/usr/lib/llvm-22).

set(TRANSIT_SUPPORTED_LLVM_MAJORS 19 22)
set(TRANSIT_DEFAULT_LLVM_MAJOR 19)

if(NOT LLVM_DIR)
  set(LLVM_DIR "${TRANSIT_LLVM_ROOT}/lib/cmake/llvm")
endif()
if(NOT Clang_DIR)
  set(Clang_DIR "${TRANSIT_LLVM_ROOT}/lib/cmake/clang")
endif()

set(_transit_packages
    "clang-${TRANSIT_DEFAULT_LLVM_MAJOR} clang-tidy-${TRANSIT_DEFAULT_LLVM_MAJOR} libclang-${TRANSIT_DEFAULT_LLVM_MAJOR}-dev llvm-${TRANSIT_DEFAULT_LLVM_MAJOR}-dev llvm-${TRANSIT_DEFAULT_LLVM_MAJOR}-tools")

set(_transit_llvm_dir "${LLVM_DIR}")
set(_transit_clang_dir "${Clang_DIR}")
find_package(LLVM CONFIG QUIET PATHS "${LLVM_DIR}" NO_DEFAULT_PATH)
if(NOT LLVM_FOUND)
  unset(LLVM_DIR CACHE) # look again next time
  message(FATAL_ERROR
    "transit-tidy: LLVM was not found (looked in LLVM_DIR=${_transit_llvm_dir}).\n"
    "Install it with:  apt-get install ${_transit_packages}\n"
    "or point -DLLVM_DIR at <llvm>/lib/cmake/llvm.  scripts/setup.sh does both.")
endif()

if(NOT LLVM_VERSION_MAJOR IN_LIST TRANSIT_SUPPORTED_LLVM_MAJORS)
  string(REPLACE ";" ", " _majors "${TRANSIT_SUPPORTED_LLVM_MAJORS}")
  message(FATAL_ERROR
    "transit-tidy: LLVM ${LLVM_PACKAGE_VERSION} (${LLVM_DIR}) is not supported; "
    "supported majors are ${_majors}. Point -DTRANSIT_LLVM_ROOT at one of them, "
    "e.g. /usr/lib/llvm-${TRANSIT_DEFAULT_LLVM_MAJOR}.")
endif()

find_package(Clang CONFIG QUIET PATHS "${Clang_DIR}" NO_DEFAULT_PATH)
if(NOT Clang_FOUND)
  unset(Clang_DIR CACHE)
  message(FATAL_ERROR
    "transit-tidy: Clang's CMake package was not found (looked in Clang_DIR=${_transit_clang_dir}).\n"
    "Install it with:  apt-get install libclang-${LLVM_VERSION_MAJOR}-dev clang-${LLVM_VERSION_MAJOR}")
endif()

set(TRANSIT_CLANG_TIDY_INCLUDE_DIR "${CLANG_INCLUDE_DIRS}")
list(GET TRANSIT_CLANG_TIDY_INCLUDE_DIR 0 TRANSIT_CLANG_TIDY_INCLUDE_DIR)
if(NOT EXISTS "${TRANSIT_CLANG_TIDY_INCLUDE_DIR}/clang-tidy/ClangTidyCheck.h"
   OR NOT TARGET clangTidy OR NOT TARGET clangTidyUtils)
  message(FATAL_ERROR
    "transit-tidy: the clang-tidy development files (clang-tidy/ClangTidyCheck.h, "
    "libclangTidy.a, libclangTidyUtils.a) are missing from ${TRANSIT_CLANG_TIDY_INCLUDE_DIR}.\n"
    "Install them with:  apt-get install libclang-${LLVM_VERSION_MAJOR}-dev clang-tidy-${LLVM_VERSION_MAJOR}")
endif()

# The tools the plugins are loaded into and the tests drive.
find_program(TRANSIT_CLANG_TIDY clang-tidy HINTS "${LLVM_TOOLS_BINARY_DIR}" NO_DEFAULT_PATH)
find_program(TRANSIT_CLANG clang HINTS "${LLVM_TOOLS_BINARY_DIR}" NO_DEFAULT_PATH)
find_program(TRANSIT_CLANGXX clang++ HINTS "${LLVM_TOOLS_BINARY_DIR}" NO_DEFAULT_PATH)
find_program(TRANSIT_FILECHECK FileCheck HINTS "${LLVM_TOOLS_BINARY_DIR}" NO_DEFAULT_PATH)
# lit: Debian's llvm-19-tools ships build/utils/lit/lit.py, llvm-22-tools bin/lit.
find_program(TRANSIT_LIT NAMES lit llvm-lit HINTS "${LLVM_TOOLS_BINARY_DIR}" NO_DEFAULT_PATH)
if(NOT TRANSIT_LIT AND EXISTS "${LLVM_TOOLS_BINARY_DIR}/../build/utils/lit/lit.py")
  set(TRANSIT_LIT "${LLVM_TOOLS_BINARY_DIR}/../build/utils/lit/lit.py" CACHE FILEPATH "lit" FORCE)
endif()
foreach(_tool TRANSIT_CLANG_TIDY TRANSIT_CLANG TRANSIT_CLANGXX TRANSIT_FILECHECK TRANSIT_LIT)
  if(NOT ${_tool})
    message(WARNING "transit-tidy: ${_tool} not found in ${LLVM_TOOLS_BINARY_DIR}; "
      "the tests need clang-${LLVM_VERSION_MAJOR}, clang-tidy-${LLVM_VERSION_MAJOR} and llvm-${LLVM_VERSION_MAJOR}-tools")
  endif()
endforeach()

if(NOT LLVM_ENABLE_RTTI)
  # Classes derived from LLVM's must match its RTTI setting.
  add_compile_options($<$<COMPILE_LANGUAGE:CXX>:-fno-rtti>)
endif()

if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
  message(WARNING "transit-tidy: building with ${CMAKE_CXX_COMPILER_ID}; "
    "LLVM's packages are built with Clang, and GCC mangles some clang-tidy "
    "templates differently, so the plugins may not load. Use "
    "-DCMAKE_CXX_COMPILER=${LLVM_TOOLS_BINARY_DIR}/clang++.")
endif()

message(STATUS "transit-tidy: LLVM ${LLVM_PACKAGE_VERSION} from ${LLVM_DIR}")

# Both plugins and the implementation they load land side by side.
set(CMAKE_LIBRARY_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/lib")

# transit_add_version_guard(<guard> <impl> <host>): the library users load.
# It refuses, with a message, to run inside a host of another LLVM major, and
# otherwise loads <impl> from its own directory. It carries the SHA-256 of
# <impl> (cmake/TransitDigest.cmake), so its own bytes identify the checks.
function(transit_add_version_guard guard impl host)
  set(digest_dir "${CMAKE_CURRENT_BINARY_DIR}/${guard}Digest")
  set(digest "${digest_dir}/ImplDigest.h")
  add_custom_command(OUTPUT "${digest}"
    COMMAND "${CMAKE_COMMAND}" -DIMPL=$<TARGET_FILE:${impl}> -DOUT=${digest}
            -P "${PROJECT_SOURCE_DIR}/cmake/TransitDigest.cmake"
    DEPENDS ${impl} "${PROJECT_SOURCE_DIR}/cmake/TransitDigest.cmake"
    COMMENT "Recording the SHA-256 of lib${impl}.so in lib${guard}.so"
    VERBATIM)
  add_library(${guard} MODULE "${PROJECT_SOURCE_DIR}/plugin/VersionGuard.cpp" "${digest}")
  target_include_directories(${guard} PRIVATE "${digest_dir}")
  target_compile_definitions(${guard} PRIVATE
    TRANSIT_LLVM_MAJOR=${LLVM_VERSION_MAJOR}
    TRANSIT_GUARD_NAME="lib${guard}.so"
    TRANSIT_IMPL_NAME="lib${impl}.so"
    TRANSIT_HOST="${host}")
  target_link_libraries(${guard} PRIVATE ${CMAKE_DL_LIBS})
endfunction()
