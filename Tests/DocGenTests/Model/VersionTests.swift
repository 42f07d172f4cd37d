@testable import DocGenModel
import DocGenTestSupport
import Testing

@Test func versionIsSemantic() {
    #expect(DocGenVersion.string.split(separator: ".").count == 3)
}
