#!/usr/bin/env bash
# Times validator generation (poolspec-maven-plugin's generator, without Maven start-up) against openapi-generator's
# java client generation (openapi-generator-cli, -g java --library native), both as fresh JVMs with default options,
# on the pools spec and on Stripe's public OpenAPI 3.0 spec (vendored, src/main/resources/third-party/stripe) at
# 1x, 2x and 4x its size (SyntheticSpec copies every schema and path). Needs:
#   ./mvnw -B -ntp -Pbenchmarks package -pl benchmarks      (benchmarks/target/benchmarks.jar)
#   hyperfine (apt-get install hyperfine; without it the script falls back to one plain run per command)
# Environment: RUNS (default 3), WARMUP (default 1), SIZES (default "1 2 4"), POOLS (default 1: also the pools spec).
set -euo pipefail
cd "$(dirname "$0")/.."
T=benchmarks/target
JAR=$T/benchmarks.jar
POOLS_SPEC=$T/spec/openapi/pools-api.json
STRIPE_SPEC=benchmarks/target/classes/third-party/stripe/spec3.json   # unpacked from spec3.json.gz by the build
OAG_VERSION=$(sed -n 's|.*<openapi-generator.version>\(.*\)</openapi-generator.version>.*|\1|p' pom.xml)
OAG=$T/openapi-generator-cli-$OAG_VERSION.jar
[ -f "$JAR" ] || { echo "build benchmarks.jar first (see the comment at the top)" >&2; exit 2; }
[ -f "$OAG" ] || ./mvnw -B -ntp -q dependency:copy -Dartifact=org.openapitools:openapi-generator-cli:$OAG_VERSION \
  -DoutputDirectory=$T -N >/dev/null
echo "# $(date -u +%FT%TZ) $(uptime)"
java -version 2>&1 | head -1

run() { # name, spec
  local ours="rm -rf $T/gen-ours && java -cp $JAR dev.poolspec.benchmarks.GenerateValidators $2 $T/gen-ours"
  local oag="rm -rf $T/gen-oag && java -jar $OAG generate -g java --library native -i $2 -o $T/gen-oag \
    --global-property skipFormModel=true,apiTests=false,modelTests=false,apiDocs=false,modelDocs=false >/dev/null"
  echo "## $1: $(java -cp $JAR dev.poolspec.benchmarks.SyntheticSpec --count "$2")"
  if command -v hyperfine >/dev/null; then
    hyperfine -w "${WARMUP:-1}" -r "${RUNS:-3}" -N --export-markdown $T/generation-$1.md \
      --export-json $T/generation-$1.json -n "poolspec ($1)" "bash -c '$ours'" \
      -n "openapi-generator java ($1)" "bash -c '$oag'"
  else
    for cmd in "$ours" "$oag"; do
      start=$(date +%s%N); bash -c "$cmd" >/dev/null; end=$(date +%s%N)
      echo "$1: $(( (end - start) / 1000000 )) ms  <- ${cmd:0:60}"
    done
  fi
  echo "# $(uptime)"
}

if [ "${POOLS:-1}" = 1 ]; then
  run pools-1x "$POOLS_SPEC"
fi
for n in ${SIZES:-1 2 4}; do
  spec=$STRIPE_SPEC
  if [ "$n" != 1 ]; then
    spec=$T/stripe-${n}x.json
    java -cp $JAR dev.poolspec.benchmarks.SyntheticSpec "$STRIPE_SPEC" "$spec" "$n"
  fi
  run stripe-${n}x "$spec"
done
