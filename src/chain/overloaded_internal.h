// Overloaded{lambdas...}: one visitor for std::visit from several lambdas. Internal to src/chain.
#pragma once

namespace stacks::chain::internal {

template <class... Ts>
struct Overloaded : Ts... {
  using Ts::operator()...;
};
// Needed by clang before 17, which does not deduce aggregate template arguments on its own.
template <class... Ts>
Overloaded(Ts...) -> Overloaded<Ts...>;

}  // namespace stacks::chain::internal
