#!/usr/bin/python3
"""LibreOffice Calc used as an analyst would, through UNO (Debian's python3-uno).

  workbook_user.py resave IN.xlsx OUT.xlsx [IN.xlsx OUT.xlsx ...]
      open each workbook and save it again as XLSX, changing nothing;
  workbook_user.py edit IN.xlsx OUT.xlsx SHEET EDIT [EDIT ...]
      open the workbook, make each EDIT in SHEET and save it as XLSX. An EDIT is
      CELL=number:DECIMAL (typed as a number, e.g. F7=number:1234.5) or CELL=text:TEXT
      (typed as text, e.g. E3=text:New title; a drop-down cell takes one of its list values) or
      CELL=typed:INPUT (entered as a user types it, so the cell's format decides: `0.10` in a
      General cell becomes the number 0.1, in a Text (`@`) cell it stays `0.10`).

Starts its own headless soffice with a private profile on a free port, and kills it (by pid)
when done or after 300 seconds. Exit 0 on success; any failure prints why and exits 1.
"""
import os, signal, socket, subprocess, sys, tempfile, time

import uno
from com.sun.star.beans import PropertyValue


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


def url(path):
    return uno.systemPathToFileUrl(os.path.abspath(path))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start():
    port = free_port()
    profile = tempfile.mkdtemp(prefix="seccost-lo-")
    process = subprocess.Popen(
        ["soffice", "--headless", "--invisible", "--norestore", "--nologo", "--nodefault",
         f"-env:UserInstallation=file://{profile}",
         f"--accept=socket,host=127.0.0.1,port={port};urp;"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local)
    deadline = time.time() + 60
    while True:
        try:
            context = resolver.resolve(
                f"uno:socket,host=127.0.0.1,port={port};urp;StarOffice.ComponentContext")
            break
        except Exception:
            if time.time() > deadline or process.poll() is not None:
                stop(process)
                raise SystemExit("workbook_user: LibreOffice did not start")
            time.sleep(0.2)
    desktop = context.ServiceManager.createInstanceWithContext(
        "com.sun.star.frame.Desktop", context)
    return process, desktop


def stop(process, desktop=None):
    """Asks LibreOffice to quit, then kills what is left of it."""
    if desktop is not None:
        try:
            desktop.terminate()
        except Exception:
            pass  # the bridge is dropped as LibreOffice quits
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            pass
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    process.wait()


def load(desktop, path):
    document = desktop.loadComponentFromURL(url(path), "_blank", 0, (prop("Hidden", True),))
    if document is None:
        raise SystemExit(f"workbook_user: LibreOffice could not open {path}")
    return document


def save(document, path):
    document.storeToURL(url(path), (prop("FilterName", "Calc MS Excel 2007 XML"),))
    document.close(True)


def main(argv):
    if len(argv) < 3 or argv[0] not in ("resave", "edit"):
        raise SystemExit(__doc__)
    signal.signal(signal.SIGALRM, lambda *_: (_ for _ in ()).throw(SystemExit("workbook_user: timed out")))
    signal.alarm(300)
    process, desktop = start()
    try:
        if argv[0] == "resave":
            pairs = argv[1:]
            if len(pairs) % 2:
                raise SystemExit("workbook_user: resave takes IN OUT pairs")
            for source, target in zip(pairs[0::2], pairs[1::2]):
                save(load(desktop, source), target)
        else:
            source, target, sheet_name, *edits = argv[1:]
            document = load(desktop, source)
            sheets = document.Sheets
            if not sheets.hasByName(sheet_name):
                raise SystemExit(f"workbook_user: no sheet {sheet_name}")
            sheet = sheets.getByName(sheet_name)
            for edit in edits:
                cell_name, _, value = edit.partition("=")
                kind, _, text = value.partition(":")
                cell = sheet.getCellRangeByName(cell_name)
                if kind == "number":
                    cell.setValue(float(text))
                elif kind == "text":
                    cell.setString(text)
                elif kind == "typed":
                    cell.setFormula(text)
                else:
                    raise SystemExit(f"workbook_user: bad edit {edit}")
            save(document, target)
    finally:
        stop(process, desktop)


if __name__ == "__main__":
    main(sys.argv[1:])
    sys.stdout.flush()
    sys.stderr.flush()
    # Leave without tearing down the UNO bridge, whose threads can crash the interpreter at exit
    # once LibreOffice has gone.
    os._exit(0)
