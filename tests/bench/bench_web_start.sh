#!/usr/bin/env bash
# The browser build's start beside a bare page: the game's page
# (build-web/alliantiespel.html, scripts/web.sh) and the bare SDL2 +
# SDL2_ttf program (tests/bench/baseline_first_frame.c) built the same way
# (one HTML file, the font inside), each opened ROUNDS times in turn in
# chromium on Xvfb, a new tab each time. Time to the first frame is from
# the page's navigation (performance.timeOrigin) to the first present.
# Prints the medians, their ratio and the game's page size and memory.
# Usage: tests/bench/bench_web_start.sh [ROUNDS]
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${1:-9}
page=build-web/alliantiespel.html
[[ -f $page ]] || { echo "bench_web_start: run scripts/web.sh first" >&2; exit 1; }
. scripts/deps_dir.sh
cache=$(deps_dir)
export EM_CACHE=$cache/emcache EM_FROZEN_CACHE=
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}
export PKG_CONFIG_LIBDIR=$cache/web/lib/pkgconfig PKG_CONFIG_PATH=
out=build-web/bench
mkdir -p "$out"
# the bare program's clock starts at the page's navigation, as the game's
cat >"$out/arguments.js" <<'JS'
Module['arguments'] = [String(Math.round(performance.timeOrigin * 1e6)),
                       '/DejaVuSans.ttf'];
Module['print'] = function (t) { console.log('bare first frame ' + t); };
JS
# shellcheck disable=SC2046
emcc -O2 $(pkg-config --cflags sdl2 SDL2_ttf) tests/bench/baseline_first_frame.c \
  -o "$out/bare.html" $(pkg-config --static --libs sdl2 SDL2_ttf) \
  -s SINGLE_FILE=1 -s MINIFY_HTML=0 -s ALLOW_MEMORY_GROWTH=1 \
  --pre-js "$out/arguments.js" \
  --embed-file "$cache/web/share/fonts/DejaVuSans.ttf@/DejaVuSans.ttf"
xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" python3 - "$rounds" \
  "$PWD/$page" "$PWD/$out/bare.html" <<'PY'
import os, re, shutil, statistics, sys, tempfile, time
sys.path.insert(0, "tests/web")
from cdp import Chromium
rounds, game, bare = int(sys.argv[1]), sys.argv[2], sys.argv[3]
profile = tempfile.mkdtemp()
c = Chromium(profile, ["--window-size=1024,700"])
c.attach_page()
c.send("Runtime.enable")
def first_frame(url, pattern):
    c.events.clear()
    c.send("Page.navigate", {"url": url})
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        c.pump(0.2)
        for e in c.events:
            if e.get("method") == "Runtime.consoleAPICalled":
                text = " ".join(str(a.get("value")) for a in e["params"]["args"])
                m = re.search(pattern, text)
                if m:
                    return float(m.group(1))
    raise SystemExit("no first frame from " + url)
times = {"game": [], "bare": []}
for _ in range(rounds):
    times["game"].append(first_frame("file://" + game + "?lang=nl",
                                     r"first frame presented after (\d+) ms"))
    times["bare"].append(first_frame("file://" + bare,
                                     r"bare first frame (\d+)") / 1000.0)
heap = c.evaluate("typeof HEAP8 === 'undefined' ? 0 : HEAP8.length")
c.send("Page.navigate", {"url": "file://" + game + "?lang=nl"})
c.wait_for("window.Module && Module.alliantiespelRunning", 60)
time.sleep(2)
c.send("Performance.enable")
metrics = {m["name"]: m["value"] for m in c.send("Performance.getMetrics")["metrics"]}
wasm = c.evaluate("HEAP8.length")
c.close()
shutil.rmtree(profile, ignore_errors=True)
g, b = statistics.median(times["game"]), statistics.median(times["bare"])
print("first frame from navigation, median of %d: game %.0f ms, bare %.0f ms, "
      "ratio %.2f" % (rounds, g, b, g / b))
print("game page %.1f MB, bare page %.1f MB" % (os.path.getsize(game) / 1048576,
      os.path.getsize(bare) / 1048576))
print("game tab: WebAssembly memory %.1f MB, JS heap %.1f MB, DOM nodes %d"
      % (wasm / 1048576, metrics.get("JSHeapUsedSize", 0) / 1048576,
         metrics.get("Nodes", 0)))
PY
