import functools


@functools.total_ordering
class Version:
    def __init__(self, major, minor=0):
        self.major = major
        self.minor = minor

    def __eq__(self, other):
        return (self.major, self.minor) == (other.major, other.minor)

    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)

    def __repr__(self):
        return f"Version({self.major}, {self.minor})"

    def __str__(self):
        return f"{self.major}.{self.minor}"


class Shelf:
    kind = "shelf"

    def __init__(self, *books):
        self.books = list(books)

    def __len__(self):
        return len(self.books)

    def __contains__(self, book):
        return book in self.books

    def __enter__(self):
        print("enter", self.kind)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", exc_type.__name__ if exc_type else None)
        return True


class Bookcase(Shelf):
    kind = "bookcase"

    def __init__(self, *books):
        super().__init__(*books)
        self.books.sort()

    def __len__(self):
        return super().__len__() * 10


versions = [Version(2), Version(1, 5), Version(1)]
print(sorted(versions), max(versions), Version(1) <= Version(1, 1), Version(3) >= Version(2, 9), str(versions[0]))
print(Version(1) != Version(1, 0), Version(2) > Version(1, 9))
with Bookcase("b", "a") as case:
    print(len(case), "a" in case, case.books, case.kind, Shelf.kind, isinstance(case, Shelf))
    raise KeyError("swallowed")
print("after with")
