// The single list of the RPC endpoints this node serves (as register_rpc_methods in stackslib/src/net/api/mod.rs).
// docs/RPC.md describes each one.
#pragma once

#include <vector>

#include "net/router.h"
#include "net/rpc_backend.h"

namespace stacks::net::api {

/// Every endpoint's route, in the reference's registration order (which orders the Allow list of a 405).
/// `backend` must outlive the routes; the routes call it from any thread.
std::vector<Route> RpcRoutes(RpcBackend& backend);

}  // namespace stacks::net::api
