/// A block a decorator adds under a cell's output, as a value: the page renderer decides how each kind is drawn and
/// what goes inline or into the page's figures folder (`PageFigures`), so no block carries markup to be searched.
package enum CellBlock: Sendable, Equatable {
    /// The run's timeline, in a closed fold: its drawing is a file loaded when the fold opens.
    case timeline(TimelineFigure)
    /// Explored outputs: a sentence, an outcome table (its complete version on a page of its own) and folds with
    /// their timelines as files.
    case exploration(ExplorationBlock)
}
