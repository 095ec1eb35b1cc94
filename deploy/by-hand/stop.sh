#!/bin/bash
# Stops what deploy/by-hand/start.sh started.
W=${BY_HAND_DIR:-/tmp/tnr-academy-by-hand}
pkill -f "$W/academy-ui.jar"; pkill -f "$W/kc/"; pkill -f "$W/haproxy.cfg"
su pgrun -c "${PG_BIN:-/usr/lib/postgresql/15/bin}/pg_ctl -D $W/pg/data stop" >/dev/null 2>&1
echo stopped
