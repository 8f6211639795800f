#!/usr/bin/env python3
"""Looks at HTML reports as a person would: renders each page in headless Chromium and fails if
the page is blank, logs anything to the console, throws, fetches anything but itself, or does not
print on A4.

    python3 Reports/check-html.py [--screenshots DIR] REPORT.html...

Drives Chromium over the DevTools protocol on a pipe (--remote-debugging-pipe: no network port).
For each page it saves DIR/NAME.png (screen, 1000 px wide) and DIR/NAME.print.png (print media,
A4 width) and DIR/NAME.pdf (printed on A4), and checks:
  - no console message, exception or error/warning log entry;
  - no request but the page itself (self-contained: no script, font, image or style fetched);
  - the screenshot is not blank: enough non-white pixels and more than a few colours;
  - the PDF has at least one A4 page.
Exit 0 when every page passes; the last line is "N passed, M failed".
Needs: chromium (Debian package), python3 (standard library only).
"""
import base64, json, os, shutil, struct, subprocess, sys, tempfile, time, zlib

CHROMIUM = next((p for p in ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
                 if os.access(p, os.X_OK)), None)
TIMEOUT = 60


class Browser:
    def __init__(self):
        self.profile = tempfile.mkdtemp(prefix="seccost-chromium-")
        to_child_r, self.to_child = os.pipe()
        self.from_child, from_child_w = os.pipe()

        def wire():
            a, b = os.dup(to_child_r), os.dup(from_child_w)
            os.dup2(a, 3)
            os.dup2(b, 4)

        self.process = subprocess.Popen(
            [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
             "--no-first-run", "--disable-extensions", "--disable-background-networking",
             "--remote-debugging-pipe", "--user-data-dir=" + self.profile, "about:blank"],
            preexec_fn=wire, close_fds=False, stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(to_child_r)
        os.close(from_child_w)
        self.buffer = b""
        self.next_id = 0
        self.events = []

    def send(self, method, params=None, session=None):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self.to_child, json.dumps(message).encode() + b"\0")
        return self.next_id

    def wait(self, predicate):
        deadline = time.time() + TIMEOUT
        while time.time() < deadline:
            while b"\0" in self.buffer:
                raw, self.buffer = self.buffer.split(b"\0", 1)
                message = json.loads(raw)
                self.events.append(message)
                if predicate(message):
                    return message
            chunk = os.read(self.from_child, 1 << 20)
            if not chunk:
                raise RuntimeError("chromium closed the pipe")
            self.buffer += chunk
        raise RuntimeError("chromium did not answer within %d s" % TIMEOUT)

    def call(self, method, params=None, session=None):
        ident = self.send(method, params, session)
        reply = self.wait(lambda m: m.get("id") == ident)
        if "error" in reply:
            raise RuntimeError("%s: %s" % (method, reply["error"]))
        return reply.get("result", {})

    def close(self):
        try:
            self.send("Browser.close")
            self.process.wait(timeout=20)
        except Exception:
            self.process.kill()
        shutil.rmtree(self.profile, ignore_errors=True)


def png_pixels(data, max_rows=1200):
    """The first rows of an 8-bit RGB or RGBA PNG as (width, rows of bytes, bytes per pixel)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    offset, idat, width = 8, b"", 0
    while offset < len(data):
        length, kind = struct.unpack(">I4s", data[offset:offset + 8])
        body = data[offset + 8:offset + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour = struct.unpack(">IIBB", body[:10])
            assert depth == 8 and colour in (2, 6), "unexpected PNG format"
            channels = 4 if colour == 6 else 3
        elif kind == b"IDAT":
            idat += body
        offset += 12 + length
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, previous = [], bytearray(stride)
    for y in range(min(height, max_rows)):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):
            left = line[i - channels] if i >= channels else 0
            up = previous[i]
            if kind == 1:
                line[i] = (line[i] + left) & 255
            elif kind == 2:
                line[i] = (line[i] + up) & 255
            elif kind == 3:
                line[i] = (line[i] + ((left + up) >> 1)) & 255
            elif kind == 4:
                upper_left = previous[i - channels] if i >= channels else 0
                p = left + up - upper_left
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - upper_left)
                line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else upper_left)) & 255
        rows.append(line)
        previous = line
    return width, rows, channels


def blank_problem(png):
    width, rows, channels = png_pixels(png)
    total = inked = 0
    colours = set()
    for line in rows:
        for x in range(0, len(line), channels * 2):  # every other pixel
            r, g, b = line[x], line[x + 1], line[x + 2]
            total += 1
            if r < 235 or g < 235 or b < 235:
                inked += 1
            if len(colours) < 64:
                colours.add((r >> 4, g >> 4, b >> 4))
    if total == 0 or inked * 100 < total * 2:
        return "the screenshot is blank (%d of %d sampled pixels inked)" % (inked, total)
    if len(colours) < 6:
        return "the screenshot has only %d colours" % len(colours)
    return None


def check(browser, path, outdir):
    url = "file://" + os.path.abspath(path)
    name = os.path.splitext(os.path.basename(path))[0]
    problems = []
    target = browser.call("Target.createTarget", {"url": "about:blank"})["targetId"]
    session = browser.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
    first = len(browser.events)
    for domain in ("Page", "Runtime", "Log", "Network"):
        browser.call(domain + ".enable", session=session)
    browser.call("Emulation.setDeviceMetricsOverride",
                 {"width": 1000, "height": 1400, "deviceScaleFactor": 1, "mobile": False}, session)
    browser.call("Page.navigate", {"url": url}, session)
    browser.wait(lambda m: m.get("method") == "Page.loadEventFired" and m.get("sessionId") == session)
    screen = base64.b64decode(browser.call(
        "Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True}, session)["data"])
    browser.call("Emulation.setEmulatedMedia", {"media": "print"}, session)
    browser.call("Emulation.setDeviceMetricsOverride",
                 {"width": 794, "height": 1123, "deviceScaleFactor": 1, "mobile": False}, session)
    printed = base64.b64decode(browser.call(
        "Page.captureScreenshot", {"format": "png", "captureBeyondViewport": True}, session)["data"])
    pdf = base64.b64decode(browser.call(
        "Page.printToPDF", {"paperWidth": 8.27, "paperHeight": 11.69, "preferCSSPageSize": True,
                            "printBackground": True}, session)["data"])
    browser.call("Target.closeTarget", {"targetId": target})
    with open(os.path.join(outdir, name + ".png"), "wb") as f:
        f.write(screen)
    with open(os.path.join(outdir, name + ".print.png"), "wb") as f:
        f.write(printed)
    with open(os.path.join(outdir, name + ".pdf"), "wb") as f:
        f.write(pdf)

    for event in browser.events[first:]:
        if event.get("sessionId") != session:
            continue
        method, params = event.get("method", ""), event.get("params", {})
        if method == "Runtime.consoleAPICalled":
            problems.append("console.%s: %s" % (params.get("type"), json.dumps(params.get("args"))[:200]))
        elif method == "Runtime.exceptionThrown":
            problems.append("exception: %s" % json.dumps(params.get("exceptionDetails"))[:200])
        elif method == "Log.entryAdded" and params["entry"]["level"] in ("error", "warning"):
            problems.append("log %s: %s" % (params["entry"]["level"], params["entry"]["text"][:200]))
        elif method == "Network.requestWillBeSent" and params["request"]["url"] != url:
            problems.append("fetched %s (the page must be self-contained)" % params["request"]["url"][:200])
    for shot in (screen, printed):
        problem = blank_problem(shot)
        if problem:
            problems.append(problem)
    if not pdf.startswith(b"%PDF") or pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages") < 1:
        problems.append("printing to PDF gave no page")
    return problems


def main(arguments):
    outdir = None
    if arguments[:1] == ["--screenshots"]:
        outdir, arguments = arguments[1], arguments[2:]
    if not arguments:
        print(__doc__.strip())
        return 2
    if CHROMIUM is None:
        print("chromium is not installed (apt-get install chromium)")
        return 2
    outdir = outdir or tempfile.mkdtemp(prefix="seccost-screenshots-")
    os.makedirs(outdir, exist_ok=True)
    browser = Browser()
    passed = failed = 0
    try:
        for path in arguments:
            problems = check(browser, path, outdir)
            if problems:
                failed += 1
                for problem in problems:
                    print("%s: %s" % (path, problem))
            else:
                passed += 1
                print("%s: ok" % path)
    finally:
        browser.close()
    print("screenshots in %s" % outdir)
    print("%d passed, %d failed" % (passed, failed))
    return 0 if failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
