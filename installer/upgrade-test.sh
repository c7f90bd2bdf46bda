#!/usr/bin/env bash
# The upgrade check (issue 16), by hand, as root on Debian/Ubuntu:
#   installer/upgrade-test.sh OLD.deb NEW.deb
# Installs OLD.deb (a fresh install), makes data with it (the demo county and a confirmed draw),
# installs NEW.deb over it the way a clerk upgrades (apt-get install, no removal), then checks with
# the new version: the draw is still there and recomputes (draw verify --all), the audit chain and
# the journal agree (audit verify), and the file was copied to backups/ before it was migrated.
# OLD.deb must have a lower version than NEW.deb. installer/README.md ("Upgrades") says how to
# build one from an earlier commit. Not in CI: two builds and two demo counties take too long.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
t0=$(date +%s)
step() { printf '[upgrade %3ds] %s\n' "$(( $(date +%s) - t0 ))" "$*"; }
fail() { printf '[upgrade] FAILED: %s\n' "$*" >&2; exit 1; }

[ $# -eq 2 ] && [ -f "$1" ] && [ -f "$2" ] || { echo "usage: $0 OLD.deb NEW.deb" >&2; exit 2; }
old=$(readlink -f "$1")
new=$(readlink -f "$2")
old_version=$(dpkg-deb -f "$old" Version)
new_version=$(dpkg-deb -f "$new" Version)
dpkg --compare-versions "$new_version" gt "$old_version" || fail "$new_version is not newer than $old_version"

work=$(mktemp -d /tmp/suiji-upgrade.XXXXXX)
export JAVA_TOOL_OPTIONS="-Dsuiji.log.dir=$work/logs"
db=$work/data/suiji.mv.db
mkdir -p "$work/data"

step "installing the old package $old_version"
if dpkg -s suiji >/dev/null 2>&1; then apt-get remove -y -qq suiji >/dev/null; fi
apt-get install -y -qq "$old" >/dev/null
echo "  $(suiji --version)"
old_jar=$(sha256sum /opt/suiji/lib/app/suiji.jar | cut -c1-64)

step "data made by the old version: the demo county and a confirmed draw"
suiji demo --db "$db" >/dev/null
code=$(suiji draw run --db "$db" --task 2026-JYJ-01 --entropy "upgrade $(date -u +%FT%T)" --witness 甲 --witness 乙 \
  --late-reason 升级检查 | grep -Eo '^[0-9a-f]{4}(-[0-9a-f]{4}){3}$')
echo "  verification code $code"

step "installing the new package $new_version over it"
apt-get install -y -qq "$new" >/dev/null
[ "$(dpkg-query -W -f '${Version}' suiji)" = "$new_version" ] || fail "dpkg does not list $new_version"
echo "  $(suiji --version)"
# the jar's own version is pom.xml's and may be the same -SNAPSHOT in both builds: compare the files
[ "$(sha256sum /opt/suiji/lib/app/suiji.jar | cut -c1-64)" != "$old_jar" ] || fail "the application is the same after the upgrade"

step "the new version on the old data"
suiji draw verify --all --db "$db" | tee "$work/verify.txt"
grep -q '共核验 1 次抽取，0 次未通过' "$work/verify.txt" || fail "the old draw is not there or does not recompute"
grep -q "$code" "$work/verify.txt" || fail "the draw's verification code $code changed"
suiji audit verify --db "$db"
suiji export targets --db "$db" --out "$work/targets.xlsx" >/dev/null
[ -s "$work/targets.xlsx" ] || fail "the targets could not be exported after the upgrade"
if ls "$work/data/backups/"*.mv.db >/dev/null 2>&1; then
  echo "  copies beside the data file: $(ls "$work/data/backups/" | tr '\n' ' ')"
fi
if grep -q 'before migrating' "$work/logs/suiji.log"; then
  grep 'before migrating' "$work/logs/suiji.log" | tail -1
else
  echo "  (no migration: the two versions have the same Flyway scripts)"
fi

step "upgrade checked: $old_version -> $new_version, the data kept"
rm -rf "$work"
