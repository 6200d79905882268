#!/usr/bin/env bash
# Installs what building and testing stacks-cpp needs on Debian (12 or later), as root:
# the compiler toolchain and libraries from Debian's packages, and the interop tests' npm packages from
# tests/interop/package-lock.json. Safe to run again: it installs only what is missing.
#
#   scripts/setup.sh           build and test dependencies
#   scripts/setup.sh --no-npm  skip the npm packages (for `make run`)
set -euo pipefail

want_npm=1
[ "${1:-}" = "--no-npm" ] && want_npm=0

packages=(
  build-essential cmake ninja-build pkg-config ccache git
  clang libclang-rt-dev
  libssl-dev libsecp256k1-dev libsodium-dev libsqlite3-dev libjemalloc-dev libxxhash-dev
  nlohmann-json3-dev libcpp-httplib-dev libtomlplusplus-dev libcli11-dev libspdlog-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  libedit-dev
)
if [ "$want_npm" = 1 ]; then
  packages+=(nodejs npm)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# node and npm may come from elsewhere than Debian's packages (e.g. a newer install); accept those.
if command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1; then
  missing=("${missing[@]/nodejs/}")
  missing=("${missing[@]/npm/}")
fi
to_install=()
for p in "${missing[@]}"; do [ -n "$p" ] && to_install+=("$p"); done
if [ "${#to_install[@]}" -gt 0 ]; then
  echo "setup: installing Debian packages: ${to_install[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${to_install[@]}"
else
  echo "setup: Debian packages present"
fi

if [ "$want_npm" = 1 ]; then
  dir="$(cd "$(dirname "$0")/.." && pwd)/tests/interop"
  stamp="$dir/node_modules/.lock-sha256"
  want=$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)
  if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    echo "setup: installing npm packages for interop tests (npm ci)"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
    echo "$want" >"$stamp"
  else
    echo "setup: npm packages present"
  fi
fi
