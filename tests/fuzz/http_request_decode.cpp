// Fuzz the RPC's own request decoding: routing of any method and path through every endpoint (path parameters,
// principals, hex, heights, sortition keys, ?tip= and ?proof=), and POST /v2/transactions bodies of either content
// type. Input layout: byte 0 picks the method and content type; the rest is "path\nquery-value\nbody".
// Nothing may crash; every response has a status the reference uses; decoder errors carry only the codes the
// headers promise; a posted transaction that decodes has the txid of its canonical serialization.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "chain/transaction.h"
#include "crypto/hash.h"
#include "net/api/registry.h"
#include "net/request_decode.h"
#include "net/router.h"
#include "net/rpc_backend.h"

namespace {

using namespace stacks;

void Check(bool ok) {
  if (!ok) std::abort();
}

template <typename T>
void CheckCode(const util::Result<T>& r) {
  if (!r) {
    Check(r.error().code == util::ErrorCode::kInvalidArgument || r.error().code == util::ErrorCode::kResourceExhausted);
  }
}

// Answers every call with an empty value, so that each handler runs to its JSON.
class NullBackend : public net::RpcBackend {
 public:
  util::Result<net::NodeInfo> GetNodeInfo() override { return net::NodeInfo{}; }
  util::Result<net::AccountEntry> GetAccount(const codec::Principal&, const net::TipRequest&, bool) override {
    return net::AccountEntry{};
  }
  util::Result<uint64_t> GetTransferFeeRate() override { return uint64_t{1}; }
  util::Result<net::MempoolOutcome> SubmitTransaction(const chain::Transaction&,
                                                      const std::optional<util::Bytes>&) override {
    return net::MempoolOutcome{net::MempoolAccepted{}};
  }
  util::Result<net::UnconfirmedTransaction> GetUnconfirmedTransaction(const chain::Txid&) override {
    return util::NotFound("none");
  }
  util::Result<util::Bytes> GetNakamotoBlock(const chain::StacksBlockId&) override { return util::Bytes{}; }
  util::Result<util::Bytes> GetNakamotoBlockByHeight(uint64_t, const net::TipRequest&) override {
    return util::Bytes{};
  }
  util::Result<net::TenureInfo> GetTenureInfo() override { return net::TenureInfo{}; }
  util::Result<std::vector<net::SortitionInfo>> GetSortitions(const net::SortitionQuery&) override {
    return std::vector<net::SortitionInfo>{net::SortitionInfo{}};
  }
  util::Result<net::PoxInfo> GetPoxInfo(const net::TipRequest&) override { return net::PoxInfo{}; }
};

constexpr const char* kMethods[] = {"GET", "POST", "PUT", "DELETE", "OPTIONS", "HEAD"};
constexpr const char* kContentTypes[] = {
    "application/octet-stream", "application/json", "application/json; charset=utf-8", "text/plain", "image/png", ""};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static NullBackend backend;
  static const net::Router router(net::api::RpcRoutes(backend));
  if (size == 0) return 0;
  const std::string_view input(reinterpret_cast<const char*>(data) + 1, size - 1);
  const size_t path_end = std::min(input.find('\n'), input.size());
  const std::string_view path = input.substr(0, path_end);
  const std::string_view rest = input.substr(std::min(path_end + 1, input.size()));
  const size_t value_end = std::min(rest.find('\n'), rest.size());
  const std::string_view value = rest.substr(0, value_end);
  const std::string_view body = rest.substr(std::min(value_end + 1, rest.size()));

  net::HttpRequest request;
  request.method = kMethods[data[0] % 6];
  request.path = std::string(path);
  if (data[0] & 0x40) request.query["tip"] = std::string(value);
  if (data[0] & 0x80) request.query["proof"] = std::string(value);
  const char* content_type = kContentTypes[(data[0] >> 3) % 6];
  if (*content_type != '\0') request.content_type = content_type;
  request.body = std::string(body);
  request.content_length = request.body.size();
  const net::HttpResponse response = router.Dispatch(request);
  Check(response.status == 200 || response.status == 400 || response.status == 404 || response.status == 405 ||
        response.status == 500);

  (void)net::ParseTipRequest(value);
  (void)net::ParseWithProof(value);
  CheckCode(net::ParseU64(value));
  CheckCode(net::ParseFixedHex(value, 32));
  CheckCode(net::ParseSortitionQuery(path, value));
  auto posted = net::DecodePostedTransaction(request.content_type, body);
  CheckCode(posted);
  if (posted) Check(posted->tx.txid() == crypto::Sha512_256(chain::SerializeTransaction(posted->tx)));
  return 0;
}
