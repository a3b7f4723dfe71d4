// Command line: -e code with arguments (see cli-eval.args).
