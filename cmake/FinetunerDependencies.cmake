# SPDX-FileCopyrightText: 2026 The Finetuner authors
# SPDX-License-Identifier: GPL-3.0-or-later

# libphonenumber (libphonenumber-dev) ships neither a CMake config nor a pkg-config file; its shared library
# carries its own dependencies (protobuf, ICU, abseil), so -lphonenumber alone links.
find_path(PHONENUMBER_INCLUDE_DIR phonenumbers/phonenumbermatcher.h)
find_library(PHONENUMBER_LIBRARY phonenumber)
if(NOT PHONENUMBER_INCLUDE_DIR OR NOT PHONENUMBER_LIBRARY)
    message(FATAL_ERROR "libphonenumber not found: install libphonenumber-dev (scripts/setup-deps does)")
endif()
add_library(PhoneNumber::PhoneNumber UNKNOWN IMPORTED)
set_target_properties(PhoneNumber::PhoneNumber PROPERTIES
    IMPORTED_LOCATION "${PHONENUMBER_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${PHONENUMBER_INCLUDE_DIR}")

# RE2 (libre2-dev): Debian 12's has a pkg-config file but no CMake config; find it the same way.
find_path(RE2_INCLUDE_DIR re2/re2.h)
find_library(RE2_LIBRARY re2)
if(NOT RE2_INCLUDE_DIR OR NOT RE2_LIBRARY)
    message(FATAL_ERROR "RE2 not found: install libre2-dev (scripts/setup-deps does)")
endif()
find_package(Threads REQUIRED)
add_library(RE2::RE2 UNKNOWN IMPORTED)
set_target_properties(RE2::RE2 PROPERTIES
    IMPORTED_LOCATION "${RE2_LIBRARY}"
    INTERFACE_INCLUDE_DIRECTORIES "${RE2_INCLUDE_DIR}"
    INTERFACE_LINK_LIBRARIES Threads::Threads)
