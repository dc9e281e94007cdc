"""Opens HTML pages in headless Chromium through ChromeDriver (the W3C
WebDriver protocol over HTTP, Python's standard library only) and prints
TAP lines: each page loads, logs nothing at warning level or above in the
browser console (script errors, failed loads, bad markup the parser
reports), shows its heading, fits a phone's width without sideways
scrolling, and is saved as a PNG screenshot at phone and desktop widths.

usage: browser.py SHOT_DIR PAGE.html...
  Screenshots are SHOT_DIR/NAME-phone.png and NAME-desktop.png.  Needs
  /usr/bin/chromium and /usr/bin/chromedriver (Debian's chromium and
  chromium-driver); the pages are opened as file: URLs, with no network."""
import base64
import json
import os
import shutil
import socket
import struct
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request

WIDTHS = {"phone": (390, 844), "desktop": (1280, 900)}
# The flags Debian's Chromium needs as root in a sandboxed machine, and
# those that stop it reaching for the network on its own.
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 "--no-first-run", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--disable-quic", "--hide-scrollbars", "--force-device-scale-factor=1"]

n = 0
failures = 0


def tap(ok, name):
    global n, failures
    n += 1
    failures += not ok
    print("%s %d - %s" % ("ok" if ok else "not ok", n, name), flush=True)


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Driver:
    def __init__(self, profile):
        self.port = free_port()
        self.proc = subprocess.Popen(["/usr/bin/chromedriver", "--port=%d" % self.port],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.base = "http://127.0.0.1:%d" % self.port
        for _ in range(100):
            try:
                self.call("GET", "/status")
                break
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.1)
        caps = {"browserName": "chrome",
                "goog:chromeOptions": {"binary": "/usr/bin/chromium",
                                       "args": CHROMIUM_ARGS + ["--user-data-dir=" + profile]},
                "goog:loggingPrefs": {"browser": "ALL"}}
        value = self.call("POST", "/session", {"capabilities": {"alwaysMatch": caps}})
        self.session = "/session/" + value["sessionId"]

    def call(self, method, path, body=None):
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(self.base + path, data=data, method=method,
                                     headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(req, timeout=60) as r:
                return json.load(r)["value"]
        except urllib.error.HTTPError as e:
            raise RuntimeError("%s %s: %s" % (method, path, e.read()[:300]))

    def s(self, method, path, body=None):
        return self.call(method, self.session + path, body)

    def quit(self):
        try:
            self.call("DELETE", self.session)
        finally:
            self.proc.terminate()
            self.proc.wait(timeout=10)


def png_size(data):
    if data[:8] != b"\x89PNG\r\n\x1a\n" or data[12:16] != b"IHDR":
        return None
    return struct.unpack(">II", data[16:24])


def check_page(d, path, shot_dir):
    name = os.path.basename(path)
    stem = os.path.splitext(name)[0]
    d.s("POST", "/se/log", {"type": "browser"})  # drop what came before
    for label, (w, h) in WIDTHS.items():
        d.s("POST", "/window/rect", {"width": w, "height": h})
        d.s("POST", "/url", {"url": "file://" + os.path.abspath(path)})
        state = d.s("POST", "/execute/sync", {"script": """return {
            ready: document.readyState,
            heading: (document.querySelector('h1') || {}).textContent || '',
            title: document.title,
            overflow: document.documentElement.scrollWidth - window.innerWidth,
            width: window.innerWidth}""", "args": []})
        tap(state["ready"] == "complete" and state["heading"].strip() and state["title"].strip(),
            "%s loads at %s width, with a title and a heading" % (name, label))
        if label == "phone":
            tap(state["overflow"] <= 0,
                "%s fits a %d px phone without sideways scrolling (overflow %d px)"
                % (name, state["width"], state["overflow"]))
        png = base64.b64decode(d.s("GET", "/screenshot"))
        out = os.path.join(shot_dir, "%s-%s.png" % (stem, label))
        with open(out, "wb") as f:
            f.write(png)
        size = png_size(png)
        tap(size is not None and size[0] == state["width"] and size[1] > 0,
            "%s at %s width gives a PNG screenshot %s" % (name, label, "x".join(map(str, size or ()))))
    logs = d.s("POST", "/se/log", {"type": "browser"})
    bad = [e for e in logs if e.get("level") in ("WARNING", "SEVERE")]
    for e in bad:
        print("# %s: console %s: %s" % (name, e.get("level"), e.get("message")))
    tap(not bad, "%s logs no console error or warning" % name)


def main(argv):
    shot_dir, pages = argv[0], argv[1:]
    os.makedirs(shot_dir, exist_ok=True)
    profile = tempfile.mkdtemp(prefix="communique-chromium-")
    d = None
    try:
        d = Driver(profile)
        for page in pages:
            check_page(d, page, shot_dir)
    except Exception as e:  # a browser that cannot start fails the run
        tap(False, "headless Chromium runs (%s)" % e)
    finally:
        if d:
            d.quit()
        shutil.rmtree(profile, ignore_errors=True)
    print("1..%d" % n)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
