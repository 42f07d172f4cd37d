import DocGenSite
import Foundation

/// What `docgen serve` adds to each HTML page it serves (never to the files in the site folder): a script that
/// reloads the page when a build lands, and, while the latest build failed, a banner with its error.
enum LiveReloadInjection {
    /// The event-stream path the script listens to.
    static let eventsPath = "/__docgen/events"

    /// `html` with the reload script (and the problem's banner) inserted before its last `</body>`, or appended.
    static func inject(into html: String, buildID: String, problem: BuildProblem?) -> String {
        let addition = (problem.map(banner) ?? "") + script(buildID: buildID)
        guard let body = html.range(of: "</body>", options: [.backwards, .caseInsensitive]) else {
            return html + addition
        }
        return html.replacingCharacters(in: body.lowerBound..<body.lowerBound, with: addition)
    }

    static func script(buildID: String) -> String {
        """
        <script data-docgen-live>(function () {
          var build = "\(HTMLNode.text(buildID).html)";
          var events = new EventSource("\(eventsPath)");
          events.addEventListener("hello", function (e) { if (e.data !== build) location.reload(); });
          events.addEventListener("reload", function () { location.reload(); });
        })();</script>

        """
    }

    static func banner(_ problem: BuildProblem) -> String {
        let style =
            "position:fixed;left:0;right:0;bottom:0;z-index:2147483647;max-height:50vh;overflow:auto;margin:0;"
            + "padding:12px 16px;background:#fff4f4;color:#6b0000;border-top:3px solid #c00;"
            + "font:13px/1.45 ui-monospace,SFMono-Regular,Menlo,monospace;box-shadow:0 -2px 8px rgba(0,0,0,.15)"
        return HTMLNode.group([
            .tag(
                "div", ["id": "docgen-live-problem", "role": "alert", "style": style],
                .tag("strong", [:], .text("docgen serve: " + problem.title)),
                .tag("pre", ["style": "white-space:pre-wrap;margin:8px 0 0;font:inherit"], .text(problem.detail))),
            .newline,
        ]).html
    }
}
