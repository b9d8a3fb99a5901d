"""``python -m citylinks`` runs the command line."""

from citylinks.cli import main

if __name__ == "__main__":
    main()
