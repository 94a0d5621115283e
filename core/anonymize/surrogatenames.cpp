// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "surrogatenames.h"

namespace Finetuner::Core {

using namespace Qt::StringLiterals;

const QStringList &surrogateNames()
{
    static const QStringList names = {
        u"Alex"_s,    u"Sam"_s,     u"Noor"_s,    u"Kai"_s,     u"Lena"_s,    u"Tomás"_s,   u"Yuki"_s,
        u"Priya"_s,   u"Jonas"_s,   u"Amara"_s,   u"Mateo"_s,   u"Ingrid"_s,  u"Ravi"_s,    u"Leila"_s,
        u"Oskar"_s,   u"Mei"_s,     u"Diego"_s,   u"Freya"_s,   u"Tariq"_s,   u"Elif"_s,    u"Henrik"_s,
        u"Zara"_s,    u"Pavel"_s,   u"Ayla"_s,    u"Bruno"_s,   u"Chiara"_s,  u"Dmitri"_s,  u"Esme"_s,
        u"Farid"_s,   u"Greta"_s,   u"Hugo"_s,    u"Ines"_s,    u"Jasper"_s,  u"Keiko"_s,   u"Lorenzo"_s,
        u"Maren"_s,   u"Nikolai"_s, u"Olga"_s,    u"Rafael"_s,  u"Sanne"_s,   u"Teodor"_s,  u"Ulla"_s,
        u"Viggo"_s,   u"Wanda"_s,   u"Ximena"_s,  u"Yusuf"_s,   u"Zofia"_s,   u"Anouk"_s,   u"Bodhi"_s,
        u"Cyrus"_s,   u"Dalia"_s,   u"Emil"_s,    u"Fatima"_s,  u"Gideon"_s,  u"Hanna"_s,   u"Idris"_s,
        u"Juno"_s,    u"Kofi"_s,    u"Linnea"_s,  u"Milo"_s,    u"Nadia"_s,   u"Orla"_s,    u"Pia"_s,
        u"Quentin"_s, u"Rosalind"_s, u"Sven"_s,   u"Thea"_s,    u"Umar"_s,    u"Vera"_s,    u"Wim"_s,
        u"Yara"_s,    u"Zeno"_s,    u"Aiko"_s,    u"Benedikt"_s, u"Carmen"_s, u"Darius"_s,  u"Elena"_s,
        u"Fabian"_s,  u"Gaia"_s,    u"Hamid"_s,   u"Isolde"_s,  u"Joaquín"_s, u"Kirsten"_s, u"Luca"_s,
        u"Mira"_s,    u"Nils"_s,    u"Odile"_s,   u"Pietro"_s,  u"Rania"_s,   u"Stellan"_s, u"Tamsin"_s,
        u"Uriel"_s,   u"Valentina"_s, u"Wendell"_s, u"Yannick"_s, u"Zuzana"_s,
    };
    return names;
}

} // namespace Finetuner::Core
