/// How long a cell's id may be. The id names files (`Tests/Snapshots/<page>/<id>.txt`, `content/<page>/<id>.swift`,
/// the site's figures), so it stays well under the 255 bytes a file system allows a name, with room for the suffixes
/// and the temporary names of atomic writes: an `id=` option longer than this is an error, and an id made from a long
/// heading is cut.
enum CellID {
    /// The most UTF-8 bytes an id may have.
    static let maximumLength = 100

    /// The most UTF-8 bytes of an id made from a heading, before the `-2`, `-3`, … that makes it unique.
    static let maximumHeadingSlug = maximumLength - 8

    /// `slug` cut at a character to at most `maximumHeadingSlug` bytes, without a trailing `-` or `_`.
    static func shortened(_ slug: String) -> String {
        guard slug.utf8.count > maximumHeadingSlug else { return slug }
        var result = ""
        var bytes = 0
        for character in slug {
            bytes += character.utf8.count
            if bytes > maximumHeadingSlug { break }
            result.append(character)
        }
        while let last = result.last, last == "-" || last == "_" { result.removeLast() }
        return result
    }
}
