import SECCost

/// The frame of every workbench page: navigation, the banner that says a ledger changed on
/// disk, the page's own content in `<main>`, the ledger files it was rendered from, and the
/// small script that watches them.
///
/// The markup is XHTML-compatible (every element closed, attributes quoted, no entity but XML's)
/// so that it parses as XML as well as HTML; the page works without the script.
enum WorkbenchLayout {
  /// A part of the workbench, for the navigation's `aria-current`.
  enum Place {
    case releases, variance, problems, other
  }

  /// The page titled `title`, `body` in its `<main>`, with `context`'s notices above it and
  /// its files below.
  static func page(
    title: String, place: Place, context: WorkbenchContext, body: String
  ) -> String {
    let e = WorkbenchHTML.e
    func link(_ href: String, _ text: String, _ here: Place) -> String {
      "<li><a href=\"\(href)\"\(place == here ? " aria-current=\"page\"" : "")>\(text)</a></li>"
    }
    var html = "<!DOCTYPE html>\n<html lang=\"en-GB\" xmlns=\"http://www.w3.org/1999/xhtml\">\n"
    html += "<head>\n<meta charset=\"utf-8\" />\n"
    html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n"
    html += "<title>\(e(title)) · seccost</title>\n<style>\n\(WorkbenchStyle.css)\n</style>\n"
    html += "</head>\n<body>\n<a class=\"skip\" href=\"#main\">Skip to the content</a>\n"
    html += "<header class=\"wb-header\"><nav aria-label=\"Workbench\"><ul>"
    html += link("/", "Releases", .releases) + link("/variance", "Variance", .variance)
    html += link("/problems", "Problems", .problems) + "</ul></nav></header>\n"
    html +=
      "<div id=\"wb-changed\" class=\"banner\" role=\"status\" data-testid=\"ledger-changed\">"
      + "</div>\n"
    html += "<main id=\"main\" tabindex=\"-1\">\n"
    html += notices(context)
    html += body
    html += "</main>\n<footer>\n<p>Read from the ledgers:</p>\n"
    html += "<ul id=\"wb-files\" data-testid=\"ledger-files\">\n"
    for file in context.files {
      html +=
        "<li data-path=\"\(e(file.path))\" data-sha256=\"\(e(file.sha256))\"><code>"
        + "\(e(file.path))</code> <span class=\"muted\">(SHA-256 \(e(String(file.sha256.prefix(12))))…)"
        + "</span></li>\n"
    }
    html += "</ul>\n</footer>\n<script>\n\(script)\n</script>\n</body>\n</html>\n"
    return html
  }

  /// A refused edit's conflict and validation messages, shown whatever the page.
  private static func notices(_ context: WorkbenchContext) -> String {
    let e = WorkbenchHTML.e
    var html = ""
    if let conflict = context.conflict {
      html +=
        "<div class=\"alert\" role=\"alert\" id=\"edit-conflict\" data-testid=\"edit-conflict\">"
        + "<p><strong>Not saved: the ledger changed since this page was loaded.</strong></p>"
        + "<p>\(e(conflict))</p></div>\n"
    }
    if !context.problems.isEmpty {
      html +=
        "<div class=\"alert\" role=\"alert\" id=\"edit-problems\" data-testid=\"edit-problems\">"
        + "<p><strong>Not saved: the figure is not valid.</strong></p><ul>"
      html += context.problems.map { "<li>\(e($0))</li>" }.joined()
      html += "</ul></div>\n"
    }
    return html
  }

  /// Live reload, as progressive enhancement: every 2 seconds, `GET /api/files`; when a file's
  /// hash differs from the one the page was rendered with (or a file comes or goes), the banner
  /// says so. Written without `<` or `&` so that the page stays well-formed XML.
  static let script = """
    (function () {
      if (!window.fetch || !document.querySelectorAll) { return; }
      var known = {};
      var items = document.querySelectorAll('#wb-files li');
      for (var i = 0; i !== items.length; i += 1) {
        known[items[i].getAttribute('data-path')] = items[i].getAttribute('data-sha256');
      }
      var banner = document.getElementById('wb-changed');
      var shown = false;
      function show() {
        if (shown) { return; }
        shown = true;
        banner.appendChild(document.createTextNode('A ledger changed on disk \\u2014 '));
        var link = document.createElement('a');
        link.href = window.location.href;
        link.textContent = 'reload to see it';
        banner.appendChild(link);
      }
      function check() {
        fetch('/api/files', { headers: { 'Accept': 'application/json' }, cache: 'no-store' })
          .then(function (response) { return response.ok ? response.json() : null; })
          .then(function (files) {
            if (!files || !files.forEach) { return; }
            var changed = files.length !== items.length;
            files.forEach(function (file) {
              if (known[file.path] !== file.sha256) { changed = true; }
            });
            if (changed) { show(); }
          })
          .catch(function () {});
      }
      window.setInterval(check, 2000);
    })();
    """
}
