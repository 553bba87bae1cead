"""listenwell: a local-first workbench for customer interviews."""

__version__ = "0.1.0"
