import DocGenExplore
import DocGenRun
import Foundation

// `docgen-cell`: the process `docgen build` (check, serve, fidelity) starts for each cell, to run its compiled scenario
// or explore it (the arguments of a `CellChildRequest`). It is docgen's cell work without the rest of docgen: without
// ArgumentParser and without the libraries serve and the site pull in (FoundationNetworking, libcurl and thirty more
// shared libraries), it starts in about half the time, and a build starts two per cell.
guard let request = CellChildRequest(arguments: Array(CommandLine.arguments.dropFirst())) else {
    FileHandle.standardError.write(Data("error: docgen-cell runs the cells of a docgen build; use docgen\n".utf8))
    exit(2)
}
exit(CellChild.perform(request))
