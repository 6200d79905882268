#include "net/api/registry.h"

#include "net/api/api_internal.h"

namespace stacks::net::api {

std::vector<Route> RpcRoutes(RpcBackend& backend) {
  std::vector<Route> routes;
  routes.push_back(GetAccountRoute(backend));
  routes.push_back(GetBlockRoute(backend));
  routes.push_back(GetBlockByHeightRoute(backend));
  routes.push_back(GetInfoRoute(backend));
  routes.push_back(GetTransferFeeRoute(backend));
  routes.push_back(GetPoxInfoRoute(backend));
  routes.push_back(GetSortitionsRoute(backend));
  routes.push_back(GetTenureInfoRoute(backend));
  routes.push_back(GetUnconfirmedTransactionRoute(backend));
  routes.push_back(PostTransactionRoute(backend));
  return routes;
}

}  // namespace stacks::net::api
