# shellcheck shell=bash
# ./priceflow eval-recs: offline evaluation of the recommender against popularity and item-kNN.
# Sourced by the dispatcher; needs common.sh (require_jdk, require_mvn, init_dirs, step, mvn_logged, die)
# and PF_REPO, PF_CALLER_DIR, PF_JAVA, PF_LOGS.

# eval-recs --interactions FILE [--format csv|movielens] [--split R] [--k K] [--seed S] [--tune]
# eval-recs --derive-online-retail TRANSACTIONS.csv.gz --out INTERACTIONS.csv
cmd_eval_recs() {
  local jar="$PF_REPO/recommender/target/recommender-0.1.0-SNAPSHOT.jar" args=() a
  while [[ $# -gt 0 ]]; do
    a=$1; shift
    if [[ $a == --interactions || $a == --derive-online-retail || $a == --out ]] && [[ $# -gt 0 && $1 != /* ]]; then
      args+=("$a" "$PF_CALLER_DIR/$1"); shift
    else
      args+=("$a")
    fi
  done
  require_jdk
  if [[ ! -f $jar ]]; then
    require_mvn
    init_dirs
    step "building recommender (log: $PF_LOGS/build.log)"
    mvn_logged "$PF_LOGS/build.log" -DskipTests -pl recommender -am install \
      || die "build failed (log: $PF_LOGS/build.log)"
  fi
  exec "$PF_JAVA" -Xmx2g -Dloader.main=dev.priceflow.recommender.evaluation.cli.EvalRecsMain -cp "$jar" \
    org.springframework.boot.loader.launch.PropertiesLauncher "${args[@]}"
}
