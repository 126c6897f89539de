"""Scale: per-seed work units, the incremental cache, the columnar validator and the Dask path.

A build is a map over seeds (`work.process_seed`, pure and picklable, so it runs in-process, in a
process pool or on Dask workers) followed by an ordered, streaming write in one process."""
