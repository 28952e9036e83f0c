# `cmake --install` and `cpack -G DEB` (docs/automation.md#installing-as-a-service).
#
# The binary needs no file at run time: the default rule pack and its lexicons are compiled in
# (cmake/embed_data.cmake), so the installed binary judges exactly as the build tree's does. The
# pack is installed beside it anyway, in share/jamkoll/, as the starting point of a local pack
# (`jamkoll check --rules /usr/share/jamkoll/rules/lansstrategi` reads the same pack from disk;
# lexicons are found two levels up, as in the repository).
#
# The systemd units name the installed binary. They are written at install time from
# ${CMAKE_INSTALL_PREFIX}, which cpack sets to CPACK_PACKAGING_INSTALL_PREFIX (/usr), so a build
# configured for /usr/local still packages units that start /usr/bin/jamkoll.
include(GNUInstallDirs)

set(JAMKOLL_SYSTEMD_UNIT_DIR "lib/systemd/system" CACHE STRING
    "Where the systemd units go, relative to the install prefix")
set(JAMKOLL_DEB_MAINTAINER "jamkoll maintainers <maintainers@users.noreply.r-seed-c1a74710.example>" CACHE STRING
    "The Maintainer field of the Debian package")

install(TARGETS jamkoll RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
# The PDF reader's child process, found by jamkoll in ../libexec/jamkoll/ (app/command_options.cpp).
install(TARGETS jamkoll-pdf RUNTIME DESTINATION ${CMAKE_INSTALL_LIBEXECDIR}/jamkoll)
install(DIRECTORY ${CMAKE_SOURCE_DIR}/rules ${CMAKE_SOURCE_DIR}/lexicons
        DESTINATION ${CMAKE_INSTALL_DATADIR}/jamkoll)
install(DIRECTORY ${CMAKE_SOURCE_DIR}/packaging/examples/ DESTINATION ${CMAKE_INSTALL_DATADIR}/jamkoll/examples)
install(FILES ${CMAKE_SOURCE_DIR}/README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(DIRECTORY ${CMAKE_SOURCE_DIR}/docs/ DESTINATION ${CMAKE_INSTALL_DOCDIR}/docs)

# jamkoll(1): the version and date come from the project and the source date of the page.
file(TIMESTAMP ${CMAKE_SOURCE_DIR}/packaging/jamkoll.1.in JAMKOLL_MAN_DATE "%Y-%m-%d" UTC)
configure_file(${CMAKE_SOURCE_DIR}/packaging/jamkoll.1.in ${CMAKE_BINARY_DIR}/packaging/jamkoll.1 @ONLY)
file(ARCHIVE_CREATE OUTPUT ${CMAKE_BINARY_DIR}/packaging/jamkoll.1.gz PATHS ${CMAKE_BINARY_DIR}/packaging/jamkoll.1
     FORMAT raw COMPRESSION GZip)
install(FILES ${CMAKE_BINARY_DIR}/packaging/jamkoll.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

set(JAMKOLL_UNITS jamkoll-serve.service jamkoll-watch@.service)
set(JAMKOLL_UNIT_OUT ${CMAKE_BINARY_DIR}/packaging/systemd)
foreach(unit IN LISTS JAMKOLL_UNITS)
  install(CODE "
    set(JAMKOLL_BINARY \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}/jamkoll\")
    configure_file(\"${CMAKE_SOURCE_DIR}/packaging/systemd/${unit}.in\" \"${JAMKOLL_UNIT_OUT}/${unit}\" @ONLY)")
  install(FILES ${JAMKOLL_UNIT_OUT}/${unit} DESTINATION ${JAMKOLL_SYSTEMD_UNIT_DIR})
endforeach()

# The Debian package.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME jamkoll)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT ${JAMKOLL_DEB_MAINTAINER})
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # jamkoll_0.1.0_amd64.deb
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${JAMKOLL_DEB_MAINTAINER})
set(CPACK_DEBIAN_PACKAGE_SECTION text)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "systemd, curl")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "checks Swedish county gender-mainstreaming strategy drafts")
# CPack puts the summary first; this is the long description after it.
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "jamkoll reads drafts of Swedish county strategies for gender mainstreaming
(DOCX, ODT, PDF, HTML, Markdown, text) and tells, with evidence, which
national gender-equality goals, mandated areas and requirements a draft
addresses, only mentions, or misses. It runs as a command-line linter with
exit codes, as a watch folder and as an HTTP service; systemd units for both
are included but not enabled.
.
Svenska: granskar utkast till länsstrategier för jämställdhetsintegrering
mot de jämställdhetspolitiska målen och länsstyrelsernas uppdrag.")
# The runtime libraries from the binary's ELF needs (dpkg-shlibdeps, in dpkg-dev); without it,
# the Debian 12 names of the libraries it links.
find_program(JAMKOLL_DPKG_SHLIBDEPS dpkg-shlibdeps)
if(JAMKOLL_DPKG_SHLIBDEPS)
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
else()
  set(CPACK_DEBIAN_PACKAGE_DEPENDS "libc6, libstdc++6, libgcc-s1, libicu72, libxml2, libre2-9, libzip4, \
libpocofoundation80, libpoconet80, libpoppler-cpp0v5")
endif()
# No service is started or enabled at install: postinst only reloads systemd (and restarts units
# already running, after an upgrade); prerm stops them before a removal.
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    ${CMAKE_SOURCE_DIR}/packaging/debian/postinst ${CMAKE_SOURCE_DIR}/packaging/debian/prerm
    ${CMAKE_SOURCE_DIR}/packaging/debian/postrm)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
