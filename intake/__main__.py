"""`python -m intake`: the same as the `intake` console script."""

from intake.cli import main

raise SystemExit(main())
