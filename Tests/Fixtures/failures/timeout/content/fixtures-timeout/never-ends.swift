import Glibc

// Blocks forever outside Threading (no virtual clock can end it): docgen must kill it at the cell's timeout.
while true { pause() }
