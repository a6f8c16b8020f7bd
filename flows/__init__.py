"""vnreport flows: Prefect orchestration and all I/O. Offline-safe Prefect defaults are set here, before
Prefect is imported anywhere in the package."""

import os

for _name, _value in {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
}.items():
    os.environ.setdefault(_name, _value)
