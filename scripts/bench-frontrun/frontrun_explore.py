"""Explores every schedule of one cell of a docs page with frontrun's DPOR (run under the `frontrun` command).

Usage: frontrun python3 frontrun_explore.py PAGE.md INDEX
The cell (the INDEX-th Python block, from 0) defines `setup()`, `workers` and `outcome(state)`, the shape
frontrun's `explore` takes. Prints one JSON object: the executions frontrun ran, the seconds `explore` took, and the
distinct outcomes (as `str`, which is what the program prints when run as a script).
"""

import json
import re
import sys
import time

from frontrun import explore


def main():
    page, index = sys.argv[1], int(sys.argv[2])
    with open(page, encoding="utf-8") as file:
        blocks = re.findall(r"```python\n(.*?)```", file.read(), re.S)
    namespace = {"__name__": "explored"}
    exec(compile(blocks[index], f"{page}, Python block {index + 1}", "exec"), namespace)
    outcomes = set()

    def note_outcome(state):
        outcomes.add(str(namespace["outcome"](state)))
        return True

    start = time.perf_counter()
    result = explore(
        namespace["setup"], namespace["workers"], note_outcome,
        preemption_bound=None, stop_on_first=False, max_executions=1_000_000, detect_io=False,
    )
    seconds = time.perf_counter() - start
    print(json.dumps({"executions": result.num_explored, "seconds": seconds, "outcomes": sorted(outcomes)}))


if __name__ == "__main__":
    main()
