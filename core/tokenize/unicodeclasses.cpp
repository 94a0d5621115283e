// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "unicodeclasses.h"

#include <array>
#include <map>
#include <string>
#include <vector>

namespace Finetuner::Core::Tokenize {

namespace {

struct Run
{
    char32_t first;
    CharClass charClass;
};

constexpr Run Runs[] = {
#include "unicodeclasses.inc"
};

constexpr char32_t CodePointCount = 0x110000;
constexpr int BlockBits = CharClassTable::BlockBits;
constexpr char32_t BlockSize = 1u << BlockBits;

struct Table
{
    std::vector<std::uint16_t> blockOf;
    std::vector<CharClass> classes;

    Table()
    {
        std::vector<CharClass> flat(CodePointCount, Other);
        constexpr size_t runCount = sizeof(Runs) / sizeof(Runs[0]);
        for (size_t i = 0; i < runCount; ++i) {
            const char32_t end = i + 1 < runCount ? Runs[i + 1].first : CodePointCount;
            for (char32_t c = Runs[i].first; c < end; ++c)
                flat[c] = Runs[i].charClass;
        }
        std::map<std::string, std::uint16_t> seen;
        blockOf.resize(CodePointCount / BlockSize);
        for (char32_t block = 0; block < CodePointCount / BlockSize; ++block) {
            const auto *begin = reinterpret_cast<const char *>(flat.data() + block * BlockSize);
            const auto [it, inserted] = seen.emplace(std::string(begin, BlockSize), std::uint16_t(seen.size()));
            if (inserted)
                classes.insert(classes.end(), flat.begin() + block * BlockSize, flat.begin() + (block + 1) * BlockSize);
            blockOf[block] = it->second;
        }
    }
};

} // namespace

const CharClassTable &charClassTable()
{
    static const Table table; // thread-safe initialisation
    static const CharClassTable lookup{table.blockOf.data(), table.classes.data()};
    return lookup;
}

} // namespace Finetuner::Core::Tokenize
