"""Entry point for ``python -m dipld``."""

from dipld.cli import main

if __name__ == "__main__":
    main()
