import Threading

// Prints markup: the page must show it as text, never run it.
print("<script>alert('xss')</script> & <b>bold</b>")
