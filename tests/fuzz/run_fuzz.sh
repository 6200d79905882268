#!/bin/sh
# run_fuzz.sh BINARY WORK_CORPUS SEED_CORPUS SECONDS
# Runs one libFuzzer target for SECONDS, growing WORK_CORPUS from SEED_CORPUS (if it exists). Exits non-zero on any
# crash, sanitizer report, leak, timeout or out-of-memory, as libFuzzer does.
set -eu
bin=$1 work=$2 seed=$3 seconds=$4
mkdir -p "$work"
artifacts="$work/../artifacts-$(basename "$bin")/"
mkdir -p "$artifacts"
if [ -d "$seed" ]; then
  set -- "$work" "$seed"
else
  set -- "$work"
fi
exec "$bin" -max_total_time="$seconds" -rss_limit_mb=2048 -max_len=4096 -timeout=10 -print_final_stats=1 \
  -artifact_prefix="$artifacts" "$@"
