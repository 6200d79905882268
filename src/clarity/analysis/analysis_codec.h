// How a contract's analysis is stored (the value of its metadata entry "analysis"): our own JSON document, since the
// entry is not consensus data (the reference stores serde JSON of its own structs, read only by the node that wrote
// it). The expressions and the type map are not stored, as in the reference.
//
// Layout (compact JSON, keys in this order):
//   {"format":1,"contract_identifier":"SP....name","clarity_version":"Clarity2","epoch":"Epoch21",
//    "private_function_types":{NAME:{"args":[[ARG,T],...],"returns":T}},"public_function_types":{...},
//    "read_only_function_types":{...},"variable_types":{NAME:T},"persisted_variable_types":{NAME:T},
//    "map_types":{NAME:[KEY_T,VALUE_T]},"fungible_tokens":[NAME,...],"non_fungible_tokens":{NAME:T},
//    "defined_traits":{TRAIT:{METHOD:{"args":[T,...],"returns":T}}},"implemented_traits":["SP....c.trait",...]}
// Types T: "notype", "int", "uint", "bool", "principal", {"buff":L}, {"string-ascii":L}, {"string-utf8":L},
//   {"optional":T}, {"response":[T,T]}, {"list":[T,L]}, {"tuple":[[NAME,T],...]}, {"callable-principal":"SP....c"},
//   {"callable-trait":"SP....c.t"}, {"trait-reference":"SP....c.t"},
//   {"list-union":[{"contract":"SP....c"} | {"trait":"SP....c.t"},...]}.
//
// Pure and thread-safe.
#pragma once

#include <string>
#include <string_view>

#include "clarity/analysis/contract_analysis.h"
#include "util/result.h"

namespace stacks::clarity::analysis {

/// The stored form of `analysis` (without expressions and type map). Cannot fail.
std::string EncodeAnalysis(const ContractAnalysis& analysis);

/// Reads back what EncodeAnalysis wrote; expressions and type map are empty. Errors: kCorruption naming the first
/// thing wrong (not JSON, another format, a missing or ill-typed field, a bad principal, name or type, a type too
/// large or too deep, a duplicate name); never a crash on any input. Type nesting is bounded (MAX_TYPE_DEPTH), so
/// the recursion is too.
util::Result<ContractAnalysis> DecodeAnalysis(std::string_view text);

}  // namespace stacks::clarity::analysis
