import Threading

// Completes normally although its cell says `expect=deadlock`: the build must call that out.
print("no deadlock here")
