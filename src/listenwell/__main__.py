"""`python -m listenwell` runs the CLI."""

from listenwell.cli.app import main

main()
