// Command line: -r preloads a module before the script (see cli-require.args).
