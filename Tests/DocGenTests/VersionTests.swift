@testable import DocGenModel
import Testing

@Test func versionIsSemantic() {
    #expect(DocGenVersion.string.split(separator: ".").count == 3)
}
