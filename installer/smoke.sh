#!/usr/bin/env bash
# The installed-package smoke (issue 16), run by .ci/run after the tests, or by hand, as root,
# on Debian/Ubuntu x86-64:
#   installer/smoke.sh              builds the .deb (./mvnw -Pinstaller package -DskipTests), then checks it
#   installer/smoke.sh FILE.deb     checks that package
# It installs the package with apt-get (pulling its dependencies), then runs everything from the
# installed files — /usr/bin/suiji and /opt/suiji — never from target/: the version, the demo
# county, a draw and `draw verify --all`, the window under Xvfb, and the runtime's modules against
# jdeps on the installed jars. The package stays installed; `apt-get remove suiji` takes it away.
set -euo pipefail
cd "$(dirname "$0")/.."
export DEBIAN_FRONTEND=noninteractive
t0=$(date +%s)
step() { printf '[smoke %3ds] %s\n' "$(( $(date +%s) - t0 ))" "$*"; }
fail() { printf '[smoke] FAILED: %s\n' "$*" >&2; exit 1; }

# Xvfb: the build records the window's classes under it (installer/classlist.sh), the checks below run the window
if ! command -v xvfb-run >/dev/null || ! command -v xwininfo >/dev/null; then
  apt-get update -qq && apt-get install -y -qq xvfb xauth x11-utils >/dev/null
fi

deb=${1:-}
if [ -z "$deb" ]; then
  step "building the .deb"
  ./mvnw -B -ntp -q -Pinstaller package -DskipTests
  deb=$(ls target/installer/suiji_*_amd64.deb)
fi
[ -f "$deb" ] || fail "no package: $deb"
bytes=$(stat -c %s "$deb")
step "package $deb: $bytes bytes ($(( bytes / 1048576 )) MiB; goal at most 90 MB)"
[ "$bytes" -le 94371840 ] || fail "the .deb is over 90 MB"

step "installing it"
# a fresh install: an earlier suiji of the same version would otherwise be kept as it is
if dpkg -s suiji >/dev/null 2>&1; then apt-get remove -y -qq suiji >/dev/null; fi
apt-get install -y -qq "$(readlink -f "$deb")" >/dev/null || { apt-get update -qq; apt-get install -y -qq "$(readlink -f "$deb")" >/dev/null; }
dpkg -s suiji | grep -q '^Status: install ok installed' || fail "dpkg does not list suiji as installed"

step "installed files"
[ "$(readlink -f /usr/bin/suiji)" = /opt/suiji/bin/suiji ] || fail "/usr/bin/suiji does not lead to /opt/suiji/bin/suiji"
ls /usr/share/applications/*suiji*.desktop >/dev/null 2>&1 || fail "no menu entry in /usr/share/applications"
grep -q '^Name=双随机一公开工作台' /usr/share/applications/*suiji*.desktop || fail "the menu entry is not named 双随机一公开工作台"
runtime=/opt/suiji/lib/runtime
[ -x "$runtime/bin/java" ] || fail "no runtime of its own in $runtime"
if command -v jdeps >/dev/null; then
  needed=$(jdeps --ignore-missing-deps --multi-release 17 --print-module-deps \
    --class-path '/opt/suiji/lib/app/lib/*' /opt/suiji/lib/app/suiji.jar | tr ',' '\n')
  have=$("$runtime/bin/java" --list-modules | sed 's/@.*//')
  for m in $needed; do
    grep -qx "$m" <<<"$have" || fail "the runtime lacks $m, which jdeps finds in the installed jars: add it to installer/installer.properties"
  done
  step "runtime: $(wc -l <<<"$have") modules, every one jdeps asks for is there"
fi

# the class-data-sharing archive postinst made from the package's class list, usable by this runtime
# and these jars (-Xshare:on refuses to start otherwise)
cds=/opt/suiji/lib/app/suiji.jsa
[ -s "$cds" ] || fail "postinst made no class-data-sharing archive at $cds"
"$runtime/bin/java" -Xshare:on -XX:SharedArchiveFile="$cds" -cp /opt/suiji/lib/app/suiji.jar cn.suiji.Launcher --version >/dev/null \
  || fail "the archive $cds does not fit the installed runtime and jars"
step "class-data-sharing archive: $(( $(stat -c %s "$cds") / 1048576 )) MiB from $(wc -l </opt/suiji/lib/app/suiji.classlist) classes"

work=$(mktemp -d /tmp/suiji-smoke.XXXXXX)
export JAVA_TOOL_OPTIONS="-Dsuiji.log.dir=$work/logs" # java takes user.home from the password file, not $HOME
export HOME=$work
db=$work/data/suiji.mv.db
mkdir -p "$work/data"
cd "$work"

step "suiji --version"
version=$(JAVA_TOOL_OPTIONS="$JAVA_TOOL_OPTIONS -Xlog:class+load:file=$work/classes.txt" suiji --version)
echo "  $version"
# the launcher maps the archive: its classes come from it, not from the jars
grep -q 'cn.suiji.Launcher source: shared objects file' "$work/classes.txt" \
  || fail "the launcher did not take its classes from $cds"
grep -Eq '^suiji [0-9].* \(suiji-draw-v1\)$' <<<"$version" || fail "unexpected version line: $version"

# the launcher passes the exit code on (2: bad input, with the Chinese reason)
set +e
suiji draw verify --all --db "$work/none.mv.db" >/dev/null 2>"$work/none.err"
rc=$?
set -e
[ "$rc" -eq 2 ] && grep -q '不存在' "$work/none.err" || fail "a missing data file gave exit $rc, not 2 with the reason"

step "suiji demo"
suiji demo --db "$db"
[ -s "$db" ] || fail "demo made no data file"

step "suiji draw run / verify"
# a task of the demo county (fixed data); --late-reason: its window may be over on the day CI runs
suiji draw run --db "$db" --task 2026-JYJ-01 --entropy "smoke $(date -u +%FT%T)" --witness 甲 --witness 乙 \
  --late-reason 安装检查 --export "$work/draw.json"
[ -s "$work/draw.json" ] || fail "draw run exported no record"
suiji draw verify --all --db "$db" | tee "$work/verify.txt"
grep -q '共核验 1 次抽取，0 次未通过' "$work/verify.txt" || fail "draw verify --all did not check the one draw"

step "the window, headless (Xvfb): first frame and home page figures"
# the application's own start marks (suiji bench start's child), on the installed runtime and jars
marks=$(xvfb-run -a -s '-screen 0 1366x768x24' timeout 120 "$runtime/bin/java" -Dsuiji.log.dir="$work/logs" \
  -XX:SharedArchiveFile="$cds" -cp /opt/suiji/lib/app/suiji.jar cn.suiji.cli.bench.StartChild app "$db" 2>"$work/window.err") \
  || { cat "$work/window.err" >&2; fail "the window's start ended with an error"; }
grep -q '^FIRST_FRAME ' <<<"$marks" || { cat "$work/window.err" >&2; fail "the window drew no first frame"; }
grep -q '^HOME_FILLED ' <<<"$marks" || { cat "$work/window.err" >&2; fail "the home page was not filled"; }

step "the window through /usr/bin/suiji, headless: its main window on the display"
# JavaFX names the main window's X class after the Application class
# shellcheck disable=SC2016
xvfb-run -a -s '-screen 0 1366x768x24' bash -c '
  suiji --db "$1" & pid=$!
  for i in $(seq 90); do
    sleep 1
    # the main window once it has its title (before that it is an unnamed 200×200 frame)
    if xwininfo -root -tree | grep "\"cn.suiji.app.SuijiApp\")" | grep -vq "has no name"; then echo "WINDOW $i"; break; fi
    kill -0 "$pid" 2>/dev/null || { echo DIED; break; }
  done
  xwininfo -root -tree | grep SuijiApp || true
  sleep 3 # the home page fills in behind it
  kill -0 "$pid" 2>/dev/null && echo ALIVE
  kill "$pid" 2>/dev/null; wait "$pid"' _ "$db" >"$work/launcher.out" 2>"$work/launcher.err" || true
cat "$work/launcher.out"
grep -q '^WINDOW ' "$work/launcher.out" || { cat "$work/launcher.err" >&2; fail "suiji showed no main window within 90 s"; }
grep -q '^ALIVE' "$work/launcher.out" || { cat "$work/launcher.err" >&2; fail "suiji (window) ended by itself"; }
log=$work/logs/suiji.log
[ -s "$log" ] || fail "nothing was logged at $log"
if grep -q ' ERROR ' "$log"; then grep ' ERROR ' "$log" >&2; fail "the application logged an error"; fi

step "all checks passed"
rm -rf "$work"
