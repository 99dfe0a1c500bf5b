# -DTRANSIT_SANITIZE=ON: every library, plugin and program of the project is
# built with AddressSanitizer and UndefinedBehaviorSanitizer (any report is
# fatal). The hosts the plugins load into (Debian's clang-tidy and clang) are
# not instrumented, so the sanitizer runtime is the shared one and the tests
# preload it (test/lit.cfg.py); scripts/sanitize.sh does all of it.
option(TRANSIT_SANITIZE "Build with ASan + UBSan (scripts/sanitize.sh)" OFF)
set(TRANSIT_ASAN_RUNTIME "")
if(TRANSIT_SANITIZE)
  execute_process(
    COMMAND "${CMAKE_CXX_COMPILER}" -print-file-name=libclang_rt.asan-${CMAKE_SYSTEM_PROCESSOR}.so
    OUTPUT_VARIABLE TRANSIT_ASAN_RUNTIME OUTPUT_STRIP_TRAILING_WHITESPACE)
  if(NOT IS_ABSOLUTE "${TRANSIT_ASAN_RUNTIME}" OR NOT EXISTS "${TRANSIT_ASAN_RUNTIME}")
    message(FATAL_ERROR "transit-tidy: TRANSIT_SANITIZE needs clang's shared "
      "ASan runtime, not found (apt-get install libclang-rt-${LLVM_VERSION_MAJOR}-dev)")
  endif()
  get_filename_component(_transit_rt_dir "${TRANSIT_ASAN_RUNTIME}" DIRECTORY)
  add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=all
                      -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined -shared-libsan
                   "-Wl,-rpath,${_transit_rt_dir}")
  message(STATUS "transit-tidy: ASan + UBSan, runtime ${TRANSIT_ASAN_RUNTIME}")
endif()
