// Clarity versions on the wire: a versioned smart-contract payload names one as a byte (ClarityVersion itself is
// common/clarity_version.h, shared with the Clarity VM). Pure and thread-safe.
#pragma once

#include "codec/consensus.h"
#include "common/clarity_version.h"
#include "util/result.h"

namespace stacks::chain {

using common::ClarityVersion;
using common::ClarityVersionName;
using common::DefaultClarityVersion;

/// Layout: one byte, the version number 1..=6.
void WriteClarityVersion(codec::ByteWriter& writer, ClarityVersion version);

/// Errors: truncation as ByteReader; kInvalidArgument "unknown clarity version N" for any other byte.
util::Result<ClarityVersion> ReadClarityVersion(codec::ByteReader& reader);

}  // namespace stacks::chain
