"""The command line's entry point inside the PyInstaller bundle."""

import sys

from clientbase.cli import main

sys.exit(main())
