#!/usr/bin/env bash
# Stops the test cluster started by setup.sh: slurmrestd, slurmd, slurmctld (munged is left
# running: it is harmless and other tools may use it). Idempotent. Processes are found by the
# pid files setup.sh/Slurm write, never by name, so nothing else on the machine is touched.
set -euo pipefail
RUN=/var/lib/headroom-slurm/run

for d in slurmrestd slurmd slurmctld; do
  pidfile=$RUN/$d.pid
  [[ -s $pidfile ]] || continue
  pid=$(cat "$pidfile")
  # A stale pid file may name a pid since reused by another program: check the command name.
  if kill -0 "$pid" 2>/dev/null && [[ $(ps -o comm= -p "$pid") == "$d" ]]; then
    echo "[slurm-stop] stopping $d (pid $pid)"
    kill -TERM "$pid"
    for ((t = 0; t < 30; t++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$pid" 2>/dev/null && { echo "[slurm-stop] $d did not stop on TERM: KILL"; kill -KILL "$pid"; }
  fi
  rm -f "$pidfile"
done
echo "[slurm-stop] stopped"
