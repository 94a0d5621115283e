# SPDX-FileCopyrightText: 2026 The Finetuner authors
# SPDX-License-Identifier: GPL-3.0-or-later

# Import in the background, the date-order question, and the user's settings. Paths are relative to this file,
# so it can be included from anywhere.
finetuner_add_test(tst_importcontroller SOURCES ${CMAKE_CURRENT_LIST_DIR}/app/tst_importcontroller.cpp
                   LIBRARIES finetuner_app finetuner_testutils)
finetuner_add_test(tst_appsettings SOURCES ${CMAKE_CURRENT_LIST_DIR}/app/tst_appsettings.cpp
                   LIBRARIES finetuner_app finetuner_testutils)
