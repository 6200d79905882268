// The [fee_estimation] section: how the node estimates transaction costs and fee rates for /v2/fees. Keys, types
// and defaults are stacks-core's FeeEstimationConfigFile (stackslib/src/config/mod.rs); docs/CONFIG.md documents
// each key.
#pragma once

#include <cstdint>

namespace stacks::config {

/// fee_estimation.fee_estimator: "scalar_fee_rate" or "fuzzed_weighted_median_fee_rate" (any case).
enum class FeeEstimator { kScalarFeeRate, kFuzzedWeightedMedianFeeRate };

inline constexpr double DEFAULT_FEE_RATE_FUZZER_FRACTION = 0.1;
inline constexpr uint64_t DEFAULT_FEE_RATE_WINDOW_SIZE = 5;

/// The [fee_estimation] section. cost_estimator ("naive_pessimistic") and cost_metric ("proportion_dot_product")
/// each have one accepted value, so they are checked but not stored.
struct FeeEstimationSettings {
  bool disabled{false};                                      //!< disabled: no estimation at all (unit estimators).
  FeeEstimator fee_estimator{FeeEstimator::kScalarFeeRate};  //!< fee_estimator.
  bool log_error{false};                                     //!< log_error: log estimation failures.
  double fee_rate_fuzzer_fraction{DEFAULT_FEE_RATE_FUZZER_FRACTION};  //!< Noise for the fuzzed estimator, 0..1.
  uint64_t fee_rate_window_size{DEFAULT_FEE_RATE_WINDOW_SIZE};        //!< Blocks the weighted median looks back.

  bool operator==(const FeeEstimationSettings&) const = default;
};

}  // namespace stacks::config
