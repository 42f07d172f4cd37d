import Glibc

// Blocks forever outside Threading (no virtual clock can end it): docgen must kill it at the cell's timeout.
// Hand-written: translated Python blocks only in Threading, whose simulated runtime ends such a run itself.
while true { pause() }
