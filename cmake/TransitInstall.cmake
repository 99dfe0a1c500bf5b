# What `cmake --install` puts where, the CMake package consumers find with
# find_package(TransitTidy), and the .deb CPack builds from the same rules.
#
#   bin/                         transit-tidy, transit-audit, transit-clang-tidy, transit-clangd,
#                                transit-clang and transit-clang++ (the compiler wrappers)
#   lib/transit-tidy/            both plugins and the implementations their guards load
#   lib/cmake/TransitTidy/       TransitTidyConfig.cmake (+ Version, Targets)
#   share/doc/transit-tidy/      README.md and docs/

install(TARGETS TransitTidy TransitClang EXPORT TransitTidyTargets
        LIBRARY DESTINATION "${CMAKE_INSTALL_LIBDIR}/transit-tidy")
install(TARGETS TransitTidyImpl TransitClangImpl
        LIBRARY DESTINATION "${CMAKE_INSTALL_LIBDIR}/transit-tidy")
install(FILES README.md DESTINATION "${CMAKE_INSTALL_DOCDIR}")
install(DIRECTORY docs/ DESTINATION "${CMAKE_INSTALL_DOCDIR}")

set(TRANSIT_CMAKE_DIR "${CMAKE_INSTALL_LIBDIR}/cmake/TransitTidy")
install(EXPORT TransitTidyTargets NAMESPACE TransitTidy::
        DESTINATION "${TRANSIT_CMAKE_DIR}" FILE TransitTidyTargets.cmake)
include(CMakePackageConfigHelpers)
configure_package_config_file(cmake/TransitTidyConfig.cmake.in
  "${CMAKE_BINARY_DIR}/TransitTidyConfig.cmake"
  INSTALL_DESTINATION "${TRANSIT_CMAKE_DIR}")
write_basic_package_version_file("${CMAKE_BINARY_DIR}/TransitTidyConfigVersion.cmake"
  COMPATIBILITY SameMinorVersion)
install(FILES "${CMAKE_BINARY_DIR}/TransitTidyConfig.cmake"
              "${CMAKE_BINARY_DIR}/TransitTidyConfigVersion.cmake"
        DESTINATION "${TRANSIT_CMAKE_DIR}")

# cpack -G DEB (in the build directory): one package per LLVM major, as the
# plugins only load into their own major.
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "transit-tidy-llvm${LLVM_VERSION_MAJOR}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "transit-tidy maintainers <transit-tidy@invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "ZFN-3 encryption-in-transit checks for clang-tidy, clang, clangd and CI")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_PACKAGE_SECTION "devel")
# The programs link libclang-cpp, libLLVM and (transit-clangd) gRPC of this
# Debian release; the plugins need the clang and clang-tidy they load into.
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "libclang-cpp${LLVM_VERSION_MAJOR}, libllvm${LLVM_VERSION_MAJOR}, libgrpc++1.51, libgrpc29, libprotobuf32, libabsl20220623")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "clang-${LLVM_VERSION_MAJOR}, clang-tidy-${LLVM_VERSION_MAJOR}, libclang-common-${LLVM_VERSION_MAJOR}-dev")
set(CPACK_DEBIAN_PACKAGE_CONFLICTS "transit-tidy-llvm19, transit-tidy-llvm22")
set(CPACK_DEBIAN_PACKAGE_PROVIDES "transit-tidy")
include(CPack)
