// Internal to stacks_config: the decoder of each section, and helpers shared by them. Each decoder reads its keys
// through a TableReader (recording errors and ignored keys) into a struct already holding the defaults; the caller
// calls Finish() on the reader afterwards.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "config/atlas_settings.h"
#include "config/burnchain_settings.h"
#include "config/connection_settings.h"
#include "config/detail/toml_reader.h"
#include "config/fee_estimation_settings.h"
#include "config/miner_settings.h"
#include "config/node_settings.h"
#include "util/result.h"

namespace stacks::config::detail {

/// Reads a string key and converts it with `parse` (string_view -> util::Result<T>). On a failed conversion records
/// "<path>: <expected>: <error message> (line N)", never echoing the value.
template <typename T, typename Parse>
bool ReadParsed(TableReader& reader, std::string_view key, std::string_view expected, Parse parse, T& out,
                bool secret = false) {
  std::string text;
  if (!reader.String(key, text, secret)) return false;
  auto parsed = parse(std::string_view(text));
  if (!parsed) {
    reader.Fail(key, *reader.Take(key), std::string(expected) + ": " + parsed.error().message);
    return false;
  }
  out = std::move(*parsed);
  return true;
}

/// The comma-separated parts of `text`, empty ones included ("a,,b" gives "a", "", "b"); views into `text`.
std::vector<std::string_view> SplitCommas(std::string_view text);

void DecodeBurnchain(TableReader& reader, BurnchainSettings& burnchain);
void DecodeNode(TableReader& reader, NodeSettings& node);
/// `node` supplies the default mining key (node.seed), as the reference does when a [miner] section exists.
void DecodeMiner(TableReader& reader, const NodeSettings& node, MinerSettings& miner);
void DecodeConnection(TableReader& reader, bool mainnet, ConnectionSettings& connection);
void DecodeFeeEstimation(TableReader& reader, FeeEstimationSettings& fee_estimation);
void DecodeAtlas(TableReader& reader, AtlasSettings& atlas);

}  // namespace stacks::config::detail
