#!/usr/bin/env bash
# Builds the benchmark jar, runs the JMH benchmarks, the paired ratios and the count checks, and prints the
# tables of targets and ratios. It took 7 min 37 s on 2 shared cores (see BENCHMARKS.md). Extra arguments go to
# JMH, for example -f 1 for a quicker look.
# Exits non-zero when the build fails, a benchmark throws (-foe true) or a result is missing.
set -euo pipefail

cd "$(dirname "$0")/.."
mvn -B -q -pl benchmarks -am package -DskipTests

out=benchmarks/target/results
mkdir -p "$out"
jar=benchmarks/target/benchmarks.jar

java -jar "$jar" -foe true -rf json -rff "$out/jmh.json" "$@"
# JOL reads record fields through its magic-offset fallback, because Unsafe rejects record fields on JDK 17.
java -Dsun.net.httpserver.nodelay=true -Djol.magicFieldOffset=true -Xmx2g -cp "$jar" \
    io.github.camellambdacloud.component.FleetChecks "$out/checks.json" 5000
java -Dsun.net.httpserver.nodelay=true -Xmx3g -Xms3g -cp "$jar" \
    io.github.camellambdacloud.component.PairedRatios "$out/paired.json" 40
echo
java -cp "$jar" io.github.camellambdacloud.benchmarks.ResultTable "$out/jmh.json" "$out/paired.json" \
    "$out/checks.json" \
    | tee "$out/table.md"
