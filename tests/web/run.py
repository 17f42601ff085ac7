"""The browser build as its users have it: the page in Debian's chromium
(a real window on Xvfb), played by keys.

  python3 tests/web/run.py PAGE WORK

- served by a local web server that logs every request: a quick round of
  five cards, the tab reloaded after three (the round is offered again
  and goes on), the answers downloaded from the board (E) hold exactly
  the answers typed, the picture (P) is a PNG;
- after the page has loaded, nothing is asked of any server (the
  server's log and chromium's own record of requests);
- an idle tab draws nothing;
- from file:// it plays too; a second tab says the game is open already;
  a wrong option in the address is told on the page, naming it;
- on a tablet the canvas fills the page and follows a turn; the browser's
  voices are asked once, and again only when it says they changed, not
  on every frame.
Pictures of what was seen land in WORK. Exit status 0 when all holds."""
import http.server
import json
import os
import shutil
import socketserver
import sys
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cdp import Chromium  # noqa: E402

FOLDER = "/home/web_user/.local/share/alliantiespel/alliantiespel"
failures = []


def check(ok, what):
    print(("ok: " if ok else "FAIL: ") + what, flush=True)
    if not ok:
        failures.append(what)
    return ok


class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
    daemon_threads = True


def serve(folder):
    log = []

    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *a, **k):
            super().__init__(*a, directory=folder, **k)

        def log_message(self, fmt, *args):
            log.append(self.requestline)

    server = Server(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, log


def browser(work, name):
    profile = os.path.join(work, "profile-" + name)
    shutil.rmtree(profile, ignore_errors=True)
    os.makedirs(profile)
    log = open(os.path.join(work, "chromium-%s.log" % name), "w")
    c = Chromium(profile, ["--window-size=1024,700"], log=log)
    c.attach_page()
    c.send("Page.enable")
    c.send("Runtime.enable")
    c.send("Network.enable")
    return c


def open_page(c, url):
    c.send("Page.navigate", {"url": url})
    return c.wait_for("window.Module && Module.alliantiespelRunning", 90)


def settled(c):
    """Waits until the page has copied every change to its storage."""
    c.wait_for("Module.alliantiespelStored > 0", 10)
    before = -1
    for _ in range(50):
        now = c.evaluate("Module.alliantiespelStored")
        if now == before:
            return
        before = now
        time.sleep(0.3)


def play_card(c, client, professional):
    """One card at the table: the client's token, hand over, the
    professional's, turn the card, talk, next."""
    time.sleep(0.8)
    for k in (client, "Enter", "Enter", professional, "Enter", "Enter"):
        c.key(k, 0.3)
    time.sleep(0.8)
    c.key("Enter", 0.3)


def answers_in(text):
    return [line.replace(" ", "") for line in text.splitlines()
            if line.startswith("  answers: ")]


def read_file(c, path):
    return c.evaluate("new TextDecoder().decode(Module.FS.readFile(%s))"
                      % json.dumps(path))


def files(c):
    return c.evaluate("Module.FS.readdir(%s)" % json.dumps(FOLDER)) or []


def downloaded(folder, suffix, seconds=20):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        done = [f for f in os.listdir(folder) if f.endswith(suffix)]
        if done:
            return os.path.join(folder, done[0])
        time.sleep(0.2)
    return None


def round_over_http(page, work):
    folder = os.path.join(work, "site")
    os.makedirs(folder, exist_ok=True)
    shutil.copy(page, os.path.join(folder, "alliantiespel.html"))
    server, log = serve(folder)
    port = server.server_address[1]
    url = ("http://127.0.0.1:%d/alliantiespel.html"
           "?domain=algemeen&cards=quick&lang=nl&pair=K17" % port)
    downloads = os.path.join(work, "downloads")
    os.makedirs(downloads, exist_ok=True)
    c = browser(work, "http")
    try:
        c.send("Browser.setDownloadBehavior",
               {"behavior": "allow", "downloadPath": downloads},
               session=False)
        start = time.monotonic()
        if not check(open_page(c, url), "the page starts the game"):
            return
        print("first frame after %.0f ms (page load included)"
              % ((time.monotonic() - start) * 1000))
        time.sleep(1.5)
        c.screenshot(os.path.join(work, "01-first-card.png"))
        for pair in (("4", "2"), ("5", "5"), ("2", "3")):
            play_card(c, *pair)
        settled(c)
        kept = read_file(c, FOLDER + "/round-in-progress.yaml")
        check(answers_in(kept) == ["answers:[4,2]", "answers:[5,5]",
                                   "answers:[2,3]", "answers:[~,~]",
                                   "answers:[~,~]"],
              "three turned cards kept in the browser's storage: %s"
              % answers_in(kept))

        c.send("Page.reload")
        time.sleep(1)
        check(c.wait_for("window.Module && Module.alliantiespelRunning", 90),
              "the reloaded page starts the game")
        time.sleep(1.5)
        c.screenshot(os.path.join(work, "02-after-reload.png"))
        c.key("1", 0.5)  # go on with the round
        for pair in (("4", "4"), ("1", "3")):
            play_card(c, *pair)
        time.sleep(1.5)
        settled(c)
        c.screenshot(os.path.join(work, "03-board.png"))
        results = [f for f in files(c) if f.startswith("result-")]
        check(len(results) == 1, "one result stored: %s" % results)

        frames = c.evaluate("Module.alliantiespelFrames")
        time.sleep(3)
        check(c.evaluate("Module.alliantiespelFrames") == frames,
              "an idle tab draws nothing (3 s, %s frames before)" % frames)

        c.key("e", 0.5)
        got = downloaded(downloads, ".yaml")
        if check(got is not None, "E downloads the answers"):
            with open(got, encoding="utf-8") as f:
                text = f.read()
            want = ["answers:[4,2]", "answers:[5,5]", "answers:[2,3]",
                    "answers:[4,4]", "answers:[1,3]"]
            check(answers_in(text) == want,
                  "the downloaded file holds the answers typed: %s"
                  % answers_in(text))
            check(os.path.basename(got) == results[0] if results else False,
                  "it is named as the stored result")
        c.key("p", 0.5)
        png = downloaded(downloads, ".png")
        if check(png is not None, "P downloads the board's picture"):
            with open(png, "rb") as f:
                check(f.read(8) == b"\x89PNG\r\n\x1a\n", "it is a PNG")
        time.sleep(0.5)
        c.screenshot(os.path.join(work, "04-downloaded.png"))
        c.key("t", 1.0)  # the pair's history
        c.key("e", 0.5)
        csv = downloaded(downloads, ".csv")
        if check(csv is not None, "the history downloads the pair's CSV"):
            with open(csv, encoding="utf-8") as f:
                rows = f.read().splitlines()
            check(len(rows) == 11 and rows[0].startswith("deck,") and
                  all(r.startswith("algemeen,") for r in rows[1:]),
                  "it holds a header and the round's 10 answers (%d lines)"
                  % len(rows))
        check(c.evaluate("document.getElementById('message').style.display")
              != "block", "no message over the game")
        check(not [f for f in files(c) if f.endswith(".csv")],
              "the CSV is not kept in the browser's storage")
        c.screenshot(os.path.join(work, "05-history.png"))

        c.send("Performance.enable")
        metrics = {m["name"]: m["value"] for m in
                   c.send("Performance.getMetrics").get("metrics", [])}
        heap = c.evaluate("typeof HEAP8 === 'undefined' ? 0 : HEAP8.length")
        print("memory: wasm %.1f MB, JS heap %.1f MB" % (
            heap / 1048576, metrics.get("JSHeapUsedSize", 0) / 1048576))

        # what chromium asked of any server, besides this page
        asked = [e["params"]["request"]["url"] for e in c.events
                 if e.get("method") == "Network.requestWillBeSent"]
        others = [u for u in asked if not u.startswith(("blob:", "data:"))
                  and not u.startswith(url.split("?")[0])]
        check(others == [], "chromium asked nothing else: %s" % others)
    finally:
        c.close()
        server.shutdown()
    pages = [r for r in log if "alliantiespel.html" in r]
    check(len(log) == 2 and len(pages) == 2,
          "the server saw the page twice (load, reload) and nothing else: %s"
          % log)


def from_file(page, work):
    url = "file://%s?domain=algemeen&cards=quick&lang=en" % os.path.abspath(page)
    c = browser(work, "file")
    try:
        check(open_page(c, url), "from file:// the game starts")
        time.sleep(1)
        c.screenshot(os.path.join(work, "06-file-en.png"))
        # a second tab on the same page
        second = c.send("Target.createTarget", {"url": url},
                        session=False)["targetId"]
        first = c.session
        c.session = c.send("Target.attachToTarget",
                           {"targetId": second, "flatten": True},
                           session=False)["sessionId"]
        told = c.wait_for("document.getElementById('message') && "
                          "document.getElementById('message').textContent"
                          ".indexOf('already open') >= 0", 30)
        check(told, "a second tab says the game is open already")
        c.screenshot(os.path.join(work, "07-second-tab.png"))
        c.session = first
        # a wrong option in the address
        bad = url.replace("cards=quick", "cards=nonsense")
        c.send("Target.closeTarget", {"targetId": second}, session=False)
        c.send("Page.navigate", {"url": bad})
        told = c.wait_for("document.getElementById('message').style.display"
                          " === 'block' && document.getElementById('message')"
                          ".textContent.indexOf('nonsense') >= 0", 60)
        check(told, "a wrong option in the address is told on the page")
        c.screenshot(os.path.join(work, "08-wrong-option.png"))
        print("told: " + (c.evaluate(
            "document.getElementById('message').textContent") or ""))
    finally:
        c.close()


# Counts what the page asks of speechSynthesis: its voices, and how often
# the browser said they changed.
COUNT_VOICES = """
window.voicesAsked = 0;
window.voicesChanged = 0;
if (window.speechSynthesis) {
    var ask = speechSynthesis.getVoices.bind(speechSynthesis);
    speechSynthesis.getVoices = function() {
        window.voicesAsked++;
        return ask();
    };
    speechSynthesis.addEventListener("voiceschanged", function() {
        window.voicesChanged++;
    });
}
"""


def tablet(page, work):
    """An upright tablet (768x1024 at twice the pixels, touch only): the
    game fills the screen, a finger on Beginnen starts a round, turning
    the tablet lays it out wide."""
    url = "file://%s?domain=algemeen&cards=quick&lang=nl" % os.path.abspath(page)
    c = browser(work, "tablet")
    try:
        c.send("Emulation.setDeviceMetricsOverride",
               {"width": 768, "height": 1024, "deviceScaleFactor": 2,
                "mobile": True})
        c.send("Emulation.setTouchEmulationEnabled",
               {"enabled": True, "maxTouchPoints": 5})
        c.send("Page.addScriptToEvaluateOnNewDocument",
               {"source": COUNT_VOICES})
        check(open_page(c, url.replace("domain=algemeen&cards=quick&", "")),
              "on a tablet the game starts")
        time.sleep(1.5)
        c.screenshot(os.path.join(work, "09-tablet-start.png"))
        size = c.evaluate("[innerWidth, innerHeight, canvas.width, "
                          "canvas.height]")
        check(size == [768, 1024, 768, 1024],
              "the game's canvas fills the page: %s" % size)
        # Beginnen (the main button, bottom right), then the "4" token and
        # Omgekeerd leggen, where an upright 768x1024 screen has them
        c.tap(668, 968, 1.5)
        c.screenshot(os.path.join(work, "10-tablet-card.png"))
        c.tap(531, 605, 0.8)
        c.tap(578, 969, 1.5)
        check(c.wait_for("Module.FS.readdir(%s).indexOf("
                         "'round-in-progress.yaml') >= 0" % json.dumps(FOLDER),
                         10), "by taps a round starts and a token is laid")
        c.screenshot(os.path.join(work, "11-tablet-handover.png"))
        c.send("Emulation.setDeviceMetricsOverride",
               {"width": 1024, "height": 768, "deviceScaleFactor": 2,
                "mobile": True})
        time.sleep(1.5)
        size = c.evaluate("[canvas.width, canvas.height]")
        check(size == [1024, 768], "turned, the canvas follows: %s" % size)
        c.screenshot(os.path.join(work, "12-tablet-turned.png"))
        asked, changed, frames = c.evaluate(
            "[voicesAsked, voicesChanged, Module.alliantiespelFrames]")
        check(asked <= 1 + changed,
              "the voices asked once and on each change: %s times, %s "
              "changes, %s frames" % (asked, changed, frames))
    finally:
        c.close()


def main():
    page, work = sys.argv[1], sys.argv[2]
    os.makedirs(work, exist_ok=True)
    print("page: %s, %.1f MB" % (page, os.path.getsize(page) / 1048576))
    round_over_http(page, work)
    from_file(page, work)
    tablet(page, work)
    if failures:
        print("FAIL: %d of the browser checks" % len(failures))
        return 1
    print("PASS: the browser build in chromium (pictures in %s)" % work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
