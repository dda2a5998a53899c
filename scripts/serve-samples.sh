#!/usr/bin/env bash
# Runs `vf serve` on an embedded store holding the sample data (samples/data/*), creating the store on first use.
# The samples are replayed through the VF rules (`vf import --replay`, DECISIONS 8), so resource quantities and
# locations are what the server derives from their events. Extra arguments go to `vf serve`.
set -euo pipefail
cd "$(dirname "$0")/.."
data="${VF_SAMPLES_DATA:-vf-data-samples}"
dotnet build src/ValueFlows.Cli -c Release -v quiet -nologo >/dev/null
vf=(dotnet src/ValueFlows.Cli/bin/Release/net10.0/vf.dll)
if [ ! -d "$data" ]; then
  "${vf[@]}" import --replay samples/data/*.ttl --data "$data"
fi
exec "${vf[@]}" serve --data "$data" "$@"
