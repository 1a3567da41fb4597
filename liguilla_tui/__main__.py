from liguilla_tui.cli import main

raise SystemExit(main())
