# cmake -DIMPL=<file> -DOUT=<file> [-DTEMPLATE=<file>] -P TransitDigest.cmake
#
# Records the SHA-256 of an implementation library in a file that changes
# with it, so that caches keyed on what a build names (the plugin in
# -fplugin= or --load, the compiler wrapper) miss after any change to the
# checks: ccache and sccache hash the plugin file (and ccache the compiler's
# mtime), a remote-execution action its input files.
#   without TEMPLATE  OUT is a header for the version guard (TRANSIT_IMPL_SHA256)
#   with TEMPLATE     OUT is TEMPLATE with @TRANSIT_IMPL_SHA256@ replaced, made
#                     executable (the transit-clang wrappers)
# OUT is left alone when its text would not change, so a byte-identical relink
# of the implementation rebuilds nothing else.
file(SHA256 "${IMPL}" digest)
if(DEFINED TEMPLATE)
  file(READ "${TEMPLATE}" text)
  string(REPLACE "@TRANSIT_IMPL_SHA256@" "${digest}" text "${text}")
else()
  set(text "#define TRANSIT_IMPL_SHA256 \"${digest}\"\n")
endif()
if(EXISTS "${OUT}")
  file(READ "${OUT}" old)
  if(old STREQUAL text)
    return()
  endif()
endif()
file(WRITE "${OUT}" "${text}")
if(DEFINED TEMPLATE)
  file(CHMOD "${OUT}" PERMISSIONS OWNER_READ OWNER_WRITE OWNER_EXECUTE GROUP_READ
       GROUP_EXECUTE WORLD_READ WORLD_EXECUTE)
endif()
