// Command line: -p prints the value with util.inspect (see cli-print.args).
