#!/usr/bin/env bash
# Records the classes a start loads — the window to its home page (under Xvfb) and the command
# line (`suiji demo`) — as a class list, IMAGE/lib/app/suiji.classlist, run by `./mvnw -Pinstaller
# package` on the app-image before the .deb is made. The .deb's postinst turns the list into a
# class-data-sharing archive for the installed paths (it names them, so it cannot be made here);
# the launcher maps it: the window's first frame and its home page come sooner (ADR 0016).
#   installer/classlist.sh IMAGE      IMAGE: target/installer/image/suiji
set -euo pipefail
image=$1
java=$image/lib/runtime/bin/java
jar=$image/lib/app/suiji.jar
list=$image/lib/app/suiji.classlist
work=$(mktemp -d /tmp/suiji-classlist.XXXXXX)
trap 'rm -rf "$work"' EXIT
"$java" -Dsuiji.log.dir="$work/logs" -XX:DumpLoadedClassList="$work/cli.lst" -cp "$jar" cn.suiji.Launcher \
  demo --db "$work/demo.mv.db" >/dev/null
if command -v xvfb-run >/dev/null; then
  xvfb-run -a -s '-screen 0 1366x768x24' timeout 180 "$java" -Dsuiji.log.dir="$work/logs" \
    -XX:DumpLoadedClassList="$work/window.lst" -cp "$jar" cn.suiji.cli.bench.StartChild app "$work/demo.mv.db" >/dev/null
else
  echo "classlist.sh: no xvfb-run here: the list holds the command line's classes only (apt-get install xvfb)" >&2
fi
# the window's classes first, each once
cat "$work"/window.lst "$work"/cli.lst 2>/dev/null | awk '!seen[$0]++' >"$list"
echo "classlist.sh: $(wc -l <"$list") classes in $list"
