/// The text a thread's log records print around their message, kept by the thread for its next record
/// (`ThreadCore.recordPrefix`, touched only by that thread): when the format is cut at its message
/// (`LogFormat.aroundMessage`) and the next record has the same format, logger, level and thread name and identity,
/// only the message differs, and formatting it joins three strings instead of padding and converting each attribute.
///
/// A class: the thread reads it at every record, and a reference is one retain where the fields would be one each.
final class RecordPrefix {
    /// What the text was made from (`LogFormat.text`, the logger's name, …).
    let format: String
    let logger: String
    let level: LogLevel
    let threadName: String
    let ident: Int?
    /// The formatted attributes and text before the message, and those after it followed by the record's terminator.
    let before: String
    let after: String
    let terminator: String

    init(
        format: String, logger: String, level: LogLevel, threadName: String, ident: Int?, before: String,
        after: String, terminator: String
    ) {
        self.format = format
        self.logger = logger
        self.level = level
        self.threadName = threadName
        self.ident = ident
        self.before = before
        self.after = after
        self.terminator = terminator
    }

    /// Whether a record made from these prints the same text around its message.
    func matches(
        format: String, logger: String, level: LogLevel, threadName: String, ident: Int?, terminator: String
    ) -> Bool {
        self.level == level && self.ident == ident && self.threadName == threadName && self.logger == logger
            && self.terminator == terminator && self.format == format
    }

    /// The record of `message`: `before`, the message and `after`, made in one allocation (appending them to a
    /// reserved string checks and updates it at each part).
    func record(_ message: String) -> String {
        String(unsafeUninitializedCapacity: before.utf8.count + message.utf8.count + after.utf8.count) { buffer in
            var end = 0
            func copy(_ part: String) {
                let copied = part.utf8.withContiguousStorageIfAvailable { bytes -> Int in
                    if let source = bytes.baseAddress, let target = buffer.baseAddress {
                        (target + end).initialize(from: source, count: bytes.count)
                    }
                    return bytes.count
                }
                if let copied {
                    end += copied
                } else {
                    for byte in part.utf8 {
                        buffer[end] = byte
                        end += 1
                    }
                }
            }
            copy(before)
            copy(message)
            copy(after)
            return end
        }
    }
}
