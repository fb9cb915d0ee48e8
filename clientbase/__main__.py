from clientbase.app import main

raise SystemExit(main())
