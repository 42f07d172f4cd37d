import Threading

// The first of two cells under headings both titled "Example".
print("first")
