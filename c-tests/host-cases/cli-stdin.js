// Command line: the script comes from stdin with "-" (see cli-stdin.*).
