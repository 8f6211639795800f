import Testing

/// Runs a property's body so that a thrown error fails the test.
///
/// swift-property-based 2.0.1 discards errors thrown by a `propertyCheck` body (it runs the body
/// under `try?`), so a body that throws would pass silently; wrap every throwing body in this.
package func failingOnError(_ body: () async throws -> Void) async {
  do {
    try await body()
  } catch {
    Issue.record(error)
  }
}
