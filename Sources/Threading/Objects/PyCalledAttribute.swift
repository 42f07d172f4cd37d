/// What `PyObject.calledAttribute` finds for an attribute called at once: a builtin method of the object's builtin
/// class, to be called with the object the caller holds (`q.get()`, `t.start()`), or anything else as
/// `attributeFound` finds it.
enum PyCalledAttribute {
    case builtinMethod(PyBuiltin)
    case found(PyFoundAttribute)
}
