"""`python -m jobs` is `sentinella` (handy where the console script is not on PATH)."""

from jobs.cli import main

main()
