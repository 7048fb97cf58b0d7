#!/usr/bin/env bash
# Pricing's CLI commands, sourced by ./priceflow; dispatcher line: eval-pricing) shift; cmd_eval_pricing "$@" ;;

# ./priceflow eval-pricing [--seed N] [--skus N] [--days N]: the seeded market simulator
# (docs/pricing-engine.md). Needs no running server; builds pricing when its jar is missing.
cmd_eval_pricing() {
  local jar="$PF_REPO/pricing/target/pricing-0.1.0-SNAPSHOT.jar"
  require_jdk
  if [[ ! -f $jar ]]; then
    require_mvn
    init_dirs
    step "building pricing (log: $PF_LOGS/build.log)"
    mvn_logged "$PF_LOGS/build.log" -DskipTests -pl pricing -am install \
      || die "build failed (log: $PF_LOGS/build.log)"
  fi
  exec "$PF_JAVA" -Xmx512m -Dloader.main=dev.priceflow.pricing.simulation.MarketSimulatorMain -cp "$jar" \
    org.springframework.boot.loader.launch.PropertiesLauncher "$@"
}
