// The contract interface (ABI) as a node serves it at GET /v2/contracts/interface/{address}/{name} (stacks-core
// clarity/src/vm/analysis/contract_interface_builder, serialized by serde_json), built from a finished analysis.
//
// Layout (compact JSON, keys in this order):
//   {"functions":[{"name":N,"access":"private"|"public"|"read_only","args":[{"name":N,"type":T}],
//                  "outputs":{"type":T}}],            private, then public, then read-only, each sorted by name
//    "variables":[{"name":N,"type":T,"access":"constant"|"variable"}],   constants, then data vars, by name
//    "maps":[{"name":N,"key":T,"value":T}],
//    "fungible_tokens":[{"name":N}],
//    "non_fungible_tokens":[{"name":N,"type":T}],
//    "epoch":"Epoch21"|"Epoch2_05"|..., "clarity_version":"Clarity1"|...}
// Types T: "none" (an unknown type), "int128", "uint128", "bool", "principal" (also a literal contract used as a
// callable, and a list union of callables), "trait_reference", {"buffer":{"length":L}},
// {"string-ascii":{"length":L}}, {"string-utf8":{"length":L}}, {"optional":T},
// {"response":{"ok":T,"error":T}}, {"list":{"type":T,"length":L}}, {"tuple":[{"name":N,"type":T}]} (fields by name).
//
// Pure and thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "clarity/analysis/contract_analysis.h"
#include "common/clarity_version.h"
#include "common/epoch.h"

namespace stacks::clarity::analysis {

/// The interface JSON of `analysis` (its function, variable, map and token types; expressions and type map are not
/// read). Cannot fail: every ContractAnalysis has an interface.
std::string ContractInterfaceJson(const ContractAnalysis& analysis);

/// One type as the interface writes it, e.g. `{"buffer":{"length":32}}`.
std::string InterfaceTypeJson(const TypeSignature& type);

/// The epoch's name in the reference's serde form: "Epoch21", "Epoch2_05", "Epoch30"; "unknown" outside the enum.
std::string EpochSerdeName(common::StacksEpochId epoch);

/// "Clarity1" ... "Clarity6".
std::string ClarityVersionSerdeName(common::ClarityVersion version);

}  // namespace stacks::clarity::analysis
