#!/usr/bin/env bash
# Builds and runs every test of the solution in Release, then prints one summary line:
#   N passed, N failed[, N skipped]
# Works on a fresh machine with the .NET 10 SDK: it restores NuGet packages itself.
set -uo pipefail
cd "$(dirname "$0")/.."

# The GraphQL schema check runs the pinned @valueflows/vf-graphql validate() with node: install its lockfile once.
if [ ! -d tests/graphql-schema/node_modules ]; then
  npm ci --prefix tests/graphql-schema --no-audit --no-fund
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT

dotnet test ValueFlows.sln -c Release --nologo "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# Each test assembly prints "Passed!  - Failed: F, Passed: P, Skipped: S, Total: T" (or "Failed!  - …").
read -r passed failed skipped < <(awk '
  /^(Passed|Failed)!  - / {
    for (i = 1; i <= NF; i++) {
      v = $(i + 1); gsub(",", "", v)
      if ($i == "Failed:") f += v
      if ($i == "Passed:") p += v
      if ($i == "Skipped:") s += v
    }
  }
  END { print p + 0, f + 0, s + 0 }' "$log")

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  # A build error or a crashed test host prints no per-test failure; never report it as green.
  echo "dotnet test exited with $status without a failing test: counting the run as failed." >&2
  failed=1
fi

if [ "$skipped" -gt 0 ]; then
  echo "$passed passed, $failed failed, $skipped skipped"
else
  echo "$passed passed, $failed failed"
fi
[ "$failed" -eq 0 ]
