"""Reading what other people made, safely: paths that stay inside their root, YAML without
aliases or tags, zips with bounded expansion, and error messages that never quote a file.

Packages, seeds, suites and gold files are untrusted input (see the README's threat model). Every
module that opens one goes through here, so a check is written once and holds everywhere."""
