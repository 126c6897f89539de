from claimpack.cli import main

main()
