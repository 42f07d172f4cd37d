import Threading

// The second, whose id got the `-2` suffix.
print("second")
