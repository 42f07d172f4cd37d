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

    /// The reload script. Before reloading it notes where the reader is, in the tab's `sessionStorage` (by page path):
    /// the first heading or cell (an element with an `id` in `main`) still on screen and how far from the top of the
    /// window it is, and the scroll offset; the reloaded page scrolls so that element is at the same place (again once
    /// images and styles have loaded), or back to the offset when it is gone. So the reader keeps the same text in
    /// view, even when an edit above it made the page longer or shorter (a browser's own restoring keeps the offset).
    static func script(buildID: String) -> String {
        """
        <script data-docgen-live>(function () {
          var build = "\(HTMLNode.text(buildID).html)";
          var place = "docgen-scroll " + location.pathname;
          var saved = null;
          try { saved = JSON.parse(sessionStorage.getItem(place)); sessionStorage.removeItem(place); } catch (e) {}
          if (saved) {
            if ("scrollRestoration" in history) history.scrollRestoration = "manual";
            var back = function () {
              var mark = saved.id && document.getElementById(saved.id);
              if (mark) window.scrollTo(saved.x, mark.getBoundingClientRect().top + window.scrollY - saved.top);
              else window.scrollTo(saved.x, saved.y);
            };
            back();
            addEventListener("load", back);
          }
          function reload() {
            var here = { x: window.scrollX, y: window.scrollY, id: null, top: 0 };
            var marks = document.querySelectorAll("main [id]");
            for (var i = 0; i < marks.length; i++) {
              var box = marks[i].getBoundingClientRect();
              if (box.height > 0 && box.bottom > 0) { here.id = marks[i].id; here.top = box.top; break; }
            }
            try { sessionStorage.setItem(place, JSON.stringify(here)); } catch (e) {}
            location.reload();
          }
          var events = new EventSource("\(eventsPath)");
          events.addEventListener("hello", function (e) { if (e.data !== build) reload(); });
          events.addEventListener("reload", reload);
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
