import Testing
@testable import DocGen

@Test func versionIsSemantic() {
    #expect(DocGenVersion.string.split(separator: ".").count == 3)
}
