# shellcheck shell=bash
# trend-analysis one-off commands; sourced by ./priceflow (needs common.sh's helpers).

# All-or-nothing import of competitor prices into market.competitor-prices (one Kafka transaction) from
# trend-analysis's jar, started through Spring Boot's PropertiesLauncher (no web server, no topology).
# Exit status is the importer's: 0 imported, 1 bad lines (listed with their numbers), 2 usage, 3 stack down.
cmd_import_competitor_prices() {
  local file=${1:-} jar="$PF_REPO/trend-analysis/target/trend-analysis-0.1.0-SNAPSHOT.jar" line args=()
  [[ ($# -eq 1 || ($# -eq 3 && $2 == --sku-map)) && -n $file ]] \
    || die "usage: ./priceflow import-competitor-prices FILE.csv [--sku-map MAP.csv]"
  [[ $file == /* ]] || file="$PF_CALLER_DIR/$file"
  [[ -f $file && -r $file ]] || die "cannot read $file"
  args=("$file")
  if [[ $# -eq 3 ]]; then
    local map=$3
    [[ $map == /* ]] || map="$PF_CALLER_DIR/$map"
    [[ -f $map && -r $map ]] || die "cannot read $map"
    args+=(--sku-map "$map")
  fi
  require_jdk
  init_dirs
  kafka_healthy || die "Kafka is not running on 127.0.0.1:19092: ./priceflow up --servers-only"
  if [[ ! -f $jar ]]; then
    require_mvn
    step "building trend-analysis (log: $PF_LOGS/build.log)"
    mvn_logged "$PF_LOGS/build.log" -DskipTests -pl trend-analysis -am install \
      || die "build failed (log: $PF_LOGS/build.log)"
  fi
  while IFS= read -r line; do export "${line?}"; done < <(stack_env)
  exec "$PF_JAVA" -Xmx256m -Dloader.main=dev.priceflow.trends.cli.ImportCompetitorPricesMain -cp "$jar" \
    org.springframework.boot.loader.launch.PropertiesLauncher "${args[@]}"
}
