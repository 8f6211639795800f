import Foundation
import SECCost
import SECCostReports
import SECCostServe
import Testing

/// The edit's fields have one home (`FigureDraft.Field`): every one is read from a JSON body and
/// from a form, written to its ledger column, and described by the OpenAPI document.
@Suite("serve: an edit's fields")
struct FigureFieldsTests {
  /// A distinct value for each field.
  private static func value(_ field: FigureDraft.Field) -> String { "value of \(field.rawValue)" }

  private static let optional = ["title", "date", "likely", "days", "day_rate"]

  @Test("every draft field is read from a JSON body into the draft and written to its column")
  func jsonBody() throws {
    var body = Dictionary(
      uniqueKeysWithValues: FigureDraft.Field.allCases.map { ($0.rawValue, Self.value($0)) })
    for name in Self.optional { body[name] = "value of \(name)" }
    let edit = try JSONDecoder().decode(
      FigureEdit.self, from: try JSONSerialization.data(withJSONObject: body))
    for field in FigureDraft.Field.allCases {
      #expect(edit.draft[field] == Self.value(field), "\(field)")
    }
    let written = Dictionary(uniqueKeysWithValues: edit.fields.map { ($0.name, $0.value) })
    #expect(written == body)
    // Every value but the base goes to a ledger column, and every column gets one.
    #expect(Set(written.keys) == Set(LedgerColumn.allCases.map(\.name) + ["base"]))
  }

  @Test("every draft field is read from a form; a required one left out refuses the form")
  func form() throws {
    let form = Dictionary(
      uniqueKeysWithValues: FigureDraft.Field.allCases.map { ($0.rawValue, Self.value($0)) })
    let edit = try #require(FigureEdit(form: { form[$0] }))
    for field in FigureDraft.Field.allCases {
      #expect(edit.draft[field] == Self.value(field), "\(field)")
    }
    #expect(edit.title == nil && edit.dayRate == nil)
    for field in FigureDraft.Field.allCases {
      var partial = form
      partial[field.rawValue] = nil
      #expect((FigureEdit(form: { partial[$0] }) == nil) == field.isRequired, "\(field)")
    }
    #expect(
      FigureDraft.Field.required.map(\.rawValue) == ["release", "party", "phase", "basis", "base"])
  }

  @Test("the OpenAPI schema of an edit names every field and requires the required ones")
  func openAPISchema() async throws {
    let fixture = try WorkbenchFixture()
    defer { fixture.remove() }
    try await fixture.application.test(.router) { client in
      try await client.execute(uri: "/api/openapi.json", method: .get) { response in
        let document = try object(response)
        let schemas = (document["components"] as? [String: Any])?["schemas"] as? [String: Any]
        let schema = try #require(schemas?["FigureEdit"] as? [String: Any])
        let properties = (schema["properties"] as? [String: Any]) ?? [:]
        #expect(
          Set(properties.keys)
            == Set(FigureDraft.Field.allCases.map(\.rawValue) + Self.optional))
        #expect(
          Set(schema["required"] as? [String] ?? [])
            == Set(FigureDraft.Field.required.map(\.rawValue)))
      }
    }
  }
}
