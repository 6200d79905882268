// Shared by the endpoint files under net/api/: each file's route maker, and the reference's error and hex
// conventions. Internal to stacks_net.
#pragma once

#include <regex>
#include <string>
#include <string_view>

#include "net/http_message.h"
#include "net/router.h"
#include "net/rpc_backend.h"
#include "util/bytes.h"
#include "util/result.h"

namespace stacks::net::api {

// One maker per endpoint; `backend` must outlive the route.
Route GetInfoRoute(RpcBackend& backend);
Route GetAccountRoute(RpcBackend& backend);
Route GetTransferFeeRoute(RpcBackend& backend);
Route PostTransactionRoute(RpcBackend& backend);
Route GetUnconfirmedTransactionRoute(RpcBackend& backend);
Route GetBlockRoute(RpcBackend& backend);
Route GetBlockByHeightRoute(RpcBackend& backend);
Route GetTenureInfoRoute(RpcBackend& backend);
Route GetSortitionsRoute(RpcBackend& backend);
Route GetPoxInfoRoute(RpcBackend& backend);

/// A route whose permissive pattern is its strict one (where the reference's loosening falls back).
Route MakeRoute(std::string method, const std::string& pattern, RouteHandler handler);
/// A route with an explicit permissive pattern.
Route MakeRoute(std::string method, const std::string& pattern, const std::string& permissive, RouteHandler handler);

/// 400 text "Failed to decode: <message>" (Error::DecodeError in the reference).
HttpResponse DecodeError(std::string_view message);
/// True when the request carries a body (the GET endpoints refuse one, each with its own message).
bool HasBody(const HttpRequest& request);
/// 404 text.
HttpResponse NotFound(std::string message);
/// 500 text.
HttpResponse ServerError(std::string message);
/// 404 with `not_found_message` for kNotFound, 400 for kInvalidArgument, else 500 with the error's message.
HttpResponse BackendError(const util::Error& error, std::string not_found_message);

/// Lower-case hex without a prefix (how the reference serializes its hash types).
std::string Hex(util::ByteView bytes);
/// "0x" + lower-case hex.
std::string PrefixedHex(util::ByteView bytes);
/// A u128 as "0x" + 32 hex digits, big-endian (the account balance format).
std::string U128Hex(unsigned __int128 value);

}  // namespace stacks::net::api
