"""Opens HTML pages in headless Chromium through ChromeDriver (the W3C
WebDriver protocol over HTTP, Python's standard library only) and prints
TAP lines: each page loads, logs nothing at warning level or above in the
browser console (script errors, failed loads, bad markup the parser
reports), shows its heading, fits a phone's width without sideways
scrolling, and is saved as a PNG screenshot at phone and desktop widths.

usage: browser.py SHOT_DIR PAGE.html... [--index INDEX.html NOSCRIPT.html EXPECT.json]
  Screenshots are SHOT_DIR/NAME-phone.png and NAME-desktop.png.  With
  --index, the collection index is used as a reader would: a query typed
  into the search box, a country filter, both, the columns sorted, the
  count read each time and compared with EXPECT.json (worked out from the
  statements' JSON by the caller); the same page without its scripts
  (NOSCRIPT.html) is filtered by its links alone; screenshots
  SHOT_DIR/index-search-desktop.png and index-search-phone.png.  Needs
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


ELEMENT = "element-6066-11e4-a52e-4f735466cecf"


def element(d, css):
    return d.s("POST", "/element", {"using": "css selector", "value": css})[ELEMENT]


def index_state(d):
    return d.s("POST", "/execute/sync", {"script": """
        var rows = Array.prototype.slice.call(document.querySelectorAll('#statements tbody tr'));
        var shown = rows.filter(function (r) { return r.offsetParent !== null; });
        var count = document.querySelector('.count');
        var visible = Array.prototype.filter.call(count.querySelectorAll('span, output'), function (e) {
            return getComputedStyle(e).display !== 'none'; }).map(function (e) { return e.textContent.trim(); });
        return {rows: rows.length, shown: shown.length, count: visible.join(' '),
                dates: shown.map(function (r) { return r.cells[0].getAttribute('data-key') || ''; }),
                labels: getComputedStyle(rows[0].cells[0], '::before').content};""", "args": []})


def check_index(d, page, noscript, expect, shot_dir):
    total = expect["total"]
    d.s("POST", "/window/rect", {"width": 1280, "height": 900})
    d.s("POST", "/url", {"url": "file://" + os.path.abspath(page)})
    st = index_state(d)
    tap(st["shown"] == total and st["count"] == "%d of %d statements shown." % (total, total),
        "index: all %d statements shown at first, and counted (%r)" % (total, st["count"]))
    d.s("POST", "/element/%s/value" % element(d, "#q"), {"text": expect["query"]})
    st = index_state(d)
    want = expect["query_count"]
    tap(0 < want < total and st["shown"] == want and st["count"] == "%d of %d statements shown." % (want, total),
        "index: typing '%s' leaves the %d statements that have the word (%d shown, %r)"
        % (expect["query"], want, st["shown"], st["count"]))
    d.s("POST", "/element/%s/click" % element(d, 'a[data-facet="country"][data-value="%s"]' % expect["country"]), {})
    st = index_state(d)
    want = expect["both_count"]
    tap(st["shown"] == want and st["count"] == "%d of %d statements shown." % (want, total),
        "index: and the country filter %s narrows them to %d (%d shown, %r)"
        % (expect["country"], want, st["shown"], st["count"]))
    d.s("POST", "/element/%s/clear" % element(d, "#q"), {})
    d.s("POST", "/execute/sync", {"script": "document.getElementById('q').dispatchEvent(new Event('input'));", "args": []})
    st = index_state(d)
    want = expect["country_count"]
    tap(st["shown"] == want, "index: the country filter alone shows its %d statements (%d)" % (want, st["shown"]))
    d.s("POST", "/element/%s/click" % element(d, 'a[data-facet="country"][data-value="%s"]' % expect["country"]), {})
    d.s("POST", "/element/%s/click" % element(d, "#statements th button"), {})
    st = index_state(d)
    dated = [x for x in st["dates"] if x]
    undated_last = st["dates"] == dated + [""] * (len(st["dates"]) - len(dated))
    tap(st["shown"] == total and dated and dated == sorted(dated) and undated_last,
        "index: a second click on a filter lets it go; Date sorts oldest first, undated last")
    d.s("POST", "/element/%s/click" % element(d, "#statements th button"), {})
    st = index_state(d)
    dated = [x for x in st["dates"] if x]
    tap(dated == sorted(dated, reverse=True), "index: Date again sorts newest first")
    d.s("POST", "/element/%s/value" % element(d, "#q"), {"text": expect["query"]})
    with open(os.path.join(shot_dir, "index-search-desktop.png"), "wb") as f:
        f.write(base64.b64decode(d.s("GET", "/screenshot")))
    d.s("POST", "/window/rect", {"width": 390, "height": 844})
    st = index_state(d)
    tap('"Date: "' in st["labels"], "index: on a phone every field is labelled (%s)" % st["labels"])
    with open(os.path.join(shot_dir, "index-search-phone.png"), "wb") as f:
        f.write(base64.b64decode(d.s("GET", "/screenshot")))
    # A fragment that is not a value (a hand-edited link) changes nothing.
    d.s("POST", "/url", {"url": "about:blank"})
    d.s("POST", "/url", {"url": "file://" + os.path.abspath(page) + "#f-country-%ZZ"})
    st = index_state(d)
    search_shown = d.s("POST", "/execute/sync", {"script": "return !document.querySelector('p.search').hidden;", "args": []})
    tap(st["shown"] == total and st["count"] == "%d of %d statements shown." % (total, total) and search_shown,
        "index: a malformed fragment (#f-country-%%ZZ) leaves every statement shown and the search box there (%r)" % st["count"])
    # Without script: the links filter, one facet at a time, and the count follows.
    d.s("POST", "/window/rect", {"width": 1280, "height": 900})
    d.s("POST", "/url", {"url": "file://" + os.path.abspath(noscript) + "#f-country-" + expect["country"]})
    st = index_state(d)
    want = expect["country_count"]
    tap(st["shown"] == want and st["count"].startswith("%d of %d statements: " % (want, total)),
        "index without script: the country link shows its %d statements and says so (%d, %r)"
        % (want, st["shown"], st["count"]))
    d.s("POST", "/url", {"url": "file://" + os.path.abspath(noscript) + "#"})
    st = index_state(d)
    tap(st["shown"] == total and st["count"].startswith("%d statements" % total),
        "index without script: 'all statements' shows them all (%d, %r)" % (st["shown"], st["count"]))


def main(argv):
    extra = None
    if "--index" in argv:
        at = argv.index("--index")
        extra, argv = argv[at + 1:at + 4], argv[:at]
    shot_dir, pages = argv[0], argv[1:]
    os.makedirs(shot_dir, exist_ok=True)
    profile = tempfile.mkdtemp(prefix="communique-chromium-")
    d = None
    try:
        d = Driver(profile)
        for page in pages:
            check_page(d, page, shot_dir)
        if extra:
            with open(extra[2]) as f:
                check_index(d, extra[0], extra[1], json.load(f), shot_dir)
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
