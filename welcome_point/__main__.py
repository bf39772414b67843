import sys

from welcome_point.cli import main

sys.exit(main())
