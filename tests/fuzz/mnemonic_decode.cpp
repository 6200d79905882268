// Fuzz BIP39 mnemonic decoding and BIP32 path parsing/derivation with the same bytes.
// Neither may crash; a mnemonic that decodes must encode back to itself (up to whitespace) and decode again to the
// same entropy; a path that parses must derive to a key of the matching depth.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "crypto/bip32.h"
#include "crypto/bip39.h"
#include "util/result.h"

namespace {

using namespace stacks;

// Words separated by single spaces: the form EntropyToMnemonic writes.
std::string Canonical(std::string_view text) {
  std::string out;
  size_t i = 0;
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; };
  while (i < text.size()) {
    while (i < text.size() && space(text[i])) ++i;
    size_t start = i;
    while (i < text.size() && !space(text[i])) ++i;
    if (i > start) {
      if (!out.empty()) out += ' ';
      out.append(text.substr(start, i - start));
    }
  }
  return out;
}

void CheckMnemonic(std::string_view text) {
  auto entropy = crypto::MnemonicToEntropy(text);
  if (!entropy) {
    if (entropy.error().code != util::ErrorCode::kInvalidArgument) std::abort();
    return;
  }
  auto mnemonic = crypto::EntropyToMnemonic(*entropy);
  if (!mnemonic || *mnemonic != Canonical(text)) std::abort();
  auto again = crypto::MnemonicToEntropy(*mnemonic);
  if (!again || *again != *entropy) std::abort();
}

void CheckPath(std::string_view text) {
  static const crypto::ExtendedPrivateKey master =
      crypto::ExtendedPrivateKey::FromSeed(util::AsBytes("stacks-cpp fuzz seed 0123456789")).value();
  auto indices = crypto::ParseDerivationPath(text);
  auto key = master.DerivePath(text);
  if (indices.has_value() != key.has_value()) std::abort();
  if (!indices) {
    if (!(indices.error() == key.error())) std::abort();
    auto code = indices.error().code;
    if (code != util::ErrorCode::kInvalidArgument && code != util::ErrorCode::kResourceExhausted) std::abort();
    return;
  }
  if (key->depth != indices->size()) std::abort();
  if (!indices->empty() && key->child_number != indices->back()) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  CheckMnemonic(text);
  CheckPath(text);
  return 0;
}
