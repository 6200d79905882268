// Clarity language versions, as a versioned smart-contract payload names them (ClarityVersion in stacks-core
// clarity-types/src/version.rs), and the version each epoch defaults to.
//
// TODO(clarity/types): ClarityVersion is a Clarity concept; move it (and StacksEpochId beneath it) into the Clarity
// layer once that layer defines them, and make this header an alias.
//
// Pure and thread-safe.
#pragma once

#include <cstdint>
#include <string>

#include "chain/epoch.h"
#include "codec/consensus.h"
#include "util/result.h"

namespace stacks::chain {

/// Wire value = version number. Ordered: kClarity1 < kClarity2 < ... .
enum class ClarityVersion : uint8_t {
  kClarity1 = 1,
  kClarity2 = 2,
  kClarity3 = 3,
  kClarity4 = 4,
  kClarity5 = 5,
  kClarity6 = 6,
};

/// The version contracts get in `epoch` when the payload does not name one, and the newest a versioned payload may
/// name (ClarityVersion::default_for_epoch): 1 in 1.0-2.05, 2 in 2.1-2.5, 3 in 3.0-3.2, 4 in 3.3, 5 in 3.4, 6 from 4.0.
ClarityVersion DefaultClarityVersion(StacksEpochId epoch);

/// "Clarity 2"
std::string ClarityVersionName(ClarityVersion version);

/// Layout: one byte, the version number 1..=6.
void WriteClarityVersion(codec::ByteWriter& writer, ClarityVersion version);

/// Errors: truncation as ByteReader; kInvalidArgument "unknown clarity version N" for any other byte.
util::Result<ClarityVersion> ReadClarityVersion(codec::ByteReader& reader);

}  // namespace stacks::chain
