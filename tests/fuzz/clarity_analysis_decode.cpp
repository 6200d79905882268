// Fuzz the stored form of a contract's analysis (clarity/analysis/analysis_codec.h) with arbitrary bytes, as a
// corrupted metadata entry would present them.
//
// Nothing may crash. A refusal is kCorruption with a message starting "analysis: ". An entry that decodes encodes
// to a canonical form that decodes to the same analysis and encodes to the same text again, and its contract
// interface can be built.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "clarity/analysis/analysis_codec.h"
#include "clarity/analysis/contract_interface.h"

namespace {

void Check(bool condition) {
  if (!condition) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace stacks;
  using namespace stacks::clarity::analysis;
  const std::string_view text(reinterpret_cast<const char*>(data), size);

  util::Result<ContractAnalysis> decoded = DecodeAnalysis(text);
  if (!decoded) {
    Check(decoded.error().code == util::ErrorCode::kCorruption);
    Check(decoded.error().message.rfind("analysis: ", 0) == 0);
    return 0;
  }
  const std::string canonical = EncodeAnalysis(*decoded);
  util::Result<ContractAnalysis> again = DecodeAnalysis(canonical);
  Check(again.has_value());
  Check(EncodeAnalysis(*again) == canonical);
  Check(again->public_function_types == decoded->public_function_types);
  Check(again->defined_traits == decoded->defined_traits);
  Check(!ContractInterfaceJson(*again).empty());
  return 0;
}
