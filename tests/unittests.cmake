# SPDX-FileCopyrightText: 2026 The Finetuner authors
# SPDX-License-Identifier: GPL-3.0-or-later

# Core's building blocks, each against an independent reference (Qt's decoder and QDateTime, nlohmann/json,
# the seed's own output). Paths are relative to this file, so it can be included from anywhere.
finetuner_add_test(tst_utf8 SOURCES ${CMAKE_CURRENT_LIST_DIR}/core/util/tst_utf8.cpp
                   LIBRARIES finetuner_core finetuner_testutils)
finetuner_add_test(tst_localdatetime SOURCES ${CMAKE_CURRENT_LIST_DIR}/core/model/tst_localdatetime.cpp
                   LIBRARIES finetuner_core finetuner_testutils)
finetuner_add_test(tst_jsonwriter SOURCES ${CMAKE_CURRENT_LIST_DIR}/core/dataset/tst_jsonwriter.cpp
                   LIBRARIES finetuner_core finetuner_testutils)
finetuner_add_test(tst_seedconverter SOURCES ${CMAKE_CURRENT_LIST_DIR}/core/dataset/tst_seedconverter.cpp
                   LIBRARIES finetuner_core finetuner_testutils)
finetuner_add_test(tst_dataset SOURCES ${CMAKE_CURRENT_LIST_DIR}/core/dataset/tst_dataset.cpp
                   LIBRARIES finetuner_core finetuner_testutils)
finetuner_add_test(tst_labeling SOURCES ${CMAKE_CURRENT_LIST_DIR}/core/label/tst_labeling.cpp
                   LIBRARIES finetuner_core finetuner_testutils)
finetuner_add_test(tst_exportformat SOURCES ${CMAKE_CURRENT_LIST_DIR}/core/dataset/tst_exportformat.cpp
                   LIBRARIES finetuner_core finetuner_testutils)

# The tokenizers against tiktoken and gpt-tokenizer run with node (installed by scripts/setup-deps).
finetuner_add_test(tst_tokenizer SOURCES ${CMAKE_CURRENT_LIST_DIR}/core/tokenize/tst_tokenizer.cpp
                   LIBRARIES finetuner_core finetuner_testutils)
finetuner_add_test(tst_piidetectors SOURCES ${CMAKE_CURRENT_LIST_DIR}/core/anonymize/tst_piidetectors.cpp
                   LIBRARIES finetuner_core finetuner_testutils)
finetuner_add_test(tst_piicorpus SOURCES ${CMAKE_CURRENT_LIST_DIR}/core/anonymize/tst_piicorpus.cpp
                   LIBRARIES finetuner_core finetuner_piicorpus finetuner_testutils)
finetuner_add_test(tst_namecorpus SOURCES ${CMAKE_CURRENT_LIST_DIR}/core/anonymize/tst_namecorpus.cpp
                   LIBRARIES finetuner_core finetuner_piicorpus finetuner_testutils)
finetuner_add_test(tst_piioperator SOURCES ${CMAKE_CURRENT_LIST_DIR}/core/anonymize/tst_piioperator.cpp
                   LIBRARIES finetuner_core finetuner_piicorpus finetuner_testutils)
finetuner_add_test(tst_datasetstatistics SOURCES ${CMAKE_CURRENT_LIST_DIR}/core/stats/tst_datasetstatistics.cpp
                   LIBRARIES finetuner_core finetuner_testutils)
finetuner_add_test(tst_validator SOURCES ${CMAKE_CURRENT_LIST_DIR}/core/validate/tst_validator.cpp
                   LIBRARIES finetuner_core finetuner_testutils)
finetuner_add_test(tst_fixer SOURCES ${CMAKE_CURRENT_LIST_DIR}/core/validate/tst_fixer.cpp
                   LIBRARIES finetuner_core finetuner_testutils)
finetuner_add_test(tst_leakcheck SOURCES ${CMAKE_CURRENT_LIST_DIR}/core/anonymize/tst_leakcheck.cpp
                   LIBRARIES finetuner_core finetuner_testutils)
finetuner_add_test(tst_identity SOURCES ${CMAKE_CURRENT_LIST_DIR}/core/anonymize/tst_identity.cpp
                   LIBRARIES finetuner_core finetuner_testutils)
finetuner_add_test(tst_anonymizer SOURCES ${CMAKE_CURRENT_LIST_DIR}/core/anonymize/tst_anonymizer.cpp
                   LIBRARIES finetuner_core finetuner_testutils)
