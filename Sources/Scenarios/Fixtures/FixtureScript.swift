import Threading

extension Scenario {
    /// Prints markup: the page must show it as text, never run it.
    static let fixturesScript = Scenario("fixtures-script/script") {
        print("<script>alert('xss')</script> & <b>bold</b>")
    }
}
