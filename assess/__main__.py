from assess.entry import main

main()
