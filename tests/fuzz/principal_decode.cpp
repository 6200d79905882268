// Fuzz principal parsing from text and the consensus decoding of StacksAddress and ContractName from bytes.
// Nothing may crash, and errors carry only the codes the headers promise. A principal that parses must print and
// parse back to the same value; consensus fields that decode must encode back to exactly the bytes they came from.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <variant>

#include "codec/consensus.h"
#include "codec/stacks_address.h"
#include "util/bytes.h"
#include "util/result.h"

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

void CheckText(std::string_view text) {
  auto principal = codec::ParsePrincipal(text);
  CheckCode(principal);
  if (!principal) return;
  const std::string printed = codec::PrincipalToString(*principal);
  auto again = codec::ParsePrincipal(printed);
  Check(again && *again == *principal);
  Check(codec::PrincipalToString(*again) == printed);
  if (const auto* contract = std::get_if<codec::ContractPrincipal>(&*principal)) {
    Check(codec::ValidateContractName(contract->name).has_value());
    Check(codec::ParseContractPrincipal(printed).has_value());
  }
}

// An address then a contract name, as in a contract principal; the name's length limit comes from the first byte.
void CheckConsensus(util::ByteView bytes) {
  if (bytes.empty()) return;
  const size_t max_length = bytes[0] & 1 ? codec::CONTRACT_NAME_MAX_PARSE_LENGTH : codec::CONTRACT_NAME_MAX_LENGTH;
  const util::ByteView wire = bytes.subspan(1);
  codec::ByteReader reader(wire);
  auto address = codec::ReadStacksAddress(reader);
  CheckCode(address);
  if (!address) return;
  Check(address->version <= 31);
  codec::ByteWriter writer;
  codec::WriteStacksAddress(writer, *address);
  Check(writer.size() == reader.position());
  auto name = codec::ReadContractName(reader, max_length);
  CheckCode(name);
  if (name) {
    Check(codec::WriteContractName(writer, *name, max_length).has_value());
    Check(writer.size() == reader.position());
    Check(codec::ParsePrincipal(address->ToString() + "." + *name).has_value());
  }
  Check(std::equal(writer.bytes().begin(), writer.bytes().end(), wire.begin()));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  CheckText(std::string_view(reinterpret_cast<const char*>(data), size));
  CheckConsensus(util::ByteView(data, size));
  return 0;
}
