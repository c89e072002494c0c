"""Stage 3: where this copy comes from: its outlet, the copy it was taken from, the wire agencies and intelligence sourcing."""
