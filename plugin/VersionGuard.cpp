//===- VersionGuard.cpp - Refuse a host of another LLVM major -------------===//
//
// This is the library users load (libTransitTidy.so, libTransitClang.so). It
// depends on nothing from LLVM, so it loads into any clang or clang-tidy. At
// load time it asks the host for its LLVM version; on a mismatch it says so
// and stops the host cleanly (instead of crashing later inside an ABI that
// does not match), and otherwise it loads the implementation that sits beside
// it (TRANSIT_IMPL_NAME). It carries the implementation's SHA-256 (the
// build writes ImplDigest.h), so this small file's bytes change whenever the
// checks do: caches keyed on the plugin named in -fplugin= stay right.
//
//===----------------------------------------------------------------------===//
#include <cstdio>
#include <cstdlib>
#include <dlfcn.h>
#include <string>
#include <unistd.h>

#include "ImplDigest.h"

#ifndef TRANSIT_LLVM_MAJOR
#error "TRANSIT_LLVM_MAJOR must be defined"
#endif

/// Kept in the file (and findable with `strings`): which implementation this
/// guard was built with.
extern "C" __attribute__((used, visibility("default"))) const char
    TransitImplementationDigest[] = "transit-impl-sha256:" TRANSIT_IMPL_SHA256;

namespace {

/// The LLVM major of the process we are loaded into; 0 when it cannot tell.
unsigned hostLLVMMajor() {
  using GetVersion = void (*)(unsigned *, unsigned *, unsigned *);
  // LLVMGetVersion is part of LLVM's stable C API (LLVM 16 and later).
  auto Get =
      reinterpret_cast<GetVersion>(dlsym(RTLD_DEFAULT, "LLVMGetVersion"));
  if (!Get)
    return 0;
  unsigned Major = 0, Minor = 0, Patch = 0;
  Get(&Major, &Minor, &Patch);
  return Major;
}

[[noreturn]] void refuse(const std::string &Message) {
  std::fprintf(stderr, "error: transit-tidy: %s\n", Message.c_str());
  std::fflush(stderr);
  _exit(1);
}

std::string ownDirectory() {
  Dl_info Info;
  if (!dladdr(reinterpret_cast<void *>(&hostLLVMMajor), &Info) ||
      !Info.dli_fname)
    return ".";
  std::string Path = Info.dli_fname;
  size_t Slash = Path.rfind('/');
  return Slash == std::string::npos ? "." : Path.substr(0, Slash);
}

__attribute__((constructor)) void loadTransitImplementation() {
  const unsigned Built = TRANSIT_LLVM_MAJOR;
  const unsigned Host = hostLLVMMajor();
  if (Host == 0)
    refuse(std::string(TRANSIT_GUARD_NAME " was built for LLVM ") +
           std::to_string(Built) +
           ", and this " TRANSIT_HOST
           " does not report its LLVM version (LLVM older than 16?); use " +
           TRANSIT_HOST "-" + std::to_string(Built));
  if (Host != Built)
    refuse(std::string(TRANSIT_GUARD_NAME " was built for LLVM ") +
           std::to_string(Built) + " but this " TRANSIT_HOST " is LLVM " +
           std::to_string(Host) + "; use " TRANSIT_HOST "-" +
           std::to_string(Built) + ", or rebuild transit-tidy against LLVM " +
           std::to_string(Host) + " (cmake -DTRANSIT_LLVM_ROOT=/usr/lib/llvm-" +
           std::to_string(Host) + ")");
  std::string Impl = ownDirectory() + "/" TRANSIT_IMPL_NAME;
  if (!dlopen(Impl.c_str(), RTLD_NOW | RTLD_GLOBAL))
    refuse("cannot load " + Impl + ": " + dlerror());
}

} // namespace
