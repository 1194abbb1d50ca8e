"""``python -m arms_nlp.cli``: the ``arms-nlp`` command."""

import sys

from . import main

sys.exit(main())
