"""The pre-publication gate: a newsroom policy checked claim by claim, accepted findings, and its output formats."""
