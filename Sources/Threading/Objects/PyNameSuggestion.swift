/// CPython's "Did you mean" for an AttributeError its traceback shows (`traceback._compute_suggestion_error`, the
/// same as `Python/suggestions.c`): among the object's attribute names (`dir(obj)`, sorted), the nearest to the
/// missing one by a Levenshtein distance in which a change of case costs 1 and any other edit 2, if it is within a
/// third of the characters involved; none when there are more than 750 names or the name is longer than 40.
enum PyNameSuggestion {
    private static let moveCost = 2
    private static let caseCost = 1
    private static let maxCandidates = 750
    private static let maxLength = 40

    /// The suggestion for `name` missing on `object`, or nil.
    static func forAttribute(_ name: String, of object: PyObject) -> String? {
        best(for: name, among: attributeNames(of: object))
    }

    /// `dir(object)` as far as the object layer knows it: the instance's attributes and those of its class's MRO.
    static func attributeNames(of object: PyObject) -> [String] {
        var names = Set<String>()
        if let module = object.ref as? PyModule { names.formUnion(module.boundNames) }
        if let ref = object.ref, ref.attributes != nil { PyAccess.readAllAttributes(of: ref) }
        PyLock.withLock {
            if let attributes = object.ref?.attributes { names.formUnion(attributes.names) }
            for type in (object.asType ?? object.pyType).mro { names.formUnion(type.dict.names) }
        }
        return names.sorted()
    }

    static func best(for wrong: String, among candidates: [String]) -> String? {
        let wrongScalars = Array(wrong.unicodeScalars)
        guard candidates.count <= maxCandidates, wrongScalars.count <= maxLength else { return nil }
        var bestDistance = wrongScalars.count
        var suggestion: String?
        for candidate in candidates where candidate != wrong {
            let scalars = Array(candidate.unicodeScalars)
            let maxDistance = min((scalars.count + wrongScalars.count + 3) * moveCost / 6, bestDistance - 1)
            guard scalars.count <= maxLength else { continue }
            let distance = distance(wrongScalars, scalars)
            if distance > maxDistance { continue }
            if suggestion == nil || distance < bestDistance {
                suggestion = candidate
                bestDistance = distance
            }
        }
        return suggestion
    }

    private static func distance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty || b.isEmpty { return moveCost * (a.count + b.count) }
        var row = (0...a.count).map { $0 * moveCost }
        for (bIndex, bChar) in b.enumerated() {
            var diagonal = row[0]
            row[0] = (bIndex + 1) * moveCost
            for (aIndex, aChar) in a.enumerated() {
                let substitute = diagonal + substitutionCost(bChar, aChar)
                diagonal = row[aIndex + 1]
                row[aIndex + 1] = min(min(row[aIndex], row[aIndex + 1]) + moveCost, substitute)
            }
        }
        return row[a.count]
    }

    private static func substitutionCost(_ x: Unicode.Scalar, _ y: Unicode.Scalar) -> Int {
        if x == y { return 0 }
        return x.properties.lowercaseMapping == y.properties.lowercaseMapping ? caseCost : moveCost
    }
}
