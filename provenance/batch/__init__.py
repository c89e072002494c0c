"""Many articles at once: on several cores, on a dask cluster, with a progress bar."""
