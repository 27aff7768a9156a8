#!/usr/bin/env bash
# Times validator generation (poolspec-maven-plugin's generator, without Maven start-up) against
# openapi-generator's java client generation (openapi-generator-cli, java/native), on the pools spec and on a
# 50x larger synthetic copy. Needs: ./mvnw -B -ntp -Pbenchmarks package -pl benchmarks (benchmarks.jar) and
# hyperfine (apt-get install hyperfine; falls back to a plain loop).
set -euo pipefail
cd "$(dirname "$0")/.."
T=benchmarks/target
SPEC=$T/spec/openapi/pools-api.json
OAG_VERSION=$(sed -n 's|.*<openapi-generator.version>\(.*\)</openapi-generator.version>.*|\1|p' pom.xml)
OAG=$T/openapi-generator-cli-$OAG_VERSION.jar
[ -f "$OAG" ] || ./mvnw -B -ntp -q dependency:copy -Dartifact=org.openapitools:openapi-generator-cli:$OAG_VERSION \
  -DoutputDirectory=$T -N >/dev/null
java -cp $T/benchmarks.jar dev.poolspec.benchmarks.SyntheticSpec "$SPEC" $T/pools-api-50x.json 50
run() { # name, spec
  local ours="rm -rf $T/gen-ours && java -cp $T/benchmarks.jar dev.poolspec.benchmarks.GenerateValidators $2 $T/gen-ours"
  local oag="rm -rf $T/gen-oag && java -jar $OAG generate -g java --library native -i $2 -o $T/gen-oag \
    --global-property skipFormModel=true,apiTests=false,modelTests=false,apiDocs=false,modelDocs=false >/dev/null"
  if command -v hyperfine >/dev/null; then
    hyperfine -w 1 -r "${RUNS:-5}" -N --export-markdown $T/generation-$1.md -n "poolspec ($1)" "bash -c '$ours'" \
      -n "openapi-generator java ($1)" "bash -c '$oag'"
  else
    for cmd in "$ours" "$oag"; do
      start=$(date +%s%N); bash -c "$cmd" >/dev/null; end=$(date +%s%N)
      echo "$1: $(( (end - start) / 1000000 )) ms  <- ${cmd:0:60}"
    done
  fi
}
run 1x "$SPEC"
run 50x $T/pools-api-50x.json
