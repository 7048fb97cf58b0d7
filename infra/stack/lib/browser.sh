# shellcheck shell=bash
# Headless Chromium for the gateway's browser tests (dev.priceflow.gateway.browser.*IT, Selenium):
# Debian's chromium + chromium-driver (/usr/bin/chromium, /usr/bin/chromedriver). Test tools' own
# browser downloads do not work on the build machines; Debian's packages do.
# Sourced by the dispatcher; uses step and die from common.sh when present.

browser_installed() {
  [[ -x /usr/bin/chromium && -x /usr/bin/chromedriver ]]
}

# Installs chromium and chromium-driver with apt-get when either is missing (needs root, as CI runs).
ensure_browser() {
  if browser_installed; then
    return 0
  fi
  local say=echo
  declare -F step >/dev/null && say=step
  $say "installing Debian's chromium and chromium-driver for the browser tests"
  local sudo=()
  [[ $(id -u) -eq 0 ]] || sudo=(sudo)
  if ! "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver >/dev/null; then
    "${sudo[@]}" apt-get update -q >/dev/null \
      && "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium chromium-driver >/dev/null
  fi
  if ! browser_installed; then
    # Not fatal: the browser tests then skip themselves and say why; the caller decides (ensure_browser || die).
    echo "WARNING: chromium/chromedriver could not be installed: the browser tests will be skipped" >&2
    return 1
  fi
  $say "browser: $(/usr/bin/chromium --version 2>/dev/null), $(/usr/bin/chromedriver --version 2>/dev/null | cut -d' ' -f1-2)"
}
