"""The program's entry point inside the PyInstaller bundle."""

import sys

from clientbase.app import main

sys.exit(main())
