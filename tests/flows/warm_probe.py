"""A stand-in engine for the warm-parent tests: reports what it was given, then obeys PROBE_ACT."""

import os
import sys
import time

if __name__ == "__main__":
    print(f"probe pid={os.getpid()} cwd={os.getcwd()} run={os.environ.get('PREFECT__FLOW_RUN_ID')}")
    print(f"argv={sys.argv[1:]}", flush=True)
    act = os.environ.get("PROBE_ACT", "exit:0")
    if act.startswith("exit:"):
        sys.exit(int(act.removeprefix("exit:")))
    if act == "sleep":
        time.sleep(120)
    if act == "raise":
        raise RuntimeError("probe failed")
