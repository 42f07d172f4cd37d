public enum DocGenVersion { public static let string = "0.1.0" }
