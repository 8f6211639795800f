import Testing

extension Tag {
  /// A test that runs the built `seccost` executable in a process of its own
  /// (``SeccostBinary``): exit codes through a real process, signals, real descriptors.
  @Tag package static var endToEnd: Self
}
