"""vnreport flows: Prefect orchestration and all I/O. Offline-safe Prefect defaults are set here, before
Prefect is imported anywhere in the package, and Arrow allocates through the system allocator (before pyarrow is
imported): mimalloc, Arrow's default, kept freed pages, so a full cross-document check on 20 000 documents peaked
at +250 MB instead of +140 MB."""

import os

for _name, _value in {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "90",
    "ARROW_DEFAULT_MEMORY_POOL": "system",
}.items():
    os.environ.setdefault(_name, _value)
