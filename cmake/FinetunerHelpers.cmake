# SPDX-FileCopyrightText: 2026 The Finetuner authors
# SPDX-License-Identifier: GPL-3.0-or-later

# Warnings for every target of ours; CI turns them into errors (CMAKE_COMPILE_WARNING_AS_ERROR),
# user builds keep going on a newer compiler.
function(finetuner_set_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor)
    if(FINETUNER_SANITIZE)
        target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer
                                                 -fno-sanitize-recover=undefined)
        target_link_options(${target} PRIVATE -fsanitize=address,undefined)
    endif()
endfunction()

# A Qt Test executable registered with CTest, run offscreen so GUI tests need no display.
function(finetuner_add_test name)
    cmake_parse_arguments(ARG "" "" "SOURCES;LIBRARIES" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    target_link_libraries(${name} PRIVATE ${ARG_LIBRARIES} Qt6::Test)
    target_compile_definitions(${name} PRIVATE
        FINETUNER_TEST_DATA="${PROJECT_SOURCE_DIR}/tests/data"
        FINETUNER_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
    finetuner_set_warnings(${name})
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
endfunction()
