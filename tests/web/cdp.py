"""A small client of Chromium's DevTools protocol over a pipe
(--remote-debugging-pipe: commands on fd 3, answers on fd 4, each a JSON
text ended by a NUL), with nothing beyond Python's own library. Used by
tests/web/run.py to play the browser build as a person would, by keys,
and to see what the page asked of the network."""
import base64
import json
import os
import select
import subprocess
import time


class Chromium:
    def __init__(self, profile, extra_args=(), env=None, log=None):
        to_chrome_r, to_chrome_w = os.pipe()
        from_chrome_r, from_chrome_w = os.pipe()
        args = [
            "chromium", "--remote-debugging-pipe", "--no-first-run",
            "--no-default-browser-check", "--disable-background-networking",
            "--disable-component-update", "--disable-sync",
            "--disable-features=Translate,MediaRouter,OptimizationHints",
            "--no-sandbox", "--password-store=basic",
            "--user-data-dir=" + profile, *extra_args, "about:blank",
        ]

        def fds():
            os.dup2(to_chrome_r, 3)
            os.dup2(from_chrome_w, 4)

        self.proc = subprocess.Popen(
            args, preexec_fn=fds, pass_fds=(3, 4), env=env,
            stdout=log or subprocess.DEVNULL, stderr=log or subprocess.DEVNULL)
        os.close(to_chrome_r)
        os.close(from_chrome_w)
        self.out = to_chrome_w
        self.inp = from_chrome_r
        self.buf = b""
        self.next_id = 0
        self.events = []
        self.session = None

    def _read_message(self, deadline):
        while b"\0" not in self.buf:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("chromium did not answer")
            ready, _, _ = select.select([self.inp], [], [], left)
            if ready:
                chunk = os.read(self.inp, 1 << 20)
                if not chunk:
                    raise EOFError("chromium closed its pipe")
                self.buf += chunk
        text, self.buf = self.buf.split(b"\0", 1)
        return json.loads(text)

    def send(self, method, params=None, session=True, timeout=30):
        self.next_id += 1
        message = {"id": self.next_id, "method": method,
                   "params": params or {}}
        if session and self.session:
            message["sessionId"] = self.session
        os.write(self.out, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            answer = self._read_message(deadline)
            if answer.get("id") == self.next_id:
                if "error" in answer:
                    raise RuntimeError("%s: %s" % (method, answer["error"]))
                return answer.get("result", {})
            self.events.append(answer)

    def pump(self, seconds):
        """Collects events for a while."""
        deadline = time.monotonic() + seconds
        try:
            while True:
                self.events.append(self._read_message(deadline))
        except TimeoutError:
            pass

    def attach_page(self):
        targets = self.send("Target.getTargets", session=False)
        page = next(t for t in targets["targetInfos"] if t["type"] == "page")
        self.session = self.send(
            "Target.attachToTarget",
            {"targetId": page["targetId"], "flatten": True},
            session=False)["sessionId"]

    def evaluate(self, expression, timeout=30):
        result = self.send("Runtime.evaluate",
                           {"expression": expression, "returnByValue": True,
                            "awaitPromise": True}, timeout=timeout)
        if "exceptionDetails" in result:
            raise RuntimeError("%s: %s" % (expression,
                                           result["exceptionDetails"]))
        return result["result"].get("value")

    def wait_for(self, expression, seconds=30):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            try:
                if self.evaluate(expression):
                    return True
            except RuntimeError:
                pass
            time.sleep(0.1)
        return False

    # keys as the page gets them from a keyboard: down, the text, up
    KEYS = {
        "Enter": ("Enter", 13, "\r"), "Escape": ("Escape", 27, ""),
        "Tab": ("Tab", 9, ""), "Backspace": ("Backspace", 8, ""),
        "ArrowLeft": ("ArrowLeft", 37, ""), "ArrowRight": ("ArrowRight", 39, ""),
        "ArrowUp": ("ArrowUp", 38, ""), "ArrowDown": ("ArrowDown", 40, ""),
        "Space": ("Space", 32, " "),
    }

    def key(self, name, pause=0.15):
        if name in self.KEYS:
            code, keycode, text = self.KEYS[name]
            key = " " if name == "Space" else name
        elif len(name) == 1 and name.isdigit():
            code, keycode, text, key = "Digit" + name, ord(name), name, name
        elif len(name) == 1 and name.isalpha():
            code, keycode, text, key = ("Key" + name.upper(),
                                        ord(name.upper()), name, name)
        else:
            raise ValueError("no such key: " + name)
        common = {"code": code, "key": key, "windowsVirtualKeyCode": keycode,
                  "nativeVirtualKeyCode": keycode}
        self.send("Input.dispatchKeyEvent",
                  dict(common, type="keyDown" if text else "rawKeyDown",
                       text=text))
        self.send("Input.dispatchKeyEvent", dict(common, type="keyUp"))
        time.sleep(pause)

    def tap(self, x, y, pause=0.2):
        """A finger's touch at (x, y) in CSS pixels."""
        point = [{"x": x, "y": y}]
        self.send("Input.dispatchTouchEvent",
                  {"type": "touchStart", "touchPoints": point})
        self.send("Input.dispatchTouchEvent",
                  {"type": "touchEnd", "touchPoints": []})
        time.sleep(pause)

    def screenshot(self, path):
        data = self.send("Page.captureScreenshot", {"format": "png"})["data"]
        with open(path, "wb") as f:
            f.write(base64.b64decode(data))

    def close(self):
        try:
            self.send("Browser.close", session=False, timeout=5)
        except (RuntimeError, TimeoutError, EOFError, OSError):
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        os.close(self.out)
        os.close(self.inp)
