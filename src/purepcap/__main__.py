"""``python -m purepcap`` runs the purepcap command."""

import sys

from .cli import main

sys.exit(main())
