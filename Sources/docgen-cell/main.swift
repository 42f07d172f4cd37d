import DocGenExplore
import DocGenRun
import Foundation

// `docgen-cell`: the process `docgen build` (check, serve, fidelity) starts to run its cells' compiled scenarios:
// `docgen-cell worker`, which runs one cell after another (`CellWorkerLoop`), or a single cell's run or exploration
// (the arguments of a `CellChildRequest`). It is docgen's cell work without the rest of docgen: without
// ArgumentParser and without the libraries serve and the site pull in (FoundationNetworking, libcurl and thirty more
// shared libraries), it starts in about half the time.
let arguments = Array(CommandLine.arguments.dropFirst())
if arguments == [CellWorkerLoop.argument] { exit(CellWorkerLoop.serve()) }
guard let request = CellChildRequest(arguments: arguments) else {
    FileHandle.standardError.write(Data("error: docgen-cell runs the cells of a docgen build; use docgen\n".utf8))
    exit(2)
}
exit(CellChild.perform(request))
