/// The pages' forms carry this process's token (``Workbench/csrfToken``) in a hidden `csrf`
/// field; a form post without it, or with another, is refused. The JSON API needs none: a page
/// of another site cannot send `Content-Type: application/json` without the browser asking
/// first, and its `Origin` is refused (`RequestGuard`).
enum CSRFToken {
  /// Whether `given` is `expected`, compared in time that does not depend on where they differ.
  static func matches(_ given: String, _ expected: String) -> Bool {
    let given = Array(given.utf8)
    let expected = Array(expected.utf8)
    guard given.count == expected.count else { return false }
    var difference: UInt8 = 0
    for index in given.indices { difference |= given[index] ^ expected[index] }
    return difference == 0
  }
}
