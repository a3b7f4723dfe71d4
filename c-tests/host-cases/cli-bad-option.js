// Command line: an unknown option is refused with status 9.
