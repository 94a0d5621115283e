// SPDX-FileCopyrightText: 2026 The Finetuner authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <core/anonymize/piidetector.h>

namespace Finetuner::Core {

/// Links: http://, https:// and ftp:// URLs, "www." hosts, and bare domains whose top-level domain is on a
/// short list of common ones (example.com, shop.example.co.uk/cart) but not file names (report.pdf, node.js).
/// Trailing punctuation that ends the sentence is not part of the link, nor is a closing bracket that opens
/// nowhere inside it. Map links (maps.google.com, google.com/maps, maps.app.goo.gl, goo.gl/maps,
/// maps.apple.com, openstreetmap.org) and anything after WhatsApp's "location: " are Location spans.
/// The value is the link as written.
class UrlDetector final : public PiiDetector
{
public:
    void find(QStringView text, const TextFacts &facts, PiiSpans &out) const override;
};

} // namespace Finetuner::Core
