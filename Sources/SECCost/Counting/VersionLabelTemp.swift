// TEMP until the identities branch lands.
public enum VersionLabel {
  public static func canonical(_ text: String) -> String {
    var t = Substring(text.trimmingSpaces)
    if let f = t.first, f == "v" || f == "V", t.dropFirst().first?.isNumber == true { t = t.dropFirst() }
    return String(t)
  }
}
