package enum DocGenVersion { package static let string = "0.1.0" }
